/** <conflict-timeline>: events and eras on a zoomable time axis, horizontal or (on phones) vertical. */
import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import {
  CvElement,
  ZoomPanController,
  defineElement,
  inlineText,
  isBlank,
  quote,
  readIsoDate,
  sameValues,
  type Box,
  type InteractiveScene,
  type LayoutContext,
  type Parsed,
  type SceneDescription,
  type ViewPoint,
} from '@conflict-viz/core';
import {
  DEFAULT_CATEGORIES,
  ORIENTATIONS,
  clampWindow,
  dateExtent,
  describeEvent,
  describeTimeline,
  describeTimelineLabel,
  categoryLabel,
  formatEventDate,
  indexAtPoint,
  isVertical,
  layoutTimeline,
  markBox,
  parseCategories,
  parseTimelineData,
  timeAlong,
  timelineHeight,
  type Cluster,
  type Line,
  type Orientation,
  type Shape,
  type TimelineCategory,
  type TimelineData,
  type TimelineEvent,
  type TimelineScene,
} from './conflict-timeline.model.js';
import { timelinePreset } from './conflict-timeline.preset.js';
import { timelineStyles } from './conflict-timeline.styles.js';

type Window = readonly [number, number];

/** A window set by zooming or panning, and the inputs it was set for: a new `from`, `to` or data starts afresh. */
interface ViewRequest {
  readonly window: Window;
  readonly inputs: readonly unknown[];
}

interface TimelineElementOptions {
  /** The categories events may name are read with the data. */
  readonly parse: { readonly categories: readonly TimelineCategory[] };
  /** Ids of the categories the legend hides, joined by newlines. */
  readonly hidden: string;
  readonly from?: number;
  readonly to?: number;
  readonly view?: Window;
  readonly orientation: Orientation;
}

type TimelineView = TimelineScene & InteractiveScene;

/** Glyphs of the category shapes, about 12 px across, centred on 0,0. */
const SHAPE_PATHS: Record<Shape, string> = {
  circle: 'M5.5,0A5.5,5.5 0 1 1-5.5,0A5.5,5.5 0 1 1 5.5,0Z',
  triangle: 'M0,-6L6,4.5H-6Z',
  square: 'M-4.8,-4.8H4.8V4.8H-4.8Z',
  diamond: 'M0,-6.5L6.5,0L0,6.5L-6.5,0Z',
  star: 'M0,-6.5L1.9,-2.6L6.2,-2L3.1,1L3.8,5.3L0,3.3L-3.8,5.3L-3.1,1L-6.2,-2L-1.9,-2.6Z',
  cross: 'M-2.2,-6H2.2V-2.2H6V2.2H2.2V6H-2.2V2.2H-6V-2.2H-2.2Z',
};

const ZOOM_STEP = 1.5;

