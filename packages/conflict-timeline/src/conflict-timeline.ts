/** <conflict-timeline>: events and eras on a zoomable time axis, horizontal or (on phones) vertical. */
import { html, nothing, svg, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  CvElement,
  defineElement,
  formatNumber,
  inlineText,
  isBlank,
  quote,
  readIsoDate,
  type Box,
  type LayoutContext,
  type Parsed,
  type TableModel,
} from '@conflict-viz/core';
import { timelineEvents } from '@conflict-viz/data/timeline-events';
import { timelineEras } from '@conflict-viz/data/timeline-eras';
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
  type Line,
  type Shape,
  type TimelineCategory,
  type TimelineData,
  type TimelineEvent,
  type TimelineOptions,
  type TimelineScene,
} from './conflict-timeline.model.js';
import { timelineStyles } from './conflict-timeline.styles.js';

/** Glyphs of the category shapes, about 12 px across, centred on 0,0. */
const SHAPE_PATHS: Record<Shape, string> = {
  circle: 'M5.5,0A5.5,5.5 0 1 1-5.5,0A5.5,5.5 0 1 1 5.5,0Z',
  triangle: 'M0,-6L6,4.5H-6Z',
  square: 'M-4.8,-4.8H4.8V4.8H-4.8Z',
  diamond: 'M0,-6.5L6.5,0L0,6.5L-6.5,0Z',
  star: 'M0,-6.5L1.9,-2.6L6.2,-2L3.1,1L3.8,5.3L0,3.3L-3.8,5.3L-3.1,1L-6.2,-2L-1.9,-2.6Z',
  cross: 'M-2.2,-6H2.2V-2.2H6V2.2H2.2V6H-2.2V2.2H-6V-2.2H-2.2Z',
};

const ARTICLE = { events: timelineEvents, eras: timelineEras };
const ZOOM_KEYS: Record<string, number> = { '+': 1.5, '=': 1.5, '-': 1 / 1.5, _: 1 / 1.5 };

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
export class ConflictTimeline extends CvElement<TimelineData, TimelineOptions, TimelineScene> {
  static override styles = [...CvElement.styles, timelineStyles];

  /** Reactive properties and their attributes; `attribute: false` marks internal state. Lit's static form: no decorator code in the bundles. */
  static override properties: PropertyDeclarations = {
    from: {},
    to: {},
    orientation: {},
    categories: {},
    view: { attribute: false },
    hiddenCategories: { attribute: false },
    selectedId: { attribute: false },
    listOpen: { attribute: false },
  };

  /** First date of the initial window: `2001`, `2001-09` or `2001-09-11`. Default: the first event or era. */
  from?: string;

  /** Last date of the initial window, included whole (`2021` shows all of 2021). Default: the last event or era. */
  to?: string;

  /** `auto` (vertical below 560 px), `horizontal` or `vertical`. */
  orientation: string = 'auto';

  /**
   * The categories events may name, as an array (or JSON text) of `{id, label, color, shape}`:
   * `color` is a CSS colour or a palette slot 1–6, `shape` one of `circle`, `triangle`, `square`,
   * `diamond`, `star`, `cross`. Default: `war`, `attack`, `military`, `diplomacy`, `displacement`, `other`.
   */
  categories?: unknown;

  private view?: readonly [number, number];
  private hiddenCategories = '';
  private selectedId?: string;
  private listOpen = false;

  #goodWindow: (number | undefined)[] = [];
  /** Pointers down on the plot, by id: where each is along the axis (SVG units), as of the last window change. */
  readonly #pointers = new Map<number, number>();
  /** The pointers down have moved the window; when they lift, their click is not a choice. */
  #moved = false;
  #dragged = false;

  /** The window shown, in UTC milliseconds: [start, end). */
  get visibleWindow(): readonly [number, number] | undefined {
    return this.scene?.window;
  }

