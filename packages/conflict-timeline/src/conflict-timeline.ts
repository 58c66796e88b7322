/** <conflict-timeline>: events and eras on a zoomable time axis, horizontal or (on phones) a vertical chronology. */
import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  CvElement,
  OnRequestController,
  ZoomPanController,
  defineElement,
  isBlank,
  quote,
  readIsoDate,
  sameValues,
  type InteractiveScene,
  type LayoutContext,
  type Parsed,
  type SceneDescription,
  type ViewPoint,
} from '@conflict-viz/core';
import {
  DEFAULT_CATEGORIES,
  HORIZONTAL_TIMELINE_HEIGHT,
  MIN_PLOT_HEIGHT,
  ORIENTATIONS,
  clampWindow,
  dateExtent,
  describeTimeline,
  describeTimelineLabel,
  describeTable,
  isVertical,
  layoutTimeline,
  navigableTimeline,
  markBox,
  panWindow,
  parseCategories,
  parseTimelineData,
  periodWindow,
  revealInWindow,
  timeUnder,
  timelineHeight,
  toggleHidden,
  zoomWindow,
  type Cluster,
  type Orientation,
  type TimelineCategory,
  type TimelineData,
  type TimelineEvent,
  type TimelineScene,
} from './conflict-timeline.model.js';
import { timelinePreset } from './conflict-timeline.preset.js';
import { timelineStyles } from './conflict-timeline.styles.js';
import { readTimelineList } from './read-list.js';
import type { TimelineCategoryRow, TimelineInput, TimelineSelection } from './conflict-timeline.types.js';
import { renderChronology } from './render/chronology.js';
import { renderControls } from './render/controls.js';
import { renderHorizontal } from './render/horizontal.js';
import { TIMELINE_PARTS, partDrawer, prefetchParts, renderDetailPanel } from './render/on-request.js';

export { readTimelineList } from './read-list.js';

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
  /** The horizontal plot's height: what the timeline's fixed height leaves under its controls. */
  readonly height: number;
}

type TimelineView = TimelineScene & InteractiveScene;

const ZOOM_STEP = 1.5;

