/**
 * The chronology as an HTML list: per row the era columns it runs beside, the spine with the event's
 * glyph, its date and its whole title, wrapped by the page; the chosen event opens in place.
 */
import { html, nothing } from 'lit';
import { describeEvent, type ChronologyRow, type ChronologyScene, type TimelineEvent } from '../conflict-timeline.model.js';
import { SHAPE_PATHS } from './glyphs.js';

type PeriodRow = Extract<ChronologyRow, { kind: 'period' }>;

export interface ChronologyView {
  /** The active mark (keyboard or pointer), -1 for none. */
  readonly active: number;
  /** The row the Tab key reaches: focus moves between rows with the keys (roving tabindex). */
  readonly tabStop: number;
  /** The event opened in place. */
  readonly selectedId?: string;
  /** An event's part names: `mark`, and `highlighted` where a linked element's choice includes it. */
  readonly part: (event: unknown) => string;
  /** A row was clicked or tapped: choose its event. */
  readonly choose: (index: number) => void;
  /** A period's count was chosen: show its events. */
  readonly openPeriod: (event: Event, period: PeriodRow) => void;
  /** The opened event's description and source (drawn on request). */
  readonly details: (event: TimelineEvent) => unknown;
}

/** The era columns beside a row: a rail where an era runs, rounded where it begins and where it ends (the next row has none). */
function rails(row: ChronologyRow, next: ChronologyRow | undefined, columns: number) {
  const starts = row.kind === 'era' ? row.column : -1;
  const rail = (c: number) => {
    if (!row.eras.includes(c)) return 'rail';
    return `rail on${c === starts ? ' start' : ''}${next?.eras.includes(c) ? '' : ' end'}`;
  };
  return html`<span class="rails" aria-hidden="true">${Array.from({ length: columns }, (_, c) => html`<span class=${rail(c)}></span>`)}</span>`;
}

function eventRow(scene: ChronologyScene, row: Extract<ChronologyRow, { kind: 'event' }>, next: ChronologyRow | undefined, view: ChronologyView) {
  const event = scene.events[row.index];
  const category = scene.categories.find((c) => c.id === event.category);
  const selected = event.id === view.selectedId;
  // Named as the horizontal plot names its events: the category, drawn only as a glyph, is said too.
  const { title, lines } = describeEvent(scene, row.index);
  return html`<li
    class="row event${row.index === view.active ? ' active' : ''}${selected ? ' selected' : ''}"
    part=${view.part(event)}
    data-mark=${row.index}
    tabindex=${row.index === view.tabStop ? 0 : -1}
    aria-label=${[title, ...lines].join('. ')}
    @click=${() => view.choose(row.index)}
  >
    ${rails(row, next, scene.columns)}
    <span class="spine" aria-hidden="true"
      ><svg viewBox="-7 -7 14 14" .style=${`--_k:${category?.color ?? 'currentColor'}`}><path class="glyph" d=${SHAPE_PATHS[category?.shape ?? 'circle']}></path></svg
    ></span>
    <div class="body">
      <time class="date" datetime=${event.start}>${row.date}</time>
      <span class="title" dir="auto">${event.title}</span>
      ${selected ? html`<div class="details">${view.details(event)}</div>` : nothing}
    </div>
  </li>`;
}

function otherRow(scene: ChronologyScene, row: Exclude<ChronologyRow, { kind: 'event' }>, next: ChronologyRow | undefined, view: ChronologyView) {
  if (row.kind === 'era') {
    return html`<li class="row era-start" part="era">
      ${rails(row, next, scene.columns)}<span class="spine" aria-hidden="true"></span>
      <div class="body"><span class="date">${row.date}</span><strong class="era-name" dir="auto">${row.era.title}</strong></div>
    </li>`;
  }
  return html`<li class="row period" part="cluster">
    ${rails(row, next, scene.columns)}<span class="spine" aria-hidden="true"></span>
    <div class="body">
      <button type="button" @click=${(event: Event) => view.openPeriod(event, row)}>${row.label}: ${scene.format.number(row.count)} events</button>
    </div>
  </li>`;
}

export function renderChronology(scene: ChronologyScene, view: ChronologyView) {
  return html`<ol class="chronology" part="chronology">
    ${scene.rows.map((row, i) => {
      const next = scene.rows[i + 1];
      return row.kind === 'event' ? eventRow(scene, row, next, view) : otherRow(scene, row, next, view);
    })}
  </ol>`;
}
