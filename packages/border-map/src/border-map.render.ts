/** <border-map>'s drawing, piece by piece: the legend, a mark, a label, the focus ring, the locator, the notes; and its data table. */
import { html, nothing, svg } from 'lit';
import { yearRange, type Box } from '@conflict-viz/core';
import { MAX_ZOOM, formatCoordinates, type BorderMapScene, type PlacedLabel, type Zoom } from './model/index.js';
import type { MapStrings } from './border-map.js';

/** The legend: the lines, symbols and circle sizes the map draws, in its words. */
export function renderLegend(scene: BorderMapScene, strings: MapStrings) {
  const { border, events, format } = scene;
  const line = (cls: string) => svg`<svg width="28" height="10" aria-hidden="true"><line class="line ${cls}" x1="1" y1="5" x2="27" y2="5"></line></svg>`;
  const has = (kind: string) => scene.items.some((m) => m.kind === kind);
  const statedKm = border?.articleKm ? strings.statedLength(format.number(border.articleKm)) : '';
  return html`<ul part="legend" class="legend" aria-label="Legend">
    ${border ? html`<li>${line('highlight')}<span dir="auto">${border.name}${statedKm}</span></li>` : nothing}
    ${scene.borders || scene.geometryFormat === 'GeoJSON' ? html`<li>${line('')}International border</li>` : nothing}
    ${scene.hasDisputed && scene.disputedStyle !== 'hidden' ? html`<li>${line(`disputed ${scene.disputedStyle}`)}${strings.disputed}</li>` : nothing}
    ${
      has('place')
        ? html`<li><svg width="12" height="12" aria-hidden="true"><circle class="place" cx="6" cy="6" r="4.5"></circle></svg>${strings.place}</li>`
        : nothing
    }
    ${
      has('marker')
        ? html`<li><svg width="14" height="14" aria-hidden="true"><path class="marker" d="M7,1.5L12.5,7L7,12.5L1.5,7Z"></path></svg>Marker</li>`
        : nothing
    }
    ${
      events
        ? html`<li class="size-legend">
            ${strings.districtEvents}, ${yearRange(format, events.from, events.to)}:
            <span class="sizes">${events.legend.map(
              ({ r, value }) =>
                html`<span><svg width=${r * 2 + 2} height=${r * 2 + 2} aria-hidden="true"><circle cx=${r + 1} cy=${r + 1} r=${r}></circle></svg>${format.number(value)}</span>`,
            )}</span>
          </li>`
        : nothing
    }
  </ul>`;
}

type MapMark = BorderMapScene['items'][number];

/**
 * A mark's symbol at its place on screen: a circle, a diamond, or an arrow at the edge for a point off the map.
 * `part` gives its part names (`mark`, and `highlighted` where a linked element's choice includes it).
 */
export function renderMark(mark: MapMark, [x, y]: readonly [number, number], part: (datum: unknown) => string) {
  const names = part(mark.datum);
  if (mark.kind === 'district') return svg`<circle part=${names} class="district" cx=${x} cy=${y} r=${mark.r}></circle>`;
  if (mark.offMap)
    return svg`<path part=${names} class="pointer" d="M9,0L-5,-6.5L-5,6.5Z" transform="translate(${x} ${y}) rotate(${mark.offMap.angle})"></path>`;
  if (mark.kind === 'place') return svg`<circle part=${names} class="place" cx=${x} cy=${y} r=${mark.r}></circle>`;
  return mark.kind === 'marker' ? svg`<path part=${names} class="marker" d="M${x},${y - 6}l6,6l-6,6l-6,-6Z"></path>` : nothing;
}

export function renderLabel(label: PlacedLabel) {
  const { leader } = label;
  return svg`${leader ? svg`<line class="leader" x1=${leader.x1} y1=${leader.y1} x2=${leader.x2} y2=${leader.y2}></line>` : nothing}<text
      part="label"
      class="label ${label.kind}-label"
      x=${label.x}
      y=${label.y}
    >${label.text}</text>`;
}

export function renderFocusRing(mark: MapMark, [x, y]: readonly [number, number]) {
  return svg`<circle class="focus-ring" cx=${x} cy=${y} r=${mark.kind === 'district' ? mark.r + 3 : 10}></circle>`;
}

/** The locator globe: the land, and the outline of what the map shows. */
export function renderInset(inset: BorderMapScene['inset']) {
  if (!inset) return nothing;
  const r = inset.size / 2;
  return svg`<g part="inset" class="inset">
    <circle class="sphere" cx=${inset.x + r} cy=${inset.y + r} r=${r - 1}></circle>
    <path class="land" d=${inset.land}></path>
    <path class="view" d=${inset.view}></path>
  </g>`;
}