/** What a server takes for a colour: names, hex, and functions of numbers; nothing that ends a declaration. */
const SERVER_COLOR = /^[\w#%(),./ -]+$/;

/**
 * A timeline of events and eras: the article's chronology from 1989 to 2024 by default, or any
 * newsroom's. Horizontal from 600 px wide, every title whole beside its mark; narrower, a vertical
 * chronology (date and title of every event, the eras beside them) that the page scrolls. Mirrored
 * on right-to-left pages. Zoom and pan with the wheel holding Ctrl or ⌘ (a plain wheel scrolls the page),
 * a pinch, a drag, the buttons or the + and − keys; `from` and `to` set the first window. Crowded
 * periods become counts that come apart as you zoom in. The List button shows every event as text.
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
 * @summary Accessible, zoomable timeline of events and eras; a vertical chronology on phones, right-to-left ready.
 * @tag conflict-timeline
 *
 * @fires {CvSelectEvent<TimelineSelection>} cv-select - An event was chosen by click, tap or Enter; `detail` is the event (`id`, `start`, `end`, `precision`, `title`, `description`, `category`, `href`, `source`, and its extent `t0`–`t1` in UTC ms).
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
 * @csspart svg - The horizontal timeline's SVG.
 * @csspart axis - The time axis.
 * @csspart era - An era: its band, or in the chronology the row where it begins.
 * @csspart mark - An event: glyph, extent bar and label, or a row of the chronology.
 * @csspart cluster - The count of a crowded period; choosing it zooms in.
 * @csspart chronology - The vertical chronology of narrow containers.
 * @csspart detail - The panel with the selected event.
 * @csspart tooltip - The tooltip.
 * @csspart summary - The generated text summary (visually hidden).
 * @csspart source - The source line.
 * @csspart table-button - The "Show data table" button.
 * @csspart download-button - A download button of `actions` (PNG, SVG or CSV).
 * @csspart sound-button - The button of `actions="sound"` that plays the values as pitch (pressed while on).
 * @csspart table - The data table.
 * @csspart list - The timeline as a list: date, title, description and source of every event.
 *
 * @cssprop [--conflict-timeline-era-color=var(--cv-color-surface)] - Fill of era bands (light theme; `--conflict-timeline-dark-era-color` dark).
 * @cssprop [--conflict-timeline-label-color=var(--cv-color-text)] - Event and era labels (light theme; `--conflict-timeline-dark-label-color` dark).
 * @cssprop [--cv-color-category-1=#1d6fb8] - First category (also -2 … -6): war and politics, attacks, military operations, diplomacy, displacement, other.
 * @cssprop [--cv-font-family=system-ui] - Font of all text.
 * @cssprop [--cv-color-text=#1b1d21] - Text colour (light theme).
 * @cssprop [--cv-dark-color-text=#e8eaed] - Text colour (dark theme); every `--cv-color-…` has its dark twin `--cv-dark-color-…`.
 * @cssprop [--cv-color-background=#ffffff] - Background colour (light theme).
 * @cssprop [--cv-dark-color-background=#17191e] - Background colour (dark theme).
 *
 * @slot - An `<ol>` of events (see above), a `<table>` or a `<script type="application/json">`; shown as is where JavaScript does not run.
 */
export class ConflictTimeline extends CvElement<TimelineData, TimelineElementOptions, TimelineView, TimelineSelection> {
  static override styles = [...CvElement.styles, timelineStyles];
  static override preset = timelinePreset;
  static override strings = {
    ...CvElement.strings,
    plotName: 'Timeline',
    keptDrawing: 'The timeline shows the last valid data.',
    keyboardHint:
      'Arrow keys move between events in time order, Home and End jump to the first and last, Enter opens the details, plus and minus zoom, Shift with Left or Right moves earlier or later, 0 resets.',
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
    controlsHeight: { state: true },
  };

  /** First date of the initial window: `2001`, `2001-09` or `2001-09-11`. Default: the first event or era. */
  from?: string;

  /** Last date of the initial window, included whole (`2021` shows all of 2021). Default: the last event or era. */
  to?: string;

  /** `auto` (a vertical chronology below 600 px), `horizontal` or `vertical`. */
  orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /**
   * The categories events may name, as an array (or JSON text) of `{id, label, color, shape}`:
   * `color` is a CSS colour or a palette slot 1–6, `shape` one of `circle`, `triangle`, `square`,
   * `diamond`, `star`, `cross`. Default: `war`, `attack`, `military`, `diplomacy`, `displacement`, `other`.
   * A category the events name that is not listed is added with its name as the label and the next
   * palette colour and shape no other category of the data uses, with its own legend entry.
   */
  categories?: readonly TimelineCategoryRow[] | string;

  /** Events, or `{events, eras}` (frameworks set this). Takes precedence over every other input. */
  declare data?: TimelineInput;

  private viewRequest?: ViewRequest;
  private hiddenCategories = '';
  /** The event in the detail panel (or opened in the chronology): the one last selected. */
  private selectedId?: string;
  private listOpen = false;
  /** From the top of the controls to the top of the plot, as last drawn: the plot takes the rest of the fixed height. */
  private controlsHeight = 0;

  #goodWindow: (number | undefined)[] = [];
  /** The list and an event's details: drawn only on request, from a module loaded then (not during a server's pass). */
  readonly #parts = new OnRequestController(this, () => this.serverPass, TIMELINE_PARTS);
  readonly #drawPart = partDrawer(this.#parts);

  protected override readonly zoomPan = new ZoomPanController<Window>(this, {
    view: () => this.#window() ?? this.scene?.window ?? [0, 0],
    show: (window) => this.#show(window),
    // Never undefined: a Ctrl/⌘ + wheel over the timeline is always the timeline's, even at its limits.
    zoomed: (window, factor, at) => this.#zoomed(window, factor, at),
    // A chronology is scrolled with the page, not panned.
    panned: (window, dx) => (this.scene && !this.scene.vertical ? panWindow(this.scene, window, dx) : undefined),
    reset: () => this.resetZoom(),
    reveal: (window, index) => revealInWindow(this.scene!, window, index),
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
    prefetchParts(this);
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
    // A CSS colour as the browser reads one, but no url(): a categories list must not fetch anything. A server
    // has no CSS to ask: it (and the update that hydrates its render) takes any plain colour-like word.
    const isColor = (v: string) => (this.serverPass ? SERVER_COLOR.test(v) : CSS.supports('color', v)) && !/url\(/i.test(v);
    const categories = isBlank(this.categories)
      ? DEFAULT_CATEGORIES
      : read.parsedOption('categories', this.categories, (value) => parseCategories(value, isColor), DEFAULT_CATEGORIES);
    // A window set for other inputs is dropped: new data or a new `from` or `to` starts afresh, for good.
    if (this.viewRequest && !this.#window()) this.viewRequest = undefined;
    const height = Math.max(MIN_PLOT_HEIGHT, HORIZONTAL_TIMELINE_HEIGHT - this.controlsHeight);
    return { parse: { categories }, hidden: this.hiddenCategories, from, to, view: this.#window(), orientation, height };
  }

  /** `from` (`side` 0: its first instant) or `to` (1: its end), read once per value; a bad date is reported and the last good one kept. */
  #readDate(attribute: string, value: unknown, side: 0 | 1): number | undefined {
    if (isBlank(value)) return undefined;
    const date = this.read.value(attribute, value, readIsoDate, undefined);
    return date && dateExtent(date)[side];
  }

  protected parseData(input: unknown, source: string, { categories }: TimelineElementOptions['parse']): Parsed<TimelineData> {
    return parseTimelineData(input, source, categories);
  }

  protected layout(data: TimelineData, { parse, view, ...options }: TimelineElementOptions, context: LayoutContext): TimelineView {
    return navigableTimeline(layoutTimeline(data, { ...options, categories: parse.categories, view0: view?.[0], view1: view?.[1] }, context));
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

  /** Zoom around a time: by default the focused event if it is in the window, else the middle. */
  #zoomedAround(window: Window, factor: number, anchor?: number): Window {
    const active = this.navigation.activeMark?.datum as TimelineEvent | undefined;
    const mid = active && (active.t0 + active.t1) / 2;
    const focused = mid !== undefined && mid >= window[0] && mid <= window[1] ? mid : undefined;
    return zoomWindow(this.scene!, window, factor, anchor ?? focused);
  }

  /** A wheel or a pinch zooms around the time under it; a chronology zooms around its focused event or middle. */
  #zoomed(window: Window, factor: number, at?: ViewPoint): Window {
    const scene = this.scene!;
    return this.#zoomedAround(window, factor, at && !scene.vertical ? timeUnder(scene, at[0], window) : undefined);
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
    const panel = this.renderRoot.querySelector('.detail, .row.selected');
    const fromPanel = !event || (panel !== null && event.composedPath().includes(panel));
    this.selectedId = undefined;
    if (fromPanel) this.renderRoot.querySelector<HTMLElement>('.plot')?.focus();
  }

  /**
   * A count zooms into its period; when zooming cannot take it apart (events of the same month in
   * one lane), it opens its first event, and the detail panel steps through the rest.
   */
  #openCluster(event: Event, cluster: Pick<Cluster, 't0' | 't1' | 'first'>): void {
    // Not a choice of the mark under the pointer.
    event.stopPropagation();
    const [w0, w1] = this.scene!.window;
    const view = periodWindow(this.scene!, cluster);
    if (view[1] - view[0] < (w1 - w0) * 0.9) this.#show(view);
    else {
      this.navigation.activate(cluster.first);
      this.navigation.select();
    }
  }

  /** A row of the chronology was clicked or tapped: it opens, or closes when it was open. */
  #chooseRow(index: number): void {
    if (this.scene!.events[index].id === this.selectedId) return this.#closeDetail();
    this.navigation.activate(index);
    this.navigation.select();
  }

  // ---- rendering ------------------------------------------------------------------------------

  protected override render() {
    const scene = this.scene;
    const zoomPan = this.zoomPan;
    return this.renderFrame({
      reservedHeight: timelineHeight(isVertical(this.orientation, this.size.width)),
      legend:
        scene &&
        renderControls(scene, {
          zoomed: !!this.#window(),
          listOpen: this.listOpen,
          step: ZOOM_STEP,
          toggleCategory: (id) => (this.hiddenCategories = toggleHidden(this.hiddenCategories, id)),
          zoomBy: (factor) => zoomPan.zoomBy(factor),
          // Later is to the right, or to the left where time runs right to left.
          pan: (direction) => zoomPan.panStep(scene.rtl ? -direction : direction, 0),
          reset: () => zoomPan.reset(),
          toggleList: () => (this.listOpen = !this.listOpen),
        }),
      plot: scene && (scene.vertical ? this.#renderChronology(scene) : this.#renderPlot(scene)),
    });
  }

  #renderChronology(scene: Extract<TimelineView, { vertical: true }>) {
    return renderChronology(scene, {
      active: this.navigation.active,
      tabStop: this.navigation.tabStop,
      selectedId: this.selectedId,
      part: this.linked.part,
      choose: (index) => this.#chooseRow(index),
      openPeriod: (event, period) => this.#openCluster(event, period),
      details: (event) => this.#drawPart(scene, (parts, templates) => parts.eventDetails(templates, event)),
    });
  }

  #renderPlot(scene: Extract<TimelineView, { vertical: false }>) {
    const event = this.selectedId === undefined ? undefined : scene.data.events.find((e) => e.id === this.selectedId);
    const detail = { step: (delta: number) => this.#step(delta), close: () => this.#closeDetail() };
    return html`${renderHorizontal(scene, {
      marks: this.renderMarks(),
      gestures: this.zoomPan,
      selectedId: this.selectedId,
      part: this.linked.part,
      ring: markBox(scene, this.navigation.highlighted),
      openCluster: (e, cluster) => this.#openCluster(e, cluster),
    })}
      ${renderDetailPanel(event && this.#drawPart(scene, (parts, templates) => parts.renderDetail(templates, event, detail)))}
      ${this.listOpen ? this.#drawPart(scene, (parts, templates) => parts.renderList(templates, scene.events, scene.data.eras)) : nothing}`;
  }

  /** Done once what the update drew on request (the list, an event's details) is here too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    return this.#parts.waiting ? this.#parts.ready.then(() => super.getUpdateComplete()) : complete;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const controls = this.renderRoot.querySelector<HTMLElement>('.controls');
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    // The controls wrap to as many rows as the width needs: the plot gets the rest of the fixed height.
    // Measured here and laid out again before the browser paints, so the page never sees the difference.
    if (controls && plot) this.controlsHeight = plot.getBoundingClientRect().top - controls.getBoundingClientRect().top;
    // The chronology is scrolled by the page: the row the keys moved to comes into sight.
    if (this.scene?.vertical && this.matches(':focus-within')) this.renderRoot.querySelector('.row.active')?.scrollIntoView({ block: 'nearest' });
  }
}

defineElement('conflict-timeline', ConflictTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'conflict-timeline': ConflictTimeline;
  }
}
