/**
 * The element contract's lifecycle and frame; each other job is a controller the element owns. An
 * element reads its options, parses its data, lays out and describes a scene, and renders the frame.
 */
import { html, LitElement, nothing, type PropertyDeclaration, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DataIssue, Parsed } from '../data/issues.js';
import { withoutPrototype } from '../data/own.js';
import type { DatasetText, ElementOptions, InteractiveScene, LayoutContext, Preset, SceneDescription } from '../layout/scene.js';
import { ChartSizeController } from '../controllers/size.js';
import { DataInputController } from '../controllers/data-input.js';
import { DataTableController } from '../controllers/data-table.js';
import { DownloadController } from '../controllers/downloads.js';
import { LinkedController } from '../controllers/linked.js';
import { LocaleController } from '../controllers/locale.js';
import { NavigationController } from '../controllers/navigation.js';
import { NoticeController } from '../controllers/notice.js';
import { FRAME_PARTS, OnRequestController } from '../controllers/on-request.js';
import { RenderEventController } from '../controllers/render-event.js';
import { dropUnhydratableRender, SERVER_WIDTH, ServerPassController, type PageLocale, type PageSize } from '../controllers/server-pass.js';
import { TextMeasureController } from '../controllers/text-measure.js';
import type { PlotBoxController } from '../controllers/plot-box.js';
import { TooltipController } from '../controllers/tooltip.js';
import type { ZoomPanController } from '../controllers/zoom-pan.js';
import type { CvEventTarget } from '../events/events.js';
import { frameStyles } from '../styles/frame.styles.js';
import { tokenStyles } from '../styles/tokens.styles.js';
import { adoptInDocument, connectInDocument } from './document-styles.js';
import { frameText, readFrameOptions, renderHeader, renderSource, type FrameOptions } from './frame-text.js';
import { readInlineData, type InlineData } from './inline-data.js';
import { OptionReader } from './option-reader.js';
import { ScenePipeline } from './scene-pipeline.js';
import { frameStrings, type FrameStrings } from './strings.js';
import type { ExportFormat, ExportTable, FrameParts } from './cv-element.types.js';

/**
 * `TSelect` is what the element's `cv-select` carries (the chosen row, place or event).
 * @fires {CvLinkEvent} cv-link - With `group`: a mark was chosen (or Escape cleared the choice); the group's other elements highlight what goes with it.
 * @csspart highlighted - With `group`: a mark that goes with another element's choice (beside `mark`).
 */
export abstract class CvElement<TData, TOptions extends ElementOptions, TScene extends InteractiveScene, TSelect = unknown> extends LitElement {
  static override styles = [tokenStyles, frameStyles];

  /**
   * Listeners typed by the element's events: `chart.addEventListener('cv-select', (e) => e.detail.year)`.
   * @internal
   */
  declare addEventListener: CvEventTarget<TSelect>['addEventListener'];
  /** @internal */
  declare removeEventListener: CvEventTarget<TSelect>['removeEventListener'];