/** The notes under the map, and links to the markers that have one. */
export function renderNotes(scene: BorderMapScene) {
  const links = scene.items.filter((m) => m.kind === 'marker' && m.datum.href);
  return html`<ul part="notes" class="notes">
    ${scene.notes.map((note) => html`<li dir="auto">${note}</li>`)}
    ${
      links.length
        ? html`<li>More: ${links.map((m, i) => html`${i ? ', ' : ''}<a href=${String(m.datum.href)} rel="noopener noreferrer" dir="auto">${m.title}</a>`)}</li>`
        : nothing
    }
  </ul>`;
}

/** The map's data table: every mark, what it is, where, and its count or notes. */
export function describeTable(scene: BorderMapScene, strings: MapStrings) {
  const { format, events } = scene;
  const kinds = { border: 'Border', place: strings.place, marker: 'Marker', district: 'District' };
  return {
    columns: [
      { label: 'Name' },
      { label: 'What' },
      { label: 'Location' },
      { label: `Events${events ? ` ${yearRange(format, events.from, events.to)}` : ''}`, numeric: true },
      { label: 'Notes' },
    ],
    rows: scene.items.map((m) => [
      m.title,
      m.kind === 'district' ? `District, ${m.lines[1]}` : `${kinds[m.kind]}${m.offMap ? ' (outside the map)' : ''}`,
      m.lon === undefined ? '' : formatCoordinates(format, m.lon, m.lat!),
      m.kind === 'district' ? format.number(Number(m.datum.events)) : '',
      m.kind === 'district'
        ? ''
        : m.lines
            .slice(m.kind === 'border' ? 1 : 0)
            .map((line) => (/[.!?]$/.test(line) ? line : `${line}.`))
            .join(' '),
    ]),
    note: scene.notes.join(' '),
  };
}

/** District circles first: a place's dot (Peshawar's, among the largest circles) stays visible over them. */
export function drawingOrder<T extends MapMark>(items: readonly T[]): T[] {
  return [...items.filter((m) => m.kind === 'district'), ...items.filter((m) => m.kind !== 'district')];
}

/** The zoom buttons, and once zoomed the pan buttons; a button that would do nothing says so (`aria-disabled`) and stays focusable. */
export function renderZoomButtons(zoom: Zoom, on: { zoomIn(): void; zoomOut(): void; reset(): void; pan(dx: number, dy: number): void }) {
  const disabled = (yes: boolean) => (yes ? 'true' : 'false');
  const pan = (label: string, symbol: string, dx: number, dy: number) =>
    html`<button type="button" aria-label=${label} @click=${() => on.pan(dx, dy)}>${symbol}</button>`;
  return html`<div part="zoom" class="zoom">
      <button type="button" aria-label="Zoom in" aria-disabled=${disabled(zoom.k >= MAX_ZOOM)} @click=${on.zoomIn}>+</button>
      <button type="button" aria-label="Zoom out" aria-disabled=${disabled(zoom.k <= 1)} @click=${on.zoomOut}>−</button>
      <button type="button" aria-label="Reset zoom" aria-disabled=${disabled(zoom.k <= 1)} @click=${on.reset}>⟲</button>
    </div>
    ${
      zoom.k > 1
        ? html`<div part="zoom" class="pan" role="group" aria-label="Move the map">
            ${pan('Move left', '←', -1, 0)}${pan('Move up', '↑', 0, -1)}${pan('Move down', '↓', 0, 1)}${pan('Move right', '→', 1, 0)}
          </div>`
        : nothing
    }`;
}

/** The zoom buttons' column, and the pan buttons' row once zoomed, in px. */
const ZOOM_COLUMN = { width: 48, height: 116 };
const PAN_ROW = { width: 152, height: 48 };

/** Where the zoom and pan buttons and the inset sit at `zoom`: no label goes there. */
export function reservedBoxes(scene: BorderMapScene, zoom: Zoom): Box[] {
  const { width, height, rtl, inset } = scene;
  const atEnd = (box: { width: number; height: number }, y: number): Box => ({ x: rtl ? 0 : width - box.width, y, ...box });
  const boxes = [atEnd(ZOOM_COLUMN, 0)];
  if (zoom.k > 1) boxes.push(atEnd(PAN_ROW, height - PAN_ROW.height));
  if (inset) boxes.push({ x: inset.x, y: inset.y, width: inset.size, height: inset.size });
  return boxes;
}
