/** <ttp-attack-chart>: yearly values as bars or a line, with annotations, ranges and parts. */
import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import {
  CvElement,
  readWholeNumber,
  type DatasetText,
  defineElement,
  formatDate,
  formatNumber,
  formatYear,
  truncateText,
  type LayoutContext,
  type Parsed,
  type TableModel,
} from '@conflict-viz/core';
import { ttpYearly } from '@conflict-viz/data/ttp-yearly';
import { ttpBrdDeaths } from '@conflict-viz/data/ttp-brd-deaths';
import { ttpAnnotations } from '@conflict-viz/data/ttp-annotations';
import {
  CHART_TYPES,
  METRIC_FIELDS,
  METRIC_UNITS,
  METRICS,
  describeAttackChart,
  describeAttackChartLabel,
  describeYear,
  filterYears,
  indexAtX,
  layoutAttackChart,
  parseAnnotations,
  parseAttackChartData,
  chartHeight,
  type AttackChartData,
  type AttackChartScene,
  type Bar,
  type ChartType,
  type Metric,
  type ParsedAnnotation,
  type StackPart,
  type YearRow,
} from './ttp-attack-chart.model.js';
import { attackChartStyles } from './ttp-attack-chart.styles.js';

interface ChartOptions {
  readonly type: ChartType;
  readonly metric: Metric;
  readonly stacked: boolean;
  readonly from?: number;
  readonly to?: number;
  readonly unit: string;
  readonly yearField: string;
  readonly valueField: string;
  readonly lowField?: string;
  readonly highField?: string;
  readonly parts: readonly StackPart[];
  readonly annotations: readonly ParsedAnnotation[];
}

interface ChartData {
  readonly data: AttackChartData;
  readonly rows: readonly YearRow[];
}

const NO_ANNOTATIONS: readonly ParsedAnnotation[] = [];

// ---- the article's defaults per metric: data and text, shown only while the element is given no data ----

const GED_SOURCE = { source: 'UCDP Georeferenced Event Dataset 22.1 (CC BY 4.0)', sourceHref: 'https://ucdp.uu.se/downloads/' };

const ARTICLE_DEFAULTS: Record<Metric, { readonly data: unknown; readonly text: DatasetText }> = {
  events: {
    data: ttpYearly,
    text: {
      heading: 'TTP-related violence in Pakistan: events per year, 2007–2021',
      description:
        'Events of organized violence in Pakistan with the Pakistani Taliban (TTP) as a side, as recorded by UCDP: attacks on civilians, clashes with other armed groups and fighting with government forces, including operations the government began. Hence events, not attacks. The article cites at least 4,657 TTP attacks for 2007–2023; this UCDP release ends in December 2021.',
      ...GED_SOURCE,
    },
  },
  deaths: {
    data: ttpYearly,
    text: {
      heading: 'Deaths in TTP-related violence in Pakistan, 2007–2021',
      description:
        'Deaths in UCDP events involving the Pakistani Taliban (TTP), government operations against it included, best estimate with the low–high range. UCDP GED 22.1, released in 2022, ends in December 2021.',
      ...GED_SOURCE,
    },
  },
  'battle-deaths': {
    data: ttpBrdDeaths,
    text: {
      heading: 'Battle-related deaths, Government of Pakistan – TTP, 2007–2023',
      description:
        'Deaths in fighting between the government and the Pakistani Taliban (TTP), including in Afghanistan, per year as UCDP counts them, best estimate with the low–high range. A different measure from events: attacks on civilians and clashes between armed groups are not in it.',
      source: 'UCDP Battle-Related Deaths Dataset 24.1 (CC BY 4.0); Davies, Engström, Pettersson & Öberg (2024), Journal of Peace Research 61(4)',
      sourceHref: 'https://ucdp.uu.se/downloads/',
    },
  },
};

/** Longer "field names" are refused: no data file has them, and they would end up in every message. */
const MAX_FIELD_NAME = 100;

/** Bars that are drawn as one path instead of one element each: beyond this, DOM size dominates. */
const MAX_BAR_ELEMENTS = 200;