  /** Lit's static form (no decorator code in the bundles); `state: true` marks internal state. */
  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    description: {},
    source: {},
    sourceHref: { attribute: 'source-href' },
    theme: { reflect: true },
    data: { attribute: false },
    dataJson: { attribute: 'data' },
    src: {},
    actions: {},
    group: {},
  };

  /**
   * Lit's accessor for each property, as a null-prototype descriptor: a page whose `Object.prototype` has
   * `value`, `writable`, `get` or `set` would otherwise make defining the element throw.
   */
  protected static override getPropertyDescriptor(name: PropertyKey, key: string | symbol, options: PropertyDeclaration) {
    const descriptor = super.getPropertyDescriptor(name, key, options);
    return descriptor && Object.assign(Object.create(null) as PropertyDescriptor, descriptor);
  }

  /** How long a `src` request may take, in ms, before it is reported as failed. For every element. */
  static fetchTimeout = 15_000;
  /** The largest `src` file accepted, in bytes. For every element. */
  static fetchMaxBytes = 5_000_000;

  /** The article's data and text, drawn only when the element is given no data. */
  static preset?: Preset<never>;

  /** Every string the frame writes. */
  static strings: FrameStrings = frameStrings;

  /** Heading above the plot; also the plot's accessible name. Defaults to the article dataset's heading. */
  heading?: string;

  /** Heading level (1–6) announced to assistive technology. */
  headingLevel: number | string = 2;

  /** One or two sentences under the heading. */
  description?: string;

  /** Source line under the plot, e.g. "UCDP GED 22.1". */
  source?: string;

  /** Link for the source line; only http(s) links are rendered. */
  sourceHref?: string;

  /** Colour theme: `light`, `dark`, or `auto` (follows the reader's system setting). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** Data as a JavaScript value (frameworks set this). Takes precedence over every other input. */
  data?: unknown;

  /**
   * Data as JSON text, for HTML authors.
   * @attr data
   */
  dataJson?: string | null;

  /** URL of a JSON or CSV file to load. A newer `src` cancels the older request. */
  src?: string;

  /**
   * Download buttons to show, space-separated: `png` (the drawing at twice its size), `svg` (standalone, for
   * print and Illustrator or Inkscape) and `csv` (the data drawn, for spreadsheets), e.g. `actions="png svg csv"`;
   * and `sound`, a button that plays the values as pitch over time, and while it is on, the value of each mark
   * the arrow keys reach (Web Audio; nothing plays before the reader presses it).
   */
  actions?: string;

  /**
   * Elements with the same group answer each other: choosing a mark highlights the marks of the others that
   * share its year or its place (part `highlighted`); Escape clears. See the README, "Linked views".
   */
  group?: string;
  protected read = new OptionReader();
  readonly #size = new ChartSizeController(this, SERVER_WIDTH);
  readonly #locale = new LocaleController(this);
  readonly #textMeasure = new TextMeasureController(this);
  protected readonly tooltip = new TooltipController(this);
  protected readonly navigation = new NavigationController(this, {
    scene: () => this.scene,
    rtl: () => this.locale.rtl,
    tooltip: this.tooltip,
    drawing: () => this.renderRoot.querySelector('.plot svg'),
    onMove: (index) => this.zoomPan?.reveal(index),
    takeKey: (event) => this.zoomPan?.handleKeydown(event) ?? false,
  });
  /** Elements with a view (the map, the timeline) zoom and pan through one. */
  declare protected readonly zoomPan?: Pick<ZoomPanController<unknown>, 'handleKeydown' | 'reveal' | 'renderHint'>;
  /**
   * Elements whose box CSS sets from the width alone (the chart, the map: `conflict-viz.css` reserves it before
   * the script runs) lay their drawing out to the plot's size, which this measures; the plot fills what the text leaves.
   */
  declare protected readonly plotBox?: PlotBoxController;

  readonly #server = new ServerPassController(this, {
    // The options read as the browser reads them, with the children a server could not read (a `src` loads already).
    hydrated: () => {
      this.read = new OptionReader();
      if (!this.src) this.#input.refresh();
    },
  });
  readonly #input = new DataInputController(this, {
    // A server reads no children: neither does the update that hydrates its render.
    readInline: () => (this.#server.active ? undefined : this.readInlineInput()),
    limits: () => ({ timeout: CvElement.fetchTimeout, maxBytes: CvElement.fetchMaxBytes }),
  });
  /** The download buttons and the data table: drawn only on request, from a module loaded then (not during a server's pass). */
  readonly #onRequest = new OnRequestController(this, () => this.#server.active, FRAME_PARTS);
  readonly #notice = new NoticeController(this, () => !!this.scene);
  readonly #pipeline = new ScenePipeline<TData, TOptions, TScene>({
    // Given no data, the element draws its preset's, for the options it is read with.
    parse: (input, source, options) => this.parseData(source === 'default' ? classOf(this).preset?.data(options as never) : input, source, options),
    layout: (data, options, context, preset) => this.layout(data, options, context, preset),
    describe: (scene) => this.describe(scene),
  });
  readonly #rendered = new RenderEventController(this, this.#pipeline, {
    // The plot's box is known once it is laid out: a drawing made for another size is made again before paint.
    redraw: () => !!this.plotBox?.measure(this.renderRoot),
  });
  readonly #table = new DataTableController(this, this.#onRequest);
  /** The marks another element of the `group` chose; `linked.part(datum)` is a mark's part names. */
  protected readonly linked = new LinkedController(this, () => this.scene);
  readonly #downloads = new DownloadController<TScene>(this, {
    scene: () => this.scene,
    table: (scene) => this.exportTable?.(scene),
    onRequest: this.#onRequest,
  });
  /** What the last update that failed threw, and the scene drawn then: told until another is drawn. */
  #internalError?: { readonly message: string; readonly scene?: TScene };
  /** The frame's attributes as last read: the heading's level and the author's source link. */
  #frame: FrameOptions = { level: '2' };

  /**
   * The drawing as `svg` (standalone: the theme's colours as attributes; heading, description and source as
   * text) or `png` (the same at twice its size), or the data drawn as `csv` (UTF-8 with a BOM; a cell a
   * spreadsheet would run as a formula starts with an apostrophe). Rejects while nothing is drawn.
   */
  toBlob(format: ExportFormat): Promise<Blob> {
    return this.#downloads.export(format);
  }

  /** `toBlob(format)`, saved as a file named after the heading, e.g. `ttp-violence-in-pakistan.png`. */
  async download(format: ExportFormat): Promise<void> {
    await this.#downloads.export(format, true);
  }

  /** The CSV download's columns and rows; without it, each mark's datum (what `cv-select` carries) is a row, its fields the columns. */
  protected exportTable?(scene: TScene): ExportTable;

  /** Read and validate this element's own attributes through `this.read`; called every update. */
  protected abstract readOptions(): TOptions;
  /** Validate raw input into the model's data. */
  protected abstract parseData(input: unknown, source: string, options: TOptions['parse']): Parsed<TData>;
  /** The pure model call: data + options + size -> scene; `preset` tells whether the data is the article's. */
  protected abstract layout(data: TData, options: TOptions, context: LayoutContext, preset: boolean): TScene;
  /** The scene's name, summary and table. */
  protected abstract describe(scene: TScene): SceneDescription;

  /** True on a server, and while the element hydrates a server's render: options are read as the server reads them. */
  protected get serverPass(): boolean {
    return this.#server.active;
  }

  protected override createRenderRoot() {
    dropUnhydratableRender(this);
    return super.createRenderRoot();
  }

  /** The width laid out for: the server's while the element hydrates a server's render. */
  protected get size(): PageSize {
    return this.#server.size(this.#size);
  }

  /** The language and direction laid out for: the server's while the element hydrates a server's render. */
  protected get locale(): PageLocale {
    return this.#server.locale(this.#locale);
  }

  /** Data written inside the element: a `<table>` or `<script type="application/json">` child; elements may read more. */
  protected readInlineInput(): InlineData | undefined {
    return readInlineData(this);
  }

  /** Every current problem: input first, then attributes. */
  get issues(): readonly DataIssue[] {
    return [...(this.#input.issues.length ? this.#input.issues : this.#pipeline.issues), ...this.read.issues];
  }

  /** What the drawn data left out of its input, and why (a spreadsheet's "Total" row); shown beside the drawing. */
  get warnings(): readonly DataIssue[] {
    return this.scene ? this.#pipeline.warnings : [];
  }

  /** Where the drawn data came from: `data property`, `data attribute`, `src`, `table`, `inline JSON` or `default`. */
  get dataSource(): string {
    return this.#pipeline.source;
  }

  /** The scene drawn: the last good one while input is bad. */
  protected get scene(): TScene | undefined {
    return this.#pipeline.scene;
  }

  /** Connected with its templates and styles made for the document it is in, an iframe's too. */
  override connectedCallback(): void {
    connectInDocument(this);
    super.connectedCallback();
  }

  /** Done once the update is drawn with what it drew on request (download buttons, an opened table), whose module may load first. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    if (!this.#onRequest.waiting) return complete;
    await this.#onRequest.ready;
    return super.getUpdateComplete();
  }

  /** Moved into another document (an iframe's): its styles are made again there. */
  adoptedCallback(): void {
    adoptInDocument(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#rendered.begin();
    this.#server.begin();
    try {
      this.#input.update(changed);
      this.#notice.begin(changed);
      this.read.begin();
      this.#frame = readFrameOptions(this.read, this);
      this.#downloads.read(this.read, this.actions);
      if (this.#pipeline.update(this.#input.input, this.readOptions(), this.#layoutContext())) this.#rendered.newScene();
    } catch (error) {
      // A model bug must not take the page down: report it and keep the last scene.
      this.#internalError = { message: error instanceof Error ? error.message : String(error), scene: this.scene };
    }
    // Said while the scene it left is drawn: a focus or a hover that lays nothing out again must not hide it.
    if (this.#internalError && this.#internalError.scene === this.scene) this.read.report('internal error', this.#internalError.message);
  }

  /** The server lays out 640 px wide with estimated text; the page, to the plot's box where the element has one. */
  #layoutContext(): LayoutContext {
    const measure = this.#server.measure(this.#textMeasure.measure);
    const size = this.plotBox && !this.#server.active ? this.plotBox.layoutSize(this.size.width) : { width: this.size.width };
    return { ...size, rtl: this.locale.rtl, measure, format: this.locale.format };
  }

  /** Heading, description and source of the article dataset while it is drawn; nothing otherwise. */
  #presetText(): DatasetText {
    const { options, source } = this.#pipeline;
    // Without a prototype: a key the preset leaves out (or user data, which has none) is never a polluted page's.
    return withoutPrototype((options && source === 'default' && classOf(this).preset?.text(options as never)) || {});
  }

  /** The plot's accessible name: the heading, the article's heading, or a generated description of the scene. */
  protected get accessibleLabel(): string {
    return this.heading || this.#presetText().heading || this.#pipeline.description?.label || classOf(this).strings.plotName;
  }

  /** Every mark as a focusable, named node, for the element to place over its drawing. */
  protected renderMarks() {
    return this.navigation.renderMarks();
  }

  /** The frame: heading, description, notice, legend, plot (summary, keyboard help, drawing, marks, tooltip, end), source, data table. */
  protected renderFrame({ reservedHeight, legend, plot, after }: FrameParts): TemplateResult {
    const { scene, navigation, tooltip } = this;
    const en = this.locale.generatedLang;
    const { strings } = classOf(this);
    const text = this.#presetText();
    const words = frameText(this, text, en);
    // The author's link as read with the options (the last good one while it is bad), else the article's.
    const sourceHref = this.sourceHref ? this.#frame.href : text.sourceHref;
    const described = this.#pipeline.description;
    const mark = navigation.activeMark;
    // The plot is named by what it is (the heading is read once, as the heading).
    const label = described?.label ?? strings.plotName;
    // The notice is above the frame's box, so a drawing kept under it keeps its size. Inline styles go through
    // `.style` (the CSSOM), never the style attribute, which a strict CSP blocks.
    return html`<div part="base" class="base">
        <div class="contents" lang=${ifDefined(en)} dir=${ifDefined(en && 'auto')}>${this.#notice.render()}</div>
        <div class=${this.plotBox?.frameClass(!!scene && this.#pipeline.source === 'default') ?? 'frame'}>
        ${renderHeader(words, this.#frame.level)}
        ${scene ? legend : nothing}
        <div
          part="plot"
          class="plot"
          tabindex="-1"
          role="group"
          aria-label=${label}
          aria-describedby="hint"
          aria-busy=${this.#input.loading ? 'true' : 'false'}
          .style=${this.plotBox ? '' : `min-height:${scene?.height ?? reservedHeight}px`}
          @keydown=${navigation.handleKeydown}
          @focusin=${navigation.handleFocus}
          @focusout=${navigation.handleBlur}
          @pointerdown=${navigation.handlePointerDown}
          @pointermove=${navigation.handlePointerMove}
          @pointerleave=${navigation.handlePointerLeave}
          @click=${navigation.handleClick}
        >
          <p id="summary" part="summary" class="visually-hidden" lang=${ifDefined(en)}>${described?.summary ?? ''}</p>
          <p id="hint" class="visually-hidden" lang=${ifDefined(en)}>${strings.keyboardHint}</p>
          ${scene ? plot : nothing} ${tooltip.render(mark, scene?.width ?? 0)} ${this.zoomPan?.renderHint()}
          <p class="visually-hidden" lang=${ifDefined(en)}>End of ${label}.</p>
        </div>
        <div class="visually-hidden live" aria-live="polite">${navigation.focused ? '' : tooltip.announcement(mark)} ${this.linked.said}</div>
        <div class="footer">
          ${renderSource({ source: words.source, sourceHref }, strings.source, en)} ${this.#downloads.render(this.accessibleLabel, strings, en)}
          ${this.#table.renderButton(strings, !scene, en)}
        </div>
        </div>
        ${this.#table.renderTable(described && (() => ({ caption: this.accessibleLabel, ...described.table() })), en)}
      </div>
      ${scene ? after : nothing}`;
  }
}

/** The element's own class, for its statics (preset, strings). */
const classOf = (element: LitElement) => element.constructor as typeof CvElement;
