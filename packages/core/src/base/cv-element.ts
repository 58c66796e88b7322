/**
 * The element contract (DESIGN.md) in one base class: data in (property, attribute, src, inline
 * children, default), validation with visible errors that keep the last good rendering, the shared
 * frame (heading, plot box, tooltip, source line, data table), keyboard and pointer navigation
 * across marks, and the cv-* events. Subclasses supply a pure model and a template.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { MutationController } from '@lit-labs/observers/mutation-controller.js';
import { formatIssue, type DataIssue, type Parsed } from '../data/issues.js';
import { readHref, readKeyword, type Read } from '../data/read.js';
import { parseJsonText } from '../data/text.js';
import { estimateTextWidth } from '../layout/text.js';
import type { DatasetText, LayoutContext, Scene, Tooltip } from '../layout/scene.js';
import { clamp } from '../layout/lanes.js';
import { ChartSizeController } from '../controllers/size.js';
import { LocaleController } from '../controllers/locale.js';
import { CvErrorEvent, CvRenderEvent, CvSelectEvent } from '../events/events.js';
import { renderDataTable, type TableModel } from '../a11y/data-table.js';
import { navigationAction } from '../a11y/keyboard.js';
import { fetchData } from './fetch-data.js';
import { readInlineData, type InlineData } from './inline-data.js';
import { frameStyles } from '../styles/frame.styles.js';
import { tokenStyles } from '../styles/tokens.styles.js';

interface Input {
  readonly value: unknown;
  readonly source: string;
}

export const THEMES = ['light', 'dark', 'auto'] as const;
const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'];
export type Theme = (typeof THEMES)[number];

export abstract class CvElement<TData, TOptions extends object, TScene extends Scene> extends LitElement {
  static override styles = [tokenStyles, frameStyles];

  /** Reactive properties and their attributes; `attribute: false` marks internal state. Lit's static form: no decorator code in the bundles. */
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
    loading: { attribute: false },
    tableOpen: { attribute: false },
    activeIndex: { attribute: false },
    tooltipShown: { attribute: false },
    input: { attribute: false },
    inputIssues: { attribute: false },
    inlineVersion: { attribute: false },
  };

  /** How long a `src` request may take, in ms, before it is reported as failed. For every element. */
  static fetchTimeout = 15_000;

  /** The largest `src` file accepted, in bytes. For every element. */
  static fetchMaxBytes = 5_000_000;

  /** Heading above the plot; also the plot's accessible name. Defaults to the article dataset's heading. */
  heading?: string;

  /** Heading level (1–6) announced to assistive technology. */
  headingLevel: string | number = 2;

  /** One or two sentences under the heading. */
  description?: string;

  /** Source line under the plot, e.g. "UCDP GED 22.1". */
  source?: string;

  /** Link for the source line; only http(s) links are rendered. */
  sourceHref?: string;

  /** Colour theme: `light`, `dark`, or `auto` (follows the reader's system setting). */
  theme: string = 'light';

  /** Data as a JavaScript value (frameworks set this). Takes precedence over every other input. */
  data?: unknown;

  /**
   * Data as JSON text, for HTML authors.
   * @attr data
   */
  dataJson?: string | null;

  /** URL of a JSON or CSV file to load. A newer `src` cancels the older request. */
  src?: string;

  /** True while `src` is loading. */
  protected loading = false;

  /** The validated data that is drawn: the last good dataset. Only willUpdate sets it, so it needs no @state. */
  protected current?: TData;

  protected tableOpen = false;
  protected activeIndex = -1;
  protected tooltipShown = false;
  private input?: Input;
  private inputIssues: readonly DataIssue[] = [];
  private inlineVersion = 0;

  protected readonly size = new ChartSizeController(this);
  protected readonly localeInfo = new LocaleController(this);
  protected scene?: TScene;

  #drawnSource = '';
  /** The validated heading level (the last good one while the attribute is bad). */
  #level = 2;
  #parseKeyUsed: readonly unknown[] = [];
  #optionIssues: DataIssue[] = [];
  readonly #lastGoodOptions = new Map<string, unknown>();
  readonly #parsedOptions = new Map<string, { raw: unknown; issues: readonly DataIssue[]; good?: { value: unknown } }>();
  #sceneKey: unknown[] = [];
  #renderStarted = 0;
  #sceneChanged = false;
  #reportedIssues = '';
  readonly #warned = new Set<string>();
  #request?: AbortController;
  #pointerActive = false;

  constructor() {
    super();
    // Inline <table> / <script type="application/json"> children can change after upgrade (a CMS filling them in).
    new MutationController(this, {
      config: { childList: true, subtree: true, characterData: true },
      callback: () => this.inlineVersion++,
      skipInitial: true,
    });
  }

  // ---- what a subclass provides -------------------------------------------------------------------

  /** The article dataset, as raw records; validated like any user input. */
  protected abstract defaultData(): unknown;
  /** Heading, description and source that go with the default dataset. */
  protected abstract defaultText(): DatasetText;
  /** Read and validate this element's own attributes with `keyword()`, `option()`…; called every update. */
  protected abstract readOptions(): TOptions;
  /** Validate raw input into the model's data. */
  protected abstract parseData(input: unknown, source: string, options: TOptions): Parsed<TData>;
  /** The pure model call: data + size + options -> scene. */
  protected abstract layout(data: TData, options: TOptions, context: LayoutContext): TScene;
  /** Height in px that the plot reserves before any data is drawn. */
  protected abstract reservedHeight(width: number): number;
  /** The SVG (or HTML) of a scene. `active` is the highlighted mark, -1 for none. */
  protected abstract renderPlot(scene: TScene, active: number): TemplateResult;
  /** Accessible name of the plot when no heading is given, e.g. "Bar chart of events per year". */
  protected abstract describeLabel(scene: TScene): string;
  /** Generated summary: range, peak, trend. */
  protected abstract describeSummary(scene: TScene): string;
  protected abstract tableModel(scene: TScene): TableModel;
  protected abstract tooltipFor(scene: TScene, index: number): Tooltip | undefined;
  /** The datum sent with `cv-select`. */
  protected abstract datumAt(scene: TScene, index: number): unknown;
  /** The mark under a point in SVG coordinates, or -1. */
  protected abstract indexAt(scene: TScene, x: number, y: number): number;
  /** Keyboard help for the plot, e.g. "Arrow keys move between years". */
  protected abstract keyboardHint(): string;
  /**
   * The options `parseData` depends on; the input is parsed again only when one of them changes
   * (compared one by one), so a zoom step or a new theme does not re-read 10,000 rows.
   */
  protected abstract parseKey(options: TOptions): readonly unknown[];

  /** Data written inside the element: a `<table>` or `<script type="application/json">` child; elements may read more. */
  protected readInlineInput(): InlineData | undefined {
    return readInlineData(this);
  }

  /** Legend or other controls shown between the heading and the plot. */
  protected abstract renderLegend(scene: TScene): TemplateResult | typeof nothing;

  // ---- option readers: they report a bad value and fall back to the last good one ---------------

  /** One of a fixed set of keywords; `attribute` names it in the error. */
  protected keyword<K extends string>(attribute: string, value: unknown, allowed: readonly K[]): K {
    return this.option(attribute, readKeyword(value, allowed), allowed[0]);
  }

  /** Report an option problem found across several attributes (e.g. `from` after `to`). */
  protected reportOption(attribute: string, message: string): void {
    this.#optionIssues.push({ source: attribute, message });
  }

  /**
   * A structured option (an array from a property, or JSON text from an attribute) read by `parse`
   * once per value. Its problems are reported on every update, and while the value is bad the last
   * good one (or `fallback`) is used.
   */
  protected parsedOption<T>(attribute: string, raw: unknown, parse: (value: unknown) => Parsed<T>, fallback: T): T {
    let entry = this.#parsedOptions.get(attribute);
    if (!entry || entry.raw !== raw) {
      const json = typeof raw === 'string' ? parseJsonText(raw, attribute) : { value: raw, issues: [] };
      const parsed = json.issues.length ? json : parse(json.value);
      const good = parsed.issues.length || parsed.value === undefined ? entry?.good : { value: parsed.value };
      this.#parsedOptions.set(attribute, (entry = { raw, issues: parsed.issues, good }));
    }
    this.#optionIssues.push(...entry.issues);
    return entry.good ? (entry.good.value as T) : fallback;
  }

  /**
   * An option as `read` found it (e.g. `readWholeNumber(this.from)`): its value, or, when bad, the
   * problem reported under `attribute` and the last good value (at first `fallback`).
   */
  protected option<T>(attribute: string, read: Read<T>, fallback: T): T {
    if (read.ok) {
      this.#lastGoodOptions.set(attribute, read.value);
      return read.value;
    }
    this.#optionIssues.push({ source: attribute, message: read.message });
    return (this.#lastGoodOptions.has(attribute) ? this.#lastGoodOptions.get(attribute) : fallback) as T;
  }

  // ---- lifecycle ----------------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
    this.#request = undefined;
    this.loading = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A reconnected element whose src was aborted on disconnect loads it again.
    if (this.hasUpdated && this.src && this.#drawnSource !== 'src') this.requestUpdate('src');
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#renderStarted = performance.now();
    this.#sceneChanged = false;
    try {
      if (!this.hasUpdated || changed.has('data') || changed.has('dataJson') || changed.has('src') || changed.has('inlineVersion')) {
        this.#resolveInput();
      }
      this.#optionIssues = [];
      this.keyword('theme', this.theme, THEMES);
      this.#level = +this.option('heading-level', readKeyword(String(this.headingLevel), HEADING_LEVELS), '2');
      if (this.sourceHref) {
        const href = readHref(this.sourceHref);
        if (!href.ok) this.reportOption('source-href', href.message);
      }
      const options = this.readOptions();
      const parseKey = this.parseKey(options);
      const parseKeyChanged = parseKey.length !== this.#parseKeyUsed.length || parseKey.some((part, i) => part !== this.#parseKeyUsed[i]);
      if (this.input && (parseKeyChanged || changed.has('input'))) {
        this.#parseKeyUsed = parseKey;
        const parsed = this.parseData(this.input.value, this.input.source, options);
        if (parsed.issues.length || parsed.value === undefined) this.inputIssues = parsed.issues;
        else {
          this.current = parsed.value;
          this.#drawnSource = this.input.source;
          this.inputIssues = [];
        }
      }
      this.#updateScene(options);
    } catch (error) {
      // A model bug must not take the page down: report it and keep the last scene.
      this.#optionIssues.push({ source: 'internal error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  #updateScene(options: TOptions): void {
    if (this.current === undefined) return;
    const context: LayoutContext = { width: this.size.width, locale: this.localeInfo.locale, rtl: this.localeInfo.rtl, measure: estimateTextWidth };
    const key = [this.current, options, context.width, context.locale, context.rtl];
    if (key.every((part, i) => part === this.#sceneKey[i] || (i === 1 && shallowEqual(part, this.#sceneKey[i])))) return;
    this.#sceneKey = key;
    this.scene = this.layout(this.current, options, context);
    this.#sceneChanged = true;
    if (this.activeIndex >= this.scene.marks) this.activeIndex = this.scene.marks - 1;
  }

  protected override updated(): void {
    const issues = this.issues;
    const messages = issues.map(formatIssue);
    const report = messages.join('\n');
    if (report !== this.#reportedIssues) {
      this.#reportedIssues = report;
      if (issues.length) {
        this.dispatchEvent(new CvErrorEvent({ issues, messages }));
        if (!this.#warned.has(report)) {
          this.#warned.add(report);
          console.warn(`<${this.localName}>: ${messages.join('; ')}`);
        }
      }
    }
    if (this.#sceneChanged && this.scene) {
      this.dispatchEvent(new CvRenderEvent({ duration: performance.now() - this.#renderStarted, marks: this.scene.marks, source: this.#drawnSource }));
    }
  }

  /** Every current problem: input first, then attributes. */
  get issues(): readonly DataIssue[] {
    return [...this.inputIssues, ...this.#optionIssues];
  }

  /** Where the drawn data came from: `data property`, `data attribute`, `src`, `table`, `inline JSON` or `default`. */
  get dataSource(): string {
    return this.#drawnSource;
  }

  // ---- data in: first match wins --------------------------------------------------------------

  #resolveInput(): void {
    if (this.data != null) return this.#cancelAndUse({ value: this.data, source: 'data property' });
    if (this.dataJson != null) {
      const parsed = parseJsonText(this.dataJson, 'data attribute');
      if (parsed.issues.length) {
        this.#request?.abort();
        this.inputIssues = parsed.issues;
        return;
      }
      return this.#cancelAndUse({ value: parsed.value, source: 'data attribute' });
    }
    if (this.src) return this.#load(this.src);
    const inline = this.readInlineInput();
    if (inline?.issues.length) {
      this.inputIssues = inline.issues;
      return;
    }
    if (inline) return this.#cancelAndUse({ value: inline.value, source: inline.source });
    this.#cancelAndUse({ value: this.defaultData(), source: 'default' });
  }

  #cancelAndUse(input: Input): void {
    this.#request?.abort();
    this.loading = false;
    this.input = input;
  }

  #load(url: string): void {
    this.#request?.abort();
    if (!this.isConnected) return;
    const request = (this.#request = new AbortController());
    this.loading = true;
    const { fetchTimeout: timeout, fetchMaxBytes: maxBytes } = CvElement;
    fetchData(url, { signal: request.signal, timeout, maxBytes }).then(
      (result) => {
        if (request !== this.#request) return;
        this.loading = false;
        if (result.issues.length) this.inputIssues = result.issues;
        else this.input = { value: result.value, source: 'src' };
      },
      (error: unknown) => {
        // Aborted by a newer src or by disconnection: the newer request owns the state.
        if (request !== this.#request || request.signal.aborted) return;
        this.loading = false;
        this.inputIssues = [{ source: 'src', message: `could not be read (${error instanceof Error ? error.message : String(error)})` }];
      },
    );
  }

  // ---- rendering --------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const scene = this.scene;
    const text = this.#datasetText();
    const heading = this.heading ?? text.heading;
    const description = this.description ?? text.description;
    const label = scene ? this.accessibleLabel(scene) : heading || 'Chart';
    const tooltip = scene && this.tooltipShown && this.activeIndex >= 0 ? this.tooltipFor(scene, this.activeIndex) : undefined;
    const height = scene?.height ?? this.reservedHeight(this.size.width);
    // Inline styles are bound to the `.style` property, which sets them through the CSSOM (cssText), never
    // as the style attribute: a strict Content-Security-Policy (style-src without 'unsafe-inline') blocks
    // the attribute even when script sets it. Elements do the same (`<g .style=${`--_k:${color}`}>`).
    return html`<div part="base" class="base">
      ${heading ? html`<div part="heading" class="heading" role="heading" aria-level=${this.#level} dir="auto">${heading}</div>` : nothing}
      ${description ? html`<p part="description" class="description" dir="auto">${description}</p>` : nothing}
      ${this.#renderNotice()} ${scene ? this.renderLegend(scene) : nothing}
      <div
        part="plot"
        class="plot"
        tabindex="0"
        role="group"
        aria-label=${label}
        aria-describedby="summary hint"
        aria-busy=${this.loading ? 'true' : 'false'}
        .style=${`min-height:${height}px`}
        @keydown=${this.onKeydown}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
        @pointerdown=${this.#onPointerDown}
        @pointermove=${this.#onPointerMove}
        @pointerleave=${this.#onPointerLeave}
        @click=${this.#onClick}
      >
        ${scene ? this.renderPlot(scene, this.tooltipShown ? this.activeIndex : -1) : nothing} ${this.#renderTooltip(scene, tooltip)}
      </div>
      <p id="summary" part="summary" class="visually-hidden">${scene ? this.describeSummary(scene) : ''}</p>
      <p id="hint" class="visually-hidden">${this.keyboardHint()}</p>
      <div class="visually-hidden live" aria-live="polite">${tooltip ? tooltipText(tooltip) : ''}</div>
      <div class="footer">
        ${this.#renderSource(text)}
        <button
          part="table-button"
          type="button"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="table"
          ?disabled=${!scene}
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          ${this.tableOpen ? 'Hide data table' : 'Show data table'}
        </button>
      </div>
      ${scene && this.tableOpen ? renderDataTable(this.tableModel(scene)) : nothing}
    </div>`;
  }

  /** Heading, description and source of the article dataset while it is drawn; nothing otherwise. */
  #datasetText(): DatasetText {
    return this.#drawnSource === 'default' ? this.defaultText() : {};
  }

  /** The plot's accessible name: the heading, or a generated description of the scene. */
  protected accessibleLabel(scene: TScene): string {
    return this.heading || this.#datasetText().heading || this.describeLabel(scene);
  }

  #renderNotice() {
    const issues = this.issues;
    if (!issues.length) return nothing;
    const kept = this.scene ? ' The chart shows the last valid data.' : '';
    return html`<div part="error" class="notice" role="alert">
      <strong>${issues.length === 1 ? 'This input could not be used.' : `${issues.length} problems with this input.`}</strong>${kept}
      <ul>
        ${issues.map((issue) => html`<li dir="auto">${formatIssue(issue)}</li>`)}
      </ul>
    </div>`;
  }

  #renderSource(text: DatasetText) {
    const source = this.source ?? text.source;
    if (!source) return nothing;
    const rawHref = this.sourceHref ?? text.sourceHref;
    const href = rawHref ? readHref(rawHref) : undefined;
    return html`<p part="source" class="source">
      Source: ${href?.ok ? html`<a href=${href.value} rel="noopener noreferrer">${source}</a>` : source}
    </p>`;
  }

  #renderTooltip(scene: TScene | undefined, tooltip: Tooltip | undefined) {
    if (!scene || !tooltip) return nothing;
    // Keep the box inside the plot: clamp its centre and flip it below the anchor near the top.
    const half = Math.min(120, scene.width / 2);
    const x = clamp(tooltip.x, half, scene.width - half);
    const below = tooltip.y < 70;
    const transform = `translate(${x}px, ${tooltip.y}px) translate(-50%, ${below ? '12px' : 'calc(-100% - 12px)'})`;
    return html`<div part="tooltip" class="tooltip" aria-hidden="true" .style=${`transform:${transform}`}>
      <strong dir="auto">${tooltip.title}</strong>
      ${tooltip.lines.map((line) => html`<div dir="auto">${line}</div>`)}
    </div>`;
  }

  // ---- interaction ----------------------------------------------------------------------------

  /** Make `index` the active mark and show its tooltip. */
  protected activate(index: number): void {
    this.activeIndex = index;
    this.tooltipShown = index >= 0;
  }

  /** Fire `cv-select` for the active mark. */
  protected selectActive(): void {
    if (!this.scene || this.activeIndex < 0) return;
    this.dispatchEvent(new CvSelectEvent(this.datumAt(this.scene, this.activeIndex)));
  }

  protected onKeydown(event: KeyboardEvent): void {
    const scene = this.scene;
    // Keys pressed on a button or link inside the plot belong to it.
    if (!scene || event.composedPath()[0] !== event.currentTarget) return;
    const action = navigationAction(event.key, this.activeIndex, scene.marks, { rtl: this.localeInfo.rtl });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') this.activate(action.index);
    else if (action.kind === 'select') this.selectActive();
    else this.tooltipShown = false;
  }

  #onFocus() {
    // A pointer press focuses the plot too; it has already chosen its mark.
    if (this.#pointerActive || !this.scene?.marks) return;
    this.activate(this.activeIndex >= 0 ? this.activeIndex : 0);
  }

  #onBlur() {
    this.tooltipShown = false;
  }

  #pointToIndex(event: PointerEvent | MouseEvent): number {
    const scene = this.scene;
    const svg = this.renderRoot.querySelector('.plot svg');
    if (!scene || !svg) return -1;
    const box = svg.getBoundingClientRect();
    if (!box.width || !box.height) return -1;
    const x = ((event.clientX - box.left) * scene.width) / box.width;
    const y = ((event.clientY - box.top) * scene.height) / box.height;
    return this.indexAt(scene, x, y);
  }

  #onPointerDown(event: PointerEvent) {
    this.#pointerActive = true;
    requestAnimationFrame(() => (this.#pointerActive = false));
    if (event.pointerType !== 'mouse') {
      // A tap shows the tooltip; tapping the same mark again, or empty space, dismisses it.
      const index = this.#pointToIndex(event);
      if (index < 0 || (index === this.activeIndex && this.tooltipShown)) this.tooltipShown = false;
      else this.activate(index);
    }
  }

  #onPointerMove(event: PointerEvent) {
    if (event.pointerType !== 'mouse') return;
    const index = this.#pointToIndex(event);
    if (index >= 0) this.activate(index);
    else if (this.matches(':not(:focus-within)')) this.tooltipShown = false;
  }

  #onPointerLeave(event: PointerEvent) {
    if (event.pointerType === 'mouse' && this.matches(':not(:focus-within)')) this.tooltipShown = false;
  }

  #onClick(event: MouseEvent) {
    const index = this.#pointToIndex(event);
    if (index < 0) return;
    this.activeIndex = index;
    this.selectActive();
  }
}

function tooltipText(tooltip: Tooltip): string {
  return [tooltip.title, ...tooltip.lines].join('. ');
}

function shallowEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}