/**
 * TTP violence in Pakistan per year, from the Uppsala Conflict Data Program, as bars or a line;
 * or any yearly series a newsroom gives it.
 *
 * Data is an array of rows with a year and a value, e.g. `[{"year": 2020, "events": 71}]`. By default
 * the fields are those of the UCDP table (`year`, `events`, `events_state_based`…, `deaths_best`,
 * `deaths_low`, `deaths_high`); `year-field`, `value-field`, `low-field`, `high-field` and
 * `stack-fields` map other names.
 *
 * @summary Accessible yearly bar or line chart of TTP violence in Pakistan (UCDP GED 22.1).
 * @tag ttp-attack-chart
 *
 * @fires {CvSelectEvent} cv-select - A year was chosen by click, tap or Enter; `detail` is its row.
 * @fires {CvRenderEvent} cv-render - The chart was drawn; `detail` has the duration and mark count.
 * @fires {CvErrorEvent} cv-error - Input was rejected; `detail.messages` says why. The last good chart stays.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The heading.
 * @csspart description - The description under the heading.
 * @csspart error - The notice listing input problems.
 * @csspart legend - The legend of stacked parts.
 * @csspart plot - The focusable plot area.
 * @csspart svg - The chart's SVG.
 * @csspart mark - A bar, segment or point.
 * @csspart axis - An axis.
 * @csspart annotation - An annotation marker and its label.
 * @csspart tooltip - The tooltip.
 * @csspart summary - The generated text summary (visually hidden).
 * @csspart source - The source line.
 * @csspart table-button - The "Show data table" button.
 * @csspart table - The data table.
 *
 * @cssprop [--ttp-attack-chart-bar-color=var(--cv-color-accent)] - Bars and the line.
 * @cssprop [--ttp-attack-chart-range-color=var(--cv-color-text)] - Low–high whiskers.
 * @cssprop [--ttp-attack-chart-annotation-color=var(--cv-color-text-muted)] - Annotation marker lines.
 * @cssprop [--cv-color-category-1=#1d6fb8] - First stacked part (also -2 … -6).
 * @cssprop [--cv-font-family=system-ui] - Font of all text.
 * @cssprop [--cv-color-text=#1b1d21] - Text colour.
 * @cssprop [--cv-color-background=#ffffff] - Background colour.
 *
 * @slot - A `<table>` (header row = fields) or `<script type="application/json">` with the data;
 *   shown as is where JavaScript does not run.
 */
export class TtpAttackChart extends CvElement<ChartData, ChartOptions, AttackChartScene> {
  static override styles = [...CvElement.styles, attackChartStyles];

  /** Reactive properties and their attributes; `attribute: false` marks internal state. Lit's static form: no decorator code in the bundles. */
  static override properties: PropertyDeclarations = {
    type: {},
    metric: {},
    from: {},
    to: {},
    stackByType: { attribute: 'stack-by-type', type: Boolean },
    yearField: { attribute: 'year-field' },
    valueField: { attribute: 'value-field' },
    lowField: { attribute: 'low-field' },
    highField: { attribute: 'high-field' },
    stackFields: { attribute: 'stack-fields' },
    valueLabel: { attribute: 'value-label' },
    annotations: {},
  };

  /** `bar` or `line`. */
  type: string = 'bar';

  /** `events` (UCDP events), `deaths` (in those events) or `battle-deaths` (UCDP battle-related deaths, to 2023), the last two with a range. */
  metric: string = 'events';

  /** First year shown (whole number). */
  from?: string | number;

  /** Last year shown (whole number). */
  to?: string | number;

  /** Split bars into their parts (by default the UCDP types of violence) with a legend. */
  stackByType = false;

  /** Field holding the year. Default `year`. */
  yearField?: string;

  /** Field holding the value. Default `events`, or `deaths_best` with `metric="deaths"` or `"battle-deaths"`. */
  valueField?: string;

  /** Field of the low estimate. Default `deaths_low` with either deaths metric. */
  lowField?: string;

  /** Field of the high estimate. Default `deaths_high` with either deaths metric. */
  highField?: string;