/**
 * A timeline of events and eras: the article's chronology from 1989 to 2024 by default, or any
 * newsroom's. Horizontal on wide containers, vertical below 560 px, mirrored on right-to-left
 * pages. Zoom and pan with the wheel (holding Ctrl, or once the timeline has focus), a pinch, a
 * drag, the buttons or the + and − keys; `from` and `to` set the first window. Crowded periods
 * become counts that come apart as you zoom in.
 *
 * Data is an array of events, or `{"events": [...], "eras": [...]}`:
 * - an event has `start` (ISO date: `2014`, `2014-06` or `2014-06-15`), optional `end`, `precision`
 *   (`year`, `month` or `day`; by default what `start` states), `title`, `description`, `category`,
 *   `href` (http or https) and `source`;
 * - an era has `title`, `from` and `to` (ISO dates; no `to`: ongoing), `description` and `source`.
 *
 * A CSV file (`src`) holds events, one per row, under those column names. An `<ol>` child is read as
 * data too, so readers without JavaScript see the list: each `<li>` holds a `<time datetime="…">`
 * (a second one is the end), the title in `<strong>`, the description in `<p>`, a link to the
 * source in `<a href>`, and `data-category` and `data-precision`; `<li data-kind="era">` with two
 * `<time>` elements is an era.
 *
 * @summary Accessible, zoomable timeline of events and eras; vertical on phones, right-to-left ready.
 * @tag conflict-timeline
 *
 * @fires {CvSelectEvent} cv-select - An event was chosen by click, tap or Enter; `detail` is the event (`id`, `start`, `end`, `precision`, `title`, `description`, `category`, `href`, `source`, and its extent `t0`–`t1` in UTC ms).
 * @fires {CvRenderEvent} cv-render - The timeline was drawn; `detail` has the duration and the number of events.
 * @fires {CvErrorEvent} cv-error - Input was rejected; `detail.messages` name the event and the field. The last good timeline stays.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The heading.
 * @csspart description - The description under the heading.
 * @csspart error - The notice listing input problems.
 * @csspart controls - The bar with the legend and the zoom buttons.
 * @csspart legend - The category legend; its buttons show and hide categories.
 * @csspart plot - The focusable timeline area.
 * @csspart svg - The timeline's SVG.
 * @csspart axis - The time axis.
 * @csspart era - An era band.
 * @csspart mark - An event: glyph, extent bar and label.
 * @csspart cluster - The count of a crowded period; choosing it zooms in.
 * @csspart detail - The panel with the selected event.
 * @csspart tooltip - The tooltip.
 * @csspart summary - The generated text summary (visually hidden).
 * @csspart source - The source line.
 * @csspart table-button - The "Show data table" button.
 * @csspart table - The data table.
 * @csspart list - The timeline as an ordered list.
 *
 * @cssprop [--conflict-timeline-era-color=var(--cv-color-surface)] - Fill of era bands.
 * @cssprop [--conflict-timeline-label-color=var(--cv-color-text)] - Event and era labels.
 * @cssprop [--cv-color-category-1=#1d6fb8] - First category (also -2 … -6): war and politics, attacks, military operations, diplomacy, displacement, other.
 * @cssprop [--cv-font-family=system-ui] - Font of all text.
 * @cssprop [--cv-color-text=#1b1d21] - Text colour.
 * @cssprop [--cv-color-background=#ffffff] - Background colour.
 *
 * @slot - An `<ol>` of events (see above), a `<table>` or a `<script type="application/json">`; shown as is where JavaScript does not run.
 */
export class ConflictTimeline extends CvElement<TimelineData, TimelineElementOptions, TimelineView> {
  static override styles = [...CvElement.styles, timelineStyles];
  static override preset = timelinePreset;
  static override strings = {
    ...CvElement.strings,
    keptDrawing: 'The timeline shows the last valid data.',
    keyboardHint:
      'Arrow keys move between events in time order, Home and End jump to the first and last, Enter opens the details, plus and minus zoom, 0 resets.',
  };

  /** Reactive properties and their attributes, in Lit's static form (no decorator code in the bundles); `state: true` marks internal state. */
  static override properties: PropertyDeclarations = {
    from: {},
    to: {},
    orientation: {},
    categories: {},
    viewRequest: { state: true },
    hiddenCategories: { state: true },
    selectedId: { state: true },
    listOpen: { state: true },
  };

  /** First date of the initial window: `2001`, `2001-09` or `2001-09-11`. Default: the first event or era. */
  from?: string;

  /** Last date of the initial window, included whole (`2021` shows all of 2021). Default: the last event or era. */
  to?: string;

  /** `auto` (vertical below 560 px), `horizontal` or `vertical`. */
  orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /**
   * The categories events may name, as an array (or JSON text) of `{id, label, color, shape}`:
   * `color` is a CSS colour or a palette slot 1–6, `shape` one of `circle`, `triangle`, `square`,
   * `diamond`, `star`, `cross`. Default: `war`, `attack`, `military`, `diplomacy`, `displacement`, `other`.
   * A category the events name that is not listed is added with its name as the label and the next
   * palette colour and shape no other category of the data uses, with its own legend entry.
   */
  categories?: unknown;