  /** Zoom by `factor` (above 1 zooms in) around `anchor` (UTC ms); by default around the focused event, else the middle. */
  zoomBy(factor: number, anchor?: number): void {
    const scene = this.scene;
    if (!scene || !(factor > 0 && factor < Infinity) || (anchor !== undefined && !Number.isFinite(anchor))) return;
    const [w0, w1] = scene.window;
    const active = scene.events[this.activeIndex];
    const mid = active && (active.t0 + active.t1) / 2;
    const at = anchor ?? (mid >= w0 && mid <= w1 ? mid : (w0 + w1) / 2);
    const start = at - (at - w0) / factor;
    this.view = clampWindow(start, start + (w1 - w0) / factor, scene.limits);
  }

  /** Move the window by a fraction of its span: negative is earlier. */
  panBy(fraction: number): void {
    const scene = this.scene;
    if (!scene || !Number.isFinite(fraction)) return;
    const [w0, w1] = scene.window;
    const shift = (w1 - w0) * fraction;
    this.view = clampWindow(w0 + shift, w1 + shift, scene.limits);
  }

  /** Back to the window of `from` and `to` (or the whole timeline). */
  resetZoom(): void {
    this.view = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#pointers.clear();
    this.#moved = false;
  }

  // ---- data -----------------------------------------------------------------------------------

  /** An `<ol>` child is data too (the base class reads tables and JSON). */
  protected override readInlineInput() {
    const list = this.querySelector(':scope > ol');
    return list ? { source: 'list', value: readTimelineList(list), issues: [] } : super.readInlineInput();
  }

  protected defaultData(): unknown {
    return ARTICLE;
  }

  protected defaultText() {
    return {
      heading: 'Pakistan, Afghanistan and the Taliban, 1989–2024',
      description: "The chronology behind the article “Pakistan's Taliban Conundrum”. Zoom in to see crowded years apart.",
      source:
        "Talha Madni, “Pakistan's Taliban Conundrum”, Innovating Peace Blog, Kroc School, University of San Diego (2025); some dates from the public record",
    };
  }