  /**
   * Comma-separated fields that add up to the value, each optionally `field:Label`,
   * e.g. `stack-fields="attacks_north:North,attacks_south:South"`.
   */
  stackFields?: string;

  /** Plural noun for the values in labels and summaries, e.g. `attacks`. Defaults to the metric. */
  valueLabel?: string;

  /**
   * Vertical markers: an array (or JSON text) of `{date, label, note?}` with `date` as `2014`,
   * `2014-06` or `2014-06-15`. Replaces the default markers; `[]` removes them.
   */
  annotations?: unknown;

  /** The metric last read without error, whose article text goes with the drawn default. */
  #metric: Metric = 'events';
  #partsCache?: { key: string; value: readonly StackPart[] };
  #barPathCache?: { bars: readonly Bar[]; d: string };

  protected defaultData() {
    return ARTICLE_DEFAULTS[this.#metric].data;
  }

  protected defaultText() {
    return ARTICLE_DEFAULTS[this.#metric].text;
  }

  protected readOptions(): ChartOptions {
    const type = this.keyword('type', this.type, CHART_TYPES);
    const metric = (this.#metric = this.keyword('metric', this.metric, METRICS));
    let from = this.option('from', readWholeNumber(this.from), undefined);
    let to = this.option('to', readWholeNumber(this.to), undefined);
    if (from !== undefined && to !== undefined && from > to) {
      this.reportOption('from', `${from} is after to ${to}`);
      from = to = undefined;
    }
    const defaults = METRIC_FIELDS[metric];
    const parts = this.#readParts(metric);
    if (this.stackByType && !parts.length) {
      this.reportOption('stack-by-type', `needs parts to stack: metric "${metric}" has none; set stack-fields`);
    }
    return {
      type,
      metric,
      stacked: this.stackByType && parts.length > 0,
      from,
      to,
      unit: truncateText(this.valueLabel?.trim() || this.valueField || METRIC_UNITS[metric], 240, 12),
      yearField: this.#fieldName('year-field', this.yearField) ?? defaults.yearField,
      valueField: this.#fieldName('value-field', this.valueField) ?? defaults.valueField,
      lowField: this.#fieldName('low-field', this.lowField) ?? defaults.lowField,
      highField: this.#fieldName('high-field', this.highField) ?? defaults.highField,
      parts,
      annotations: this.parsedOption('annotations', this.annotations ?? ttpAnnotations, parseAnnotations, NO_ANNOTATIONS),
    };
  }

  /** A field name from an attribute; a blank one means the default, an absurdly long one is refused. */
  #fieldName(attribute: string, value: string | undefined): string | undefined {
    if (!value?.trim()) return undefined;
    if (value.length <= MAX_FIELD_NAME) return value.trim();
    this.reportOption(attribute, `must be a field name of at most ${MAX_FIELD_NAME} characters, got ${value.length}`);
    return undefined;
  }

  #readParts(metric: Metric): readonly StackPart[] {
    const custom = this.stackFields?.trim();
    if (custom && custom.length > MAX_FIELD_NAME * 10) {
      this.reportOption('stack-fields', `is too long: ${custom.length} characters for a list of field names`);
      return this.#partsCache?.value ?? METRIC_FIELDS[metric].parts ?? [];
    }
    const key = `${metric}|${custom ?? ''}`;
    if (this.#partsCache?.key !== key) {
      const value = custom
        ? custom
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean)
            .map((item) => {
              const [field, ...label] = item.split(':');
              return { field: field.trim(), label: label.join(':').trim() || field.trim() };
            })
        : (METRIC_FIELDS[metric].parts ?? []);
      this.#partsCache = { key, value };
    }
    return this.#partsCache.value;
  }

  protected override parseKey(o: ChartOptions): readonly unknown[] {
    return [o.metric, o.yearField, o.valueField, o.lowField, o.highField, o.parts, o.from, o.to];
  }