  private viewRequest?: ViewRequest;
  private hiddenCategories = '';
  /** The event in the detail panel: the one last selected. */
  private selectedId?: string;
  private listOpen = false;

  #goodWindow: (number | undefined)[] = [];

  protected override readonly zoomPan = new ZoomPanController<Window>(this, {
    view: () => this.#window() ?? this.scene?.window ?? [0, 0],
    show: (window) => this.#show(window),
    // Never undefined: the wheel over a focused timeline is always the timeline's, even at its limits.
    zoomed: (window, factor, at) => this.#zoomed(window, factor, at),
    panned: (window, dx, dy) => this.#panned(window, dx, dy),
    reset: () => this.resetZoom(),
    reveal: (window, index) => this.#revealed(window, index),
    step: ZOOM_STEP,
  });

  constructor() {
    super();
    // The detail panel shows what was chosen last, by any means, and Escape closes it.
    this.addEventListener('cv-select', (event) => {
      if (event.target === this) this.selectedId = (event.detail as Partial<TimelineEvent>).id;
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.selectedId !== undefined) this.#closeDetail(event);
    });
  }

  /** The window shown, in UTC milliseconds: [start, end). */
  get visibleWindow(): readonly [number, number] | undefined {
    return this.scene?.window;
  }

  /** Zoom by `factor` (above 1 zooms in) around `anchor` (UTC ms); by default around the focused event, else the middle. */
  zoomBy(factor: number, anchor?: number): void {
    const scene = this.scene;
    if (!scene || !(factor > 0 && factor < Infinity) || (anchor !== undefined && !Number.isFinite(anchor))) return;
    this.#show(this.#zoomedAround(this.#window() ?? scene.window, factor, anchor));
  }

  /** Move the window by a fraction of its span: negative is earlier. */
  panBy(fraction: number): void {
    const scene = this.scene;
    if (!scene || !Number.isFinite(fraction)) return;
    const [w0, w1] = this.#window() ?? scene.window;
    const shift = (w1 - w0) * fraction;
    this.#show(clampWindow(w0 + shift, w1 + shift, scene.limits));
  }

  /** Back to the window of `from` and `to` (or the whole timeline). */
  resetZoom(): void {
    this.viewRequest = undefined;
  }

  // ---- data -----------------------------------------------------------------------------------

  /** An `<ol>` child is data too (the base class reads tables and JSON). */
  protected override readInlineInput() {
    const list = this.querySelector(':scope > ol');
    return list ? { source: 'list', value: readTimelineList(list), issues: [] } : super.readInlineInput();
  }

  protected readOptions(): TimelineElementOptions {
    const { read } = this;
    const orientation = read.keyword('orientation', this.orientation, ORIENTATIONS);
    const window = [this.#readDate('from', this.from, 0), this.#readDate('to', this.to, 1)];
    if (window[0]! >= window[1]!) read.report('from', `${quote(this.from)} is after to ${quote(this.to)}`);
    else this.#goodWindow = window;
    const [from, to] = this.#goodWindow;
    // A CSS colour as the browser reads one, but no url(): a categories list must not fetch anything.
    const categories = isBlank(this.categories)
      ? DEFAULT_CATEGORIES
      : read.parsedOption(
          'categories',
          this.categories,
          (value) => parseCategories(value, (v) => CSS.supports('color', v) && !/url\(/i.test(v)),
          DEFAULT_CATEGORIES,
        );
    // A window set for other inputs is dropped: new data or a new `from` or `to` starts afresh, for good.
    if (this.viewRequest && !this.#window()) this.viewRequest = undefined;
    return { parse: { categories }, hidden: this.hiddenCategories, from, to, view: this.#window(), orientation };
  }

  /** `from` (`side` 0: its first instant) or `to` (1: its end); a bad date is reported and the last good one kept. */
  #readDate(attribute: string, value: unknown, side: 0 | 1): number | undefined {
    if (isBlank(value)) return undefined;
    const date = readIsoDate(value);
    if (date.ok) return dateExtent(date.value)[side];
    this.read.report(attribute, date.message);
    return this.#goodWindow[side];
  }

  protected parseData(input: unknown, source: string, { categories }: TimelineElementOptions['parse']): Parsed<TimelineData> {
    return parseTimelineData(input, source, categories);
  }

  protected layout(data: TimelineData, { parse, view, ...options }: TimelineElementOptions, context: LayoutContext): TimelineView {
    const scene = layoutTimeline(data, { ...options, categories: parse.categories, view0: view?.[0], view1: view?.[1] }, context);
    return {
      ...scene,
      mark: (index) => ({ ...anchorOf(scene, index), ...describeEvent(scene, index), datum: scene.events[index] }),
      markAt: (x, y) => indexAtPoint(scene, x, y),
      // Hiding a category renumbers the events: the focused one keeps focus.
      indexOf: (datum) => scene.events.indexOf(datum as TimelineEvent),
    };
  }

  protected describe(scene: TimelineView): SceneDescription {
    return { label: describeTimelineLabel(scene), summary: describeTimeline(scene), table: () => describeTable(scene) };
  }

  // ---- the window -----------------------------------------------------------------------------

  /** The inputs a zoomed window belongs to. */
  #windowInputs(): unknown[] {
    return [this.data, this.dataJson, this.src, this.from, this.to];
  }

  /** The window as last set by zooming or panning, while the inputs it was set for stay. */
  #window(): Window | undefined {
    const request = this.viewRequest;
    return request && sameValues(request.inputs, this.#windowInputs()) ? request.window : undefined;
  }

  #show(window: Window): void {
    this.viewRequest = { window, inputs: this.#windowInputs() };
  }

  /** `window` zoomed by `factor` around a time: by default the focused event if it is in the window, else the middle. */
  #zoomedAround([w0, w1]: Window, factor: number, anchor?: number): Window {
    const scene = this.scene!;
    const active = this.navigation.activeMark?.datum as TimelineEvent | undefined;
    const mid = active && (active.t0 + active.t1) / 2;
    const at = anchor ?? (mid !== undefined && mid >= w0 && mid <= w1 ? mid : (w0 + w1) / 2);
    const start = at - (at - w0) / factor;
    return clampWindow(start, start + (w1 - w0) / factor, scene.limits);
  }

  #zoomed(window: Window, factor: number, at?: ViewPoint): Window {
    const scene = this.scene!;
    // The time under the point in `window`, which the drawing may not show yet.
    const along = at && (scene.vertical ? at[1] : scene.rtl ? scene.width - at[0] : at[0]);
    return this.#zoomedAround(window, factor, along === undefined ? undefined : timeAlong(scene, along, window));
  }

  /** The window moved with a drag: the time under the pointer stays under it. A sideways wheel pans a vertical timeline too. */
  #panned([w0, w1]: Window, dx: number, dy: number): Window {
    const scene = this.scene!;
    const along = scene.vertical ? dy || dx : scene.rtl ? -dx : dx;
    const shift = (-along * (w1 - w0)) / (scene.a1 - scene.a0);
    return clampWindow(w0 + shift, w1 + shift, scene.limits);
  }

  /** Keep the focused event in the window: pan to it when it lies past an edge. */
  #revealed(window: Window, index: number): Window {
    const scene = this.scene!;
    const event = scene.events[index];
    const [w0, w1] = window;
    const mid = (event.t0 + event.t1) / 2;
    const span = w1 - w0;
    return mid < w0 + span * 0.04 || mid > w1 - span * 0.04 ? clampWindow(mid - span / 2, mid + span / 2, scene.limits) : window;
  }

  // ---- interaction ------------------------------------------------------------------------------

  /** Show the event `delta` places from the one in the detail panel. */
  #step(delta: number): void {
    const index = this.scene!.events.findIndex((e) => e.id === this.selectedId) + delta;
    if (index < 0 || index >= this.scene!.marks) return;
    this.navigation.moveTo(index);
    this.navigation.select();
  }

  /** Close the detail panel; focus goes back to the plot when it was in the panel. */
  #closeDetail(event?: Event): void {
    const panel = this.renderRoot.querySelector('.detail');
    const fromPanel = !event || (panel !== null && event.composedPath().includes(panel));
    this.selectedId = undefined;
    if (fromPanel) this.renderRoot.querySelector<HTMLElement>('.plot')?.focus();
  }

  #toggleCategory(id: string): void {
    const hidden = this.hiddenCategories.split('\n');
    this.hiddenCategories = (hidden.includes(id) ? hidden.filter((h) => h !== id) : [...hidden, id]).join('\n');
  }

  /**
   * A count zooms into its period; when zooming cannot take it apart (events of the same month in
   * one lane), it opens its first event, and the detail panel steps through the rest.
   */
  #openCluster(event: Event, cluster: Cluster): void {
    // Not a choice of the mark under the pointer.
    event.stopPropagation();
    const scene = this.scene!;
    const pad = Math.max((cluster.t1 - cluster.t0) * 0.15, 864e6);
    const [w0, w1] = scene.window;
    const view = clampWindow(cluster.t0 - pad, cluster.t1 + pad, scene.limits);
    if (view[1] - view[0] < (w1 - w0) * 0.9) this.#show(view);
    else {
      this.navigation.activate(cluster.first);
      this.navigation.select();
    }
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render() {
    const scene = this.scene;
    return this.renderFrame({
      reservedHeight: timelineHeight(this.size.width, isVertical(this.orientation, this.size.width)),
      legend: scene && this.#renderControls(scene),
      plot: scene && this.#renderPlot(scene, this.navigation.highlighted),
      after: scene && this.listOpen ? renderList(scene) : nothing,
    });
  }

  #renderControls(scene: TimelineView) {
    const zoomPan = this.zoomPan;
    return html`<div class="controls" part="controls">
      ${
        scene.categories.length > 1
          ? html`<ul class="legend" part="legend" aria-label="Categories: press to show or hide">
            ${scene.categories.map(
              (c) => html`<li>
                <button type="button" aria-pressed=${!c.hidden} @click=${() => this.#toggleCategory(c.id)}>
                  ${glyph(c)}<span dir="auto">${c.label}</span> <span class="count">${scene.format.number(c.count)}</span>
                </button>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      <div class="zoom" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom out" @click=${() => zoomPan.zoomBy(1 / ZOOM_STEP)}>−</button>
        <button type="button" aria-label="Zoom in" @click=${() => zoomPan.zoomBy(ZOOM_STEP)}>+</button>
        <button type="button" ?disabled=${!this.#window()} @click=${() => zoomPan.reset()}>Reset</button>
        <button type="button" aria-expanded=${this.listOpen} aria-controls="list" @click=${() => (this.listOpen = !this.listOpen)}>List</button>
      </div>
    </div>`;
  }

  #renderPlot(scene: TimelineView, active: number) {
    const { width, height, vertical } = scene;
    const zoomPan = this.zoomPan;
    const ring = markBox(scene, active);
    return html`<svg
        part="svg"
        viewBox="0 0 ${width} ${height}"
        width=${width}
        height=${height}
        role="img"
        aria-label=${this.accessibleLabel}
        @pointerdown=${zoomPan.pointerDown}
        @pointermove=${zoomPan.pointerMove}
        @pointerup=${zoomPan.pointerUp}
        @pointercancel=${zoomPan.pointerUp}
        @click=${zoomPan.click}
        @wheel=${zoomPan.wheel}
      >
        <g class="grid">${scene.ticks.map((t) => line(t.grid))}</g>
        <g class="axis" part="axis">
          ${line(scene.axis)}
          ${scene.ticks.map((t) => svg`${line(t.line)}${label(t.x, t.y, vertical ? (scene.rtl ? 'start' : 'end') : 'middle', t.label)}`)}
        </g>
        ${scene.eras.map(
          ({ era, box, text, textX, textY, anchor }) => svg`<g class="era${era.t1 === undefined ? ' open' : ''}" part="era">
            ${rect(box, 3)} ${label(textX, textY, anchor, text, 'small', vertical)}
          </g>`,
        )}
        ${scene.categories.map(
          (c) => svg`<g .style=${`--_k:${c.color}`}>
            ${scene.placed
              .filter((p) => scene.events[p.index].category === c.id)
              .map((p) => {
                // Dense per category, so Lit updates the same elements as the window moves instead of replacing them.
                const event = scene.events[p.index];
                return svg`<g class="mark${event.id === this.selectedId ? ' selected' : ''}" part="mark">
                    ${p.bar ? rect(p.bar, 3, 'bar') : nothing}
                    <path class="glyph" transform="translate(${p.x},${p.y})" d=${SHAPE_PATHS[c.shape]}></path>
                    ${label(p.textX, p.textY, p.anchor, p.text)}
                  </g>`;
              })}
          </g>`,
        )}
        ${scene.clusters.map(
          (cluster) => svg`<g class="cluster" part="cluster" @click=${(event: Event) => this.#openCluster(event, cluster)}>
            ${rect(cluster.box, 7)} ${label(cluster.box.x + cluster.box.width / 2, cluster.box.y + cluster.box.height / 2, 'middle', cluster.label, 'small')}
          </g>`,
        )}
        ${ring ? rect({ x: ring.x - 3, y: ring.y - 3, width: ring.width + 6, height: ring.height + 6 }, 5, 'focus-ring') : nothing}
      </svg>
      ${this.#renderDetail(scene)}`;
  }

  #renderDetail(scene: TimelineView) {
    const id = this.selectedId;
    const event = id === undefined ? undefined : scene.data.events.find((e) => e.id === id);
    const category = event && scene.categories.find((c) => c.id === event.category);
    const label = event && categoryLabel(scene, event);
    // No whitespace inside the panel: it must be :empty while nothing is selected.
    return html`<div class="detail" part="detail" aria-live="polite">${
      event
        ? html`<div class="head">
            ${category ? glyph(category) : nothing}<strong dir="auto">${event.title}</strong>
            <button type="button" aria-label="Previous event" @click=${() => this.#step(-1)}>‹</button>
            <button type="button" aria-label="Next event" @click=${() => this.#step(1)}>›</button>
            <button type="button" aria-label="Close details" @click=${() => this.#closeDetail()}>×</button>
          </div>
          <p class="meta"><time datetime=${event.start}>${formatEventDate(event, scene.format)}</time>${label ? ` · ${label}` : ''}</p>
          <p dir="auto">${event.description}</p>
          ${event.source || event.href ? html`<p class="meta">Source: ${sourceLink(event)}</p>` : nothing}`
        : nothing
    }</div>`;
  }
}

/** Where a mark's tooltip points: its glyph along a horizontal axis, else the middle of its label's (or its count's) box. */
function anchorOf(scene: TimelineScene, index: number) {
  const slot = scene.slots[index];
  const box = markBox(scene, index) ?? { x: scene.width / 2, y: 0, width: 0, height: 0 };
  return { x: slot >= 0 && !scene.vertical ? scene.placed[slot].x : box.x + box.width / 2, y: box.y };
}

/** The timeline's data table: every shown event, with the eras in a note. */
function describeTable(scene: TimelineScene) {
  const { format, data } = scene;
  return {
    columns: ['Event', 'Date', 'Category', 'Description', 'Source'].map((label) => ({ label })),
    rows: scene.events.map((e) => [e.title, formatEventDate(e, format), categoryLabel(scene, e) ?? '', e.description ?? '', e.source ?? e.href ?? '']),
    note: data.eras.length ? `Eras: ${data.eras.map((era) => `${era.title} (${formatEventDate(era, format)})`).join('; ')}.` : undefined,
  };
}

const line = ([x1, y1, x2, y2]: Line) => svg`<line x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`;
/** A label at x, y, centred on it across the line, or turned a quarter clockwise about it. */
const label = (x: number, y: number, anchor: string, text: string, className?: string, turned?: boolean) =>
  svg`<text class=${className ?? nothing} transform=${turned ? `rotate(90 ${x} ${y})` : nothing} x=${x} y=${y} dy=${turned ? 0 : '0.35em'} text-anchor=${anchor}>${text}</text>`;
const rect = ({ x, y, width, height }: Box, rx: number, className?: string) =>
  svg`<rect class=${className ?? nothing} x=${x} y=${y} width=${width} height=${height} rx=${rx}></rect>`;

/** A category's shape in its colour, for the legend and the detail panel. */
function glyph(category: TimelineCategory) {
  return html`<svg class="key" viewBox="-7 -7 14 14" aria-hidden="true" .style=${`--_k:${category.color}`}>
    <path class="glyph" d=${SHAPE_PATHS[category.shape]}></path>
  </svg>`;
}

/** The source of an event, linked when it has a link. */
function sourceLink(event: TimelineEvent) {
  return event.href
    ? html`<a href=${event.href} rel="noopener noreferrer" dir="auto">${event.source ?? new URL(event.href).host}</a>`
    : html`<span dir="auto">${event.source}</span>`;
}

/** The whole timeline as an ordered list, in time order, with the eras. */
function renderList(scene: TimelineScene) {
  const { events, data, format } = scene;
  return html`<section id="list" class="list" part="list" aria-label="Timeline as a list">
    <ol>
      ${events.map(
        (e) => html`<li>
          <time datetime=${e.start}>${formatEventDate(e, format)}</time>: <strong dir="auto">${e.title}</strong> ${categoryLabel(scene, e) ?? ''}
          <span dir="auto">${e.description}</span>
          ${e.source || e.href ? html`<span class="meta">(${sourceLink(e)})</span>` : nothing}
        </li>`,
      )}
    </ol>
    ${
      data.eras.length
        ? html`<strong>Eras</strong>
          <ul>
            ${data.eras.map((era) => html`<li>${formatEventDate(era, format)}: <strong dir="auto">${era.title}</strong> <span dir="auto">${era.description}</span></li>`)}
          </ul>`
        : nothing
    }
  </section>`;
}

/**
 * Records from an `<ol>`: per `<li>`, the `<time datetime>` (a second one is the end), the title in
 * `<strong>` or `<b>`, `<p>` as the description, the first `<a href>` as the source, and
 * `data-category`, `data-precision`, `data-kind="era"`.
 */
export function readTimelineList(list: Element): { events: Record<string, string>[]; eras: Record<string, string>[] } {
  const events = [];
  const eras = [];
  for (const item of list.querySelectorAll(':scope > li')) {
    const [start = '', end = ''] = [...item.querySelectorAll('time')].map((t) => t.getAttribute('datetime') ?? inlineText(t));
    const link = item.querySelector('a[href]');
    const { category = '', precision = '', kind } = (item as HTMLElement).dataset;
    const record = {
      id: item.id,
      title: inlineText(item.querySelector('strong, b')),
      description: [...item.querySelectorAll('p')].map(inlineText).join(' '),
      source: inlineText(link),
      href: link?.getAttribute('href') ?? '',
    };
    if (kind === 'era') eras.push({ ...record, from: start, to: end });
    else events.push({ ...record, start, end, category, precision });
  }
  return { events, eras };
}

defineElement('conflict-timeline', ConflictTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}