  protected readOptions(): TimelineOptions {
    const orientation = this.keyword('orientation', this.orientation, ORIENTATIONS);
    const window = [this.#readDate('from', this.from, 0), this.#readDate('to', this.to, 1)];
    if (window[0]! >= window[1]!) this.reportOption('from', `${quote(this.from)} is after to ${quote(this.to)}`);
    else this.#goodWindow = window;
    const [from, to] = this.#goodWindow;
    // A CSS colour as the browser reads one, but no url(): a categories list must not fetch anything.
    const categories = isBlank(this.categories)
      ? DEFAULT_CATEGORIES
      : this.parsedOption(
          'categories',
          this.categories,
          (value) => parseCategories(value, (v) => CSS.supports('color', v) && !/url\(/i.test(v)),
          DEFAULT_CATEGORIES,
        );
    return { categories, hidden: this.hiddenCategories, from, to, view0: this.view?.[0], view1: this.view?.[1], orientation };
  }

  /** `from` (`side` 0: its first instant) or `to` (1: its end); a bad date is reported and the last good one kept. */
  #readDate(attribute: string, value: unknown, side: 0 | 1): number | undefined {
    if (isBlank(value)) return undefined;
    const date = readIsoDate(value);
    if (date.ok) return dateExtent(date.value)[side];
    this.reportOption(attribute, date.message);
    return this.#goodWindow[side];
  }

  /** Zooming changes the options at every step; the data depends only on the categories. */
  protected override parseKey(options: TimelineOptions): readonly unknown[] {
    return [options.categories];
  }

  protected parseData(input: unknown, source: string, options: TimelineOptions): Parsed<TimelineData> {
    return parseTimelineData(input, source, options.categories);
  }

  protected layout(data: TimelineData, options: TimelineOptions, context: LayoutContext): TimelineScene {
    return layoutTimeline(data, options, context);
  }

  protected reservedHeight(width: number): number {
    return timelineHeight(width, isVertical(this.orientation, width));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (['from', 'to', 'data', 'dataJson', 'src'].some((key) => changed.has(key))) this.view = undefined;
    const before = this.scene;
    const active = before?.events[this.activeIndex];
    super.willUpdate(changed);
    // A filter renumbers the marks: the focused event keeps focus.
    if (active && this.scene!.events !== before!.events) this.activeIndex = this.scene!.events.indexOf(active);
  }

  // ---- what the frame asks for --------------------------------------------------------------

  protected describeLabel(scene: TimelineScene): string {
    return describeTimelineLabel(scene);
  }

  protected describeSummary(scene: TimelineScene): string {
    return describeTimeline(scene);
  }

  protected keyboardHint(): string {
    return 'Arrow keys move between events in time order, Home and End jump to the first and last, Enter opens the details, plus and minus zoom, 0 resets.';
  }

  protected tooltipFor(scene: TimelineScene, index: number) {
    const slot = scene.slots[index];
    const box = markBox(scene, index) ?? { x: scene.width / 2, y: 0, width: 0, height: 0 };
    return { x: slot >= 0 && !scene.vertical ? scene.placed[slot].x : box.x + box.width / 2, y: box.y, ...describeEvent(scene, index) };
  }

  protected datumAt(scene: TimelineScene, index: number): TimelineEvent {
    return scene.events[index];
  }

  protected indexAt(scene: TimelineScene, x: number, y: number): number {
    return indexAtPoint(scene, x, y);
  }

  protected tableModel(scene: TimelineScene): TableModel {
    const { locale, data } = scene;
    return {
      caption: this.accessibleLabel(scene),
      columns: ['Event', 'Date', 'Category', 'Description', 'Source'].map((label) => ({ label })),
      rows: scene.events.map((e) => [e.title, formatEventDate(e, locale), categoryLabel(scene, e) ?? '', e.description ?? '', e.source ?? e.href ?? '']),
      note: data.eras.length ? `Eras: ${data.eras.map((era) => `${era.title} (${formatEventDate(era, locale)})`).join('; ')}.` : undefined,
    };
  }

  // ---- interaction ------------------------------------------------------------------------------

  protected override selectActive(): void {
    this.selectedId = this.scene?.events[this.activeIndex]?.id;
    super.selectActive();
  }

  protected override onKeydown(event: KeyboardEvent): void {
    // Keys pressed on the detail panel's link or button are theirs.
    if (event.composedPath()[0] !== event.currentTarget) {
      if (event.key === 'Escape') this.#closeDetail();
      return;
    }
    const zoom = ZOOM_KEYS[event.key];
    if (zoom || event.key === '0') {
      event.preventDefault();
      if (zoom) this.zoomBy(zoom);
      else this.resetZoom();
      return;
    }
    if (event.key === 'Escape') this.selectedId = undefined;
    super.onKeydown(event);
    this.#follow();
  }

  /** Keep the focused event in the window: pan to it when it lies past an edge. */
  #follow(): void {
    const scene = this.scene;
    const active = scene?.events[this.activeIndex];
    if (!scene || !active) return;
    const [w0, w1] = scene.window;
    const mid = (active.t0 + active.t1) / 2;
    const span = w1 - w0;
    if (mid < w0 + span * 0.04 || mid > w1 - span * 0.04) this.view = clampWindow(mid - span / 2, mid + span / 2, scene.limits);
  }