  protected parseData(input: unknown, source: string, options: ChartOptions): Parsed<ChartData> {
    // The default input was chosen before a later metric change; the article dataset follows the metric.
    const parsed = parseAttackChartData(source === 'default' ? ARTICLE_DEFAULTS[options.metric].data : input, source, options);
    if (!parsed.value) return { issues: parsed.issues };
    const rows = filterYears(parsed.value, options.from, options.to);
    return rows.value ? { value: { data: parsed.value, rows: rows.value }, issues: [] } : { issues: rows.issues };
  }

  protected layout(data: ChartData, options: ChartOptions, context: LayoutContext): AttackChartScene {
    return layoutAttackChart(data.rows, data.data, options, context);
  }

  protected reservedHeight(width: number): number {
    return chartHeight(width);
  }

  protected describeLabel(scene: AttackChartScene): string {
    return describeAttackChartLabel(scene);
  }

  protected describeSummary(scene: AttackChartScene): string {
    return describeAttackChart(scene);
  }

  protected keyboardHint(): string {
    return 'Arrow keys move between years, Home and End jump to the first and last, Enter selects.';
  }

  protected tooltipFor(scene: AttackChartScene, index: number) {
    return { x: scene.centers[index], y: scene.tops[index], ...describeYear(scene, index) };
  }

  protected datumAt(scene: AttackChartScene, index: number) {
    return scene.rows[index];
  }

  protected indexAt(scene: AttackChartScene, x: number, y: number): number {
    return y < scene.plot.top - 4 || y > scene.height ? -1 : indexAtX(scene, x);
  }

  protected tableModel(scene: AttackChartScene): TableModel {
    const n = (v: number | undefined) => (v === undefined ? '–' : formatNumber(scene.locale, v));
    const columns = [
      { label: 'Year', numeric: true },
      { label: capitalize(scene.unit), numeric: true },
    ];
    if (scene.hasRange) columns.push({ label: 'Low estimate', numeric: true }, { label: 'High estimate', numeric: true });
    scene.parts.forEach((part) => columns.push({ label: part.label, numeric: true }));
    const rows = scene.rows.map((row) => [
      formatYear(scene.locale, row.year),
      n(row.value),
      ...(scene.hasRange ? [n(row.low), n(row.high)] : []),
      ...scene.parts.map((_, i) => n(row.parts?.[i])),
    ]);
    const marked = [...scene.annotations]
      .sort((a, b) => a.time - b.time)
      .map((a) => `${formatDate(scene.locale, a.time, a.precision)}: ${a.label}${a.note ? ` (${a.note})` : ''}`);
    return {
      caption: this.accessibleLabel(scene),
      columns,
      rows,
      note: marked.length ? `Marked on the chart: ${marked.join('; ')}.` : undefined,
    };
  }

  protected override renderLegend(scene: AttackChartScene) {
    return html`${
      scene.stacked
        ? html`<ul part="legend" class="legend" aria-label="Legend">
          ${scene.parts.map((part, i) => html`<li><span class="swatch cat-${i}" aria-hidden="true"></span>${part.label}</li>`)}
        </ul>`
        : nothing
    }
    ${
      scene.numbered && scene.annotations.length
        ? html`<ol part="legend" class="legend annotation-key" aria-label="Marked moments">
          ${[...scene.annotations]
            .sort((a, b) => a.time - b.time)
            .map(
              (a) =>
                html`<li><span class="key-number" aria-hidden="true">${a.text}</span><span dir="auto">${a.label} (${formatDate(scene.locale, a.time, a.precision)})</span></li>`,
            )}
        </ol>`
        : nothing
    }`;
  }

  protected renderPlot(scene: AttackChartScene, active: number) {
    const { width, height, plot } = scene;
    return html`<svg part="svg" viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="img" aria-label=${this.accessibleLabel(scene)}>
      ${active >= 0 ? svg`<rect class="active-column" x=${scene.centers[active] - scene.step / 2} y=${plot.top} width=${scene.step} height=${plot.bottom - plot.top}></rect>` : nothing}
      <g class="grid" aria-hidden="true">
        ${scene.yTicks.map((t) => svg`<line x1=${plot.left} x2=${plot.right} y1=${t.position} y2=${t.position}></line>`)}
      </g>
      <g class="axis y" part="axis" aria-hidden="true">
        ${scene.yTicks.map(
          (t) =>
            svg`<text x=${scene.rtl ? plot.right + 6 : plot.left - 6} y=${t.position} dy="0.32em" text-anchor=${scene.rtl ? 'start' : 'end'}>${t.label}</text>`,
        )}
      </g>
      ${scene.band ? svg`<path class="band" d=${scene.band}></path>` : nothing}
      <g class="marks">${scene.type === 'bar' ? this.#renderBars(scene) : this.#renderLines(scene)}</g>
      <g class="axis x" part="axis" aria-hidden="true">
        <line x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
        ${scene.xTicks.map((t) => svg`<text x=${t.position} y=${plot.bottom + 16} text-anchor="middle">${t.label}</text>`)}
      </g>
      <g aria-hidden="true">
        ${scene.annotations.map(
          (a) => svg`<g class="annotation" part="annotation">
            <line x1=${a.x} x2=${a.x} y1=${a.labelY + 3} y2=${plot.bottom}></line>
            <text x=${a.labelX} y=${a.labelY} text-anchor=${a.anchor}>${a.text}</text>
          </g>`,
        )}
      </g>
      ${active >= 0 ? this.#renderFocus(scene, active) : nothing}
    </svg>`;
  }

  #renderBars(scene: AttackChartScene) {
    const bars = scene.bars;
    if (bars.length > MAX_BAR_ELEMENTS) return svg`<path class="mark bar" part="mark" d=${this.#barPath(bars)}></path>`;
    return bars.map((bar) =>
      bar.segments.length
        ? svg`<g part="mark">${bar.segments.map(
            (s) => svg`<rect class="mark segment cat-${s.category}" x=${bar.x} y=${s.y} width=${bar.width} height=${s.height}></rect>`,
          )}${this.#renderWhisker(bar.whisker, bar.width)}</g>`
        : svg`<g part="mark"><rect class="mark bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>${this.#renderWhisker(
            bar.whisker,
            bar.width,
          )}</g>`,
    );
  }

  /** Many bars as one path, built once per scene: moving the focus must not rebuild it. */
  #barPath(bars: readonly Bar[]): string {
    if (this.#barPathCache?.bars !== bars) {
      this.#barPathCache = { bars, d: bars.map((b) => `M${b.x},${b.y}h${b.width}v${b.height}h${-b.width}Z`).join('') };
    }
    return this.#barPathCache.d;
  }

  #renderWhisker(whisker: AttackChartScene['bars'][number]['whisker'], barWidth: number) {
    if (!whisker || whisker.y1 === whisker.y2) return nothing;
    const cap = Math.min(8, barWidth / 2) / 2;
    return svg`<path class="whisker" d="M${whisker.x},${whisker.y1}V${whisker.y2}M${whisker.x - cap},${whisker.y1}h${cap * 2}M${whisker.x - cap},${whisker.y2}h${cap * 2}"></path>`;
  }

  #renderLines(scene: AttackChartScene) {
    const showPoints = scene.rows.length <= 200 && !scene.stacked;
    return svg`${scene.lines.map((s) => svg`<path class="mark line ${s.category >= 0 ? `cat-${s.category}` : ''}" part="mark" d=${s.path}></path>`)}
      ${showPoints ? scene.rows.map((row, i) => svg`<circle class="mark point" part="mark" cx=${scene.centers[i]} cy=${scene.tops[i]} r="3.5"></circle>`) : nothing}`;
  }

  #renderFocus(scene: AttackChartScene, index: number) {
    if (scene.type === 'line') return svg`<circle class="focus-ring" cx=${scene.centers[index]} cy=${scene.tops[index]} r="7"></circle>`;
    const width = Math.max(scene.barWidth, 6) + 4;
    const top = scene.tops[index] - 3;
    return svg`<rect class="focus-ring" x=${scene.centers[index] - width / 2} y=${top} width=${width} height=${scene.plot.bottom - top} rx="2"></rect>`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

defineElement('ttp-attack-chart', TtpAttackChart);

declare global {
  interface HTMLElementTagNameMap {
    'ttp-attack-chart': TtpAttackChart;
  }
}