  /** Show the event `delta` places from the one in the detail panel. */
  #step(delta: number): void {
    const index = this.scene!.events.findIndex((e) => e.id === this.selectedId) + delta;
    if (index < 0 || index >= this.scene!.marks) return;
    this.activate(index);
    this.selectActive();
    this.#follow();
  }

  #closeDetail(): void {
    this.selectedId = undefined;
    this.renderRoot.querySelector<HTMLElement>('.plot')?.focus();
  }

  #toggleCategory(id: string): void {
    const hidden = this.hiddenCategories.split('\n');
    this.hiddenCategories = (hidden.includes(id) ? hidden.filter((h) => h !== id) : [...hidden, id]).join('\n');
  }

  /** Where a pointer is along the time axis, in SVG units. */
  #pointerAt(event: { clientX: number; clientY: number }): number {
    const scene = this.scene!;
    const box = this.renderRoot.querySelector('.plot svg')!.getBoundingClientRect();
    const x = ((event.clientX - box.left) * scene.width) / (box.width || 1);
    return scene.vertical ? ((event.clientY - box.top) * scene.height) / (box.height || 1) : scene.rtl ? scene.width - x : x;
  }

  readonly #wheel = {
    handleEvent: (event: WheelEvent) => {
      const scene = this.scene;
      // The page scrolls as usual unless the reader holds Ctrl (a trackpad pinch does) or has focused the timeline.
      if (!scene || !(event.ctrlKey || event.metaKey || this.matches(':focus-within'))) return;
      event.preventDefault();
      const unit = [1, 16, 400][event.deltaMode] ?? 1;
      const { deltaX: dx, deltaY: dy } = event;
      if (event.shiftKey || Math.abs(dx) > Math.abs(dy))
        this.panBy((((event.shiftKey ? dy : dx) * unit) / (scene.a1 - scene.a0)) * (scene.rtl && !scene.vertical ? -1 : 1));
      else this.zoomBy(Math.exp(-dy * unit * 0.0025), timeAlong(scene, this.#pointerAt(event)));
    },
    passive: false,
  };

  #startGesture(event: PointerEvent) {
    if (!event.button && this.scene) this.#pointers.set(event.pointerId, this.#pointerAt(event));
  }

  /**
   * A drag pans; two pointers pinch. Each move keeps the times under the pointers under them,
   * from the window as last set (the scene lags until the next render).
   */
  #moveGesture(event: PointerEvent) {
    const scene = this.scene;
    const pointers = this.#pointers;
    const from = pointers.get(event.pointerId);
    if (!scene || from === undefined) return;
    const to = this.#pointerAt(event);
    // A press that wanders a few pixels is still a click.
    if (!this.#moved && Math.abs(to - from) < 4) return;
    this.#moved = true;
    try {
      // Keep the drag when the pointer leaves the timeline.
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // a synthetic or already released pointer
    }
    const window = this.view ?? scene.window;
    const [u1, u2] = pointers.values();
    pointers.set(event.pointerId, to);
    const [n1, n2] = pointers.values();
    const span = n2 !== undefined && Math.abs(n2 - n1) > 10 ? ((u2 - u1) * (window[1] - window[0])) / (n2 - n1) : window[1] - window[0];
    const start = timeAlong(scene, u1, window) - ((n1 - scene.a0) / (scene.a1 - scene.a0)) * span;
    this.view = clampWindow(start, start + span, scene.limits);
  }

  #endGesture(event: PointerEvent) {
    if (!this.#pointers.delete(event.pointerId)) return;
    this.#dragged = this.#moved && event.type === 'pointerup';
    // A remaining finger carries on dragging.
    this.#moved &&= this.#pointers.size > 0;
  }

  #onSvgClick(event: MouseEvent) {
    const cluster = this.scene?.clusters[Number((event.target as Element).closest<SVGElement>('[data-cluster]')?.dataset.cluster)];
    if (this.#dragged || cluster) event.stopPropagation(); // the end of a drag is not a choice
    if (cluster && !this.#dragged) {
      // A count zooms into its period; when zooming cannot take it apart (events of the same month
      // in one lane), it opens its first event, and the detail panel steps through the rest.
      const pad = Math.max((cluster.t1 - cluster.t0) * 0.15, 864e6);
      const [w0, w1] = this.scene!.window;
      const view = clampWindow(cluster.t0 - pad, cluster.t1 + pad, this.scene!.limits);
      if (view[1] - view[0] < (w1 - w0) * 0.9) this.view = view;
      else {
        this.activate(cluster.first);
        this.selectActive();
      }
    }
    this.#dragged = false;
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`${super.render()}${this.scene && this.listOpen ? renderList(this.scene) : nothing}`;
  }

  protected override renderLegend(scene: TimelineScene) {
    return html`<div class="controls" part="controls">
      ${
        scene.categories.length > 1
          ? html`<ul class="legend" part="legend" aria-label="Categories: press to show or hide">
            ${scene.categories.map(
              (c) => html`<li>
                <button type="button" aria-pressed=${!c.hidden} @click=${() => this.#toggleCategory(c.id)}>
                  ${glyph(c)}<span dir="auto">${c.label}</span> <span class="count">${formatNumber(scene.locale, c.count)}</span>
                </button>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      <div class="zoom" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom out" @click=${() => this.zoomBy(1 / 1.5)}>−</button>
        <button type="button" aria-label="Zoom in" @click=${() => this.zoomBy(1.5)}>+</button>
        <button type="button" ?disabled=${!this.view} @click=${this.resetZoom}>Reset</button>
        <button type="button" aria-expanded=${this.listOpen} aria-controls="list" @click=${() => (this.listOpen = !this.listOpen)}>List</button>
      </div>
    </div>`;
  }

  protected renderPlot(scene: TimelineScene, active: number) {
    const { width, height, vertical } = scene;
    const ring = markBox(scene, active);
    return html`<svg
        part="svg"
        viewBox="0 0 ${width} ${height}"
        width=${width}
        height=${height}
        role="img"
        aria-label=${this.accessibleLabel(scene)}
        @click=${this.#onSvgClick}
        @pointerdown=${this.#startGesture}
        @pointermove=${this.#moveGesture}
        @pointerup=${this.#endGesture}
        @pointercancel=${this.#endGesture}
        @wheel=${this.#wheel}
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
          ({ box, label: count }, i) => svg`<g class="cluster" part="cluster" data-cluster=${i}>
            ${rect(box, 7)} ${label(box.x + box.width / 2, box.y + box.height / 2, 'middle', count, 'small')}
          </g>`,
        )}
        ${ring ? rect({ x: ring.x - 3, y: ring.y - 3, width: ring.width + 6, height: ring.height + 6 }, 5, 'focus-ring') : nothing}
      </svg>
      ${this.#renderDetail(scene)}`;
  }

  #renderDetail(scene: TimelineScene) {
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
            <button type="button" aria-label="Close details" @click=${this.#closeDetail}>×</button>
          </div>
          <p class="meta"><time datetime=${event.start}>${formatEventDate(event, scene.locale)}</time>${label ? ` · ${label}` : ''}</p>
          <p dir="auto">${event.description}</p>
          ${event.source || event.href ? html`<p class="meta">Source: ${sourceLink(event)}</p>` : nothing}`
        : nothing
    }</div>`;
  }
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
  const { events, data, locale } = scene;
  return html`<section id="list" class="list" part="list" aria-label="Timeline as a list">
    <ol>
      ${events.map(
        (e) => html`<li>
          <time datetime=${e.start}>${formatEventDate(e, locale)}</time>: <strong dir="auto">${e.title}</strong> ${categoryLabel(scene, e) ?? ''}
          <span dir="auto">${e.description}</span>
          ${e.source || e.href ? html`<span class="meta">(${sourceLink(e)})</span>` : nothing}
        </li>`,
      )}
    </ol>
    ${
      data.eras.length
        ? html`<strong>Eras</strong>
          <ul>
            ${data.eras.map((era) => html`<li>${formatEventDate(era, locale)}: <strong dir="auto">${era.title}</strong> <span dir="auto">${era.description}</span></li>`)}
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
