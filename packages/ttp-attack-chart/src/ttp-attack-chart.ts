/** <ttp-attack-chart>: yearly values as bars or a line, with annotations, ranges and parts. */
import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import {
  CvElement,
  LastResult,
  delimiterOf,
  numberStylesFor,
  PlotBoxController,
  boxStyles,
  readNumber,
  readWholeNumber,
  defineElement,
  truncateText,
  type InteractiveScene,
  type LayoutContext,
  type Parsed,
  type Read,
  type SceneDescription,
} from '@conflict-viz/core';
import {
  CHART_TYPES,
  CURVES,
  METRIC_FIELDS,
  METRIC_UNITS,
  METRICS,
  describeAttackChart,
  describeAttackChartLabel,
  describeAttackChartTable,
  describeYear,
  filterYears,
  indexAtX,
  layoutAttackChart,
  parseAnnotations,
  parseAttackChartData,
  type AttackChartData,
  type AttackChartScene,
  type Bar,
  type ChartType,
  type Curve,
  type FieldMapping,
  type Metric,
  type ParsedAnnotation,
  type StackPart,
  type YearRow,
} from './ttp-attack-chart.model.js';
import { attackChartPreset } from './ttp-attack-chart.preset.js';
import { attackChartStyles } from './ttp-attack-chart.styles.js';
import type { AttackChartAnnotation, AttackChartRow, AttackChartSelection } from './ttp-attack-chart.types.js';

/** What the rows are read with: the metric (which picks the article's series), the fields, and the years kept. */
interface ChartParseOptions extends FieldMapping {
  readonly metric: Metric;
  readonly parts: readonly StackPart[];
  readonly from?: number;
  readonly to?: number;
  /** Numbers in text are read in this locale's style (and the file's, and plain English). */
  readonly locale: string;
  readonly valueFieldGiven: boolean;
}

interface ChartOptions {
  readonly parse: ChartParseOptions;
  readonly type: ChartType;
  readonly curve: Curve;
  readonly stacked: boolean;
  /** `value-label`; undefined when it is not set (the value field the data was read with, the column found, else the metric's noun). */
  readonly unit?: string;
  readonly max: number;
  /** Undefined when none are given: the article's moments go with the article's data. */
  readonly annotations?: readonly ParsedAnnotation[];
}

interface ChartData {
  readonly data: AttackChartData;
  readonly rows: readonly YearRow[];
  /** The author's `value-field` these rows were read with: a rejected one must not rename the values kept drawn. */
  readonly valueField?: string;
}

type ChartScene = AttackChartScene & InteractiveScene;

const NO_ANNOTATIONS: readonly ParsedAnnotation[] = [];

/** Longer "field names" are refused: no data file has them, and they would end up in every message. */
const MAX_FIELD_NAME = 100;
/** Longer than any axis title: a 2 MB `value-label` is refused with the limit, not drawn cut short. */
const MAX_VALUE_LABEL = 200;

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
 * @fires {CvSelectEvent<AttackChartSelection>} cv-select - A year was chosen by click, tap or Enter; `detail` is the year as drawn (`year`, `value`; `low`, `high` and `parts` where the data has them).
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
 * @csspart download-button - A download button of `actions` (PNG, SVG or CSV).
 * @csspart sound-button - The button of `actions="sound"` that plays the values as pitch (pressed while on).
 * @csspart table - The data table.
 *
 * @cssprop [--ttp-attack-chart-height=the plot's height for the width and room for the text] - The element's height (a length), which `conflict-viz.css` reserves before the script runs; the plot takes what the text leaves.
 * @cssprop [--ttp-attack-chart-bar-color=var(--cv-color-accent)] - Bars and the line (light theme).
 * @cssprop [--ttp-attack-chart-dark-bar-color=var(--cv-dark-color-accent)] - Bars and the line (dark theme).
 * @cssprop [--ttp-attack-chart-range-color=var(--cv-color-text)] - Low–high whiskers (light; `--ttp-attack-chart-dark-range-color` dark).
 * @cssprop [--ttp-attack-chart-annotation-color=var(--cv-color-text-muted)] - Annotation marker lines (light; `--ttp-attack-chart-dark-annotation-color` dark).
 * @cssprop [--cv-color-category-1=#1d6fb8] - First stacked part (also -2 … -6; `--cv-dark-color-category-1` … in the dark theme).
 * @cssprop [--cv-font-family=system-ui] - Font of all text.
 * @cssprop [--cv-color-text=#1b1d21] - Text colour (light theme).
 * @cssprop [--cv-dark-color-text=#e8eaed] - Text colour (dark theme); every `--cv-color-…` has its dark twin `--cv-dark-color-…`.
 * @cssprop [--cv-color-background=#ffffff] - Background colour (light theme).
 * @cssprop [--cv-dark-color-background=#17191e] - Background colour (dark theme).
 *
 * @slot - A `<table>` (header row = fields) or `<script type="application/json">` with the data;
 *   shown as is where JavaScript does not run.
 */
export class TtpAttackChart extends CvElement<ChartData, ChartOptions, ChartScene, AttackChartSelection> {
  static override styles = [...CvElement.styles, boxStyles, attackChartStyles];
  static override preset = attackChartPreset;
  static override strings = {
    ...CvElement.strings,
    keyboardHint: 'Arrow keys move between years, Home and End jump to the first and last, Enter selects.',
  };

  /** Reactive properties and their attributes, in Lit's static form (no decorator code in the bundles); `state: true` marks internal state. */
  static override properties: PropertyDeclarations = {
    type: {},
    curve: {},
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
    max: {},
    annotations: {},
  };

  /** `bar` or `line`. */
  type: 'bar' | 'line' = 'bar';

  /**
   * How the line runs between years (`type="line"`): `linear` (default, straight segments),
   * `monotone-x` (smooth, never overshooting a value) or `step` (level through each year, changing
   * halfway to the next).
   */
  curve: 'linear' | 'monotone-x' | 'step' = 'linear';

  /** `events` (UCDP events), `deaths` (in those events) or `battle-deaths` (UCDP battle-related deaths, to 2023), the last two with a range. */
  metric: 'events' | 'deaths' | 'battle-deaths' = 'events';

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

  /** The value axis reaches at least this far (not negative): small multiples given one `max` share one scale. */
  max?: string | number;

  /**
   * Vertical markers: an array (or JSON text) of `{date, label, note?}` with `date` as `2014`,
   * `2014-06` or `2014-06-15`. Default: the article's moments with the article's data, none with yours;
   * `[]` removes them.
   */
  annotations?: readonly AttackChartAnnotation[] | string;

  /** Rows with a year and a value, e.g. `[{year: 2020, events: 71}]` (frameworks set this). Takes precedence over every other input. */
  declare data?: readonly AttackChartRow[];

  /** The chart's box is CSS's, from its width alone: the drawing is laid out to the plot's part of it. */
  protected override readonly plotBox = new PlotBoxController(this);
  readonly #parts = new LastResult<readonly StackPart[]>();
  readonly #barPath = new LastResult<string>();

  protected readOptions(): ChartOptions {
    const { read } = this;
    const type = read.keyword('type', this.type, CHART_TYPES);
    const curve = read.keyword('curve', this.curve, CURVES);
    const metric = read.keyword('metric', this.metric, METRICS);
    const [from, to] = read.range(this.from, this.to, (year) => readWholeNumber(year));
    const defaults = METRIC_FIELDS[metric];
    const valueField = this.#shortText('value-field', this.valueField, MAX_FIELD_NAME, 'field name');
    const parts = this.#readParts(metric, valueField);
    if (this.stackByType && !parts.length) {
      read.report('stack-by-type', `needs parts to stack: ${valueField ?? `metric "${metric}"`} has none; set stack-fields`);
    }
    const parse = {
      metric,
      yearField: this.#shortText('year-field', this.yearField, MAX_FIELD_NAME, 'field name') ?? defaults.yearField,
      valueField: valueField ?? defaults.valueField,
      valueFieldGiven: valueField !== undefined,
      locale: this.locale.locale,
      lowField: this.#shortText('low-field', this.lowField, MAX_FIELD_NAME, 'field name') ?? defaults.lowField,
      highField: this.#shortText('high-field', this.highField, MAX_FIELD_NAME, 'field name') ?? defaults.highField,
      parts,
      from,
      to,
    };
    return {
      parse,
      type,
      curve,
      stacked: this.stackByType && parts.length > 0,
      unit: this.#shortText('value-label', this.valueLabel, MAX_VALUE_LABEL, 'label'),
      // Unset or empty: 0, which every axis reaches anyway.
      max: read.option('max', readNumber(this.max || 0, { min: 0 }), 0),
      // A bad value keeps the last good one; before any, the default (none, or the article's with its data).
      annotations: this.annotations == null ? undefined : read.parsedOption('annotations', this.annotations, parseAnnotations, undefined),
    };
  }

  /**
   * A field name or label from an attribute; a blank one means the default, one longer than `max` is refused
   * with the limit (the last good one stays).
   */
  #shortText(attribute: string, value: string | undefined, max: number, noun: string): string | undefined {
    // Only a short value is trimmed: a 2 MB one is refused by its length, at no cost per update.
    if (!value || (value.length <= max && !value.trim())) return undefined;
    const read: Read<string> =
      value.length <= max ? { ok: true, value: value.trim() } : { ok: false, message: `must be a ${noun} of at most ${max} characters, got ${value.length}` };
    return this.read.option(attribute, read, undefined);
  }

  /** `stack-fields`, else the metric's parts while the values are its own (they add up to nothing else); one list while unchanged. */
  #readParts(metric: Metric, valueField?: string): readonly StackPart[] {
    const custom = this.#shortText('stack-fields', this.stackFields, MAX_FIELD_NAME * 10, 'list of field names');
    const own = !valueField || valueField === METRIC_FIELDS[metric].valueField;
    return this.#parts.get([metric, custom, own], () => (custom ? parseStackFields(custom) : own ? (METRIC_FIELDS[metric].parts ?? []) : []));
  }

  protected parseData(input: unknown, source: string, options: ChartParseOptions): Parsed<ChartData> {
    const styles = numberStylesFor(options.locale, delimiterOf(input));
    const parsed = parseAttackChartData(input, source, options, { styles, valueFieldGiven: options.valueFieldGiven });
    if (!parsed.value) return { issues: parsed.issues };
    const rows = filterYears(parsed.value, options.from, options.to);
    const valueField = options.valueFieldGiven ? options.valueField : undefined;
    return rows.value ? { value: { data: parsed.value, rows: rows.value, valueField }, issues: [], warnings: parsed.warnings } : { issues: rows.issues };
  }

  protected layout(data: ChartData, options: ChartOptions, context: LayoutContext, preset: boolean): ChartScene {
    // The article's moments go with the article's data only: on anyone else's they would be made up.
    const annotations = options.annotations ?? (preset ? attackChartPreset.annotations : NO_ANNOTATIONS);
    // The author's noun, else the column the chart found, else the metric's.
    const unit = truncateText(options.unit ?? data.valueField ?? data.data.foundValueField ?? METRIC_UNITS[options.parse.metric], 240, 12);
    const scene = layoutAttackChart(data.rows, data.data, { ...options, unit, annotations }, context);
    return {
      ...scene,
      mark: (index) => ({
        x: scene.centers[index],
        y: scene.tops[index],
        ...describeYear(scene, index),
        datum: scene.rows[index],
        // Its node covers the whole column, as the pointer does.
        box: { x: scene.centers[index] - scene.step / 2, y: scene.plot.top, width: scene.step, height: scene.plot.bottom - scene.plot.top },
      }),
      markAt: (x, y) => (y < scene.plot.top - 4 || y > scene.height ? -1 : indexAtX(scene, x)),
    };
  }

  protected describe(scene: ChartScene): SceneDescription {
    return { label: describeAttackChartLabel(scene), summary: describeAttackChart(scene), table: () => describeAttackChartTable(scene) };
  }

  /** The CSV download: the years drawn, under the data table's column names, with their values as read (not formatted). */
  protected override exportTable(scene: ChartScene) {
    return {
      columns: describeAttackChartTable(scene).columns.map((column) => column.label),
      rows: scene.rows.map((row) => [row.year, row.value, ...(scene.hasRange ? [row.low, row.high] : []), ...scene.parts.map((_, p) => row.parts?.[p])]),
    };
  }

  protected override render() {
    const scene = this.scene;
    return this.renderFrame({
      legend: scene && this.#renderLegend(scene),
      plot: scene && this.#renderPlot(scene, this.navigation.highlighted),
    });
  }

  #renderLegend(scene: ChartScene) {
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
                html`<li><span class="key-number" aria-hidden="true">${a.text}</span><span dir="auto">${a.label} (${scene.format.date(a.time, a.precision)})</span></li>`,
            )}
        </ol>`
        : nothing
    }`;
  }

  #renderPlot(scene: ChartScene, active: number) {
    const { width, height, plot } = scene;
    // The drawing is hidden from the accessibility tree: the mark nodes over it are what is read.
    return html`<svg part="svg" viewBox="0 0 ${width} ${height}" width=${width} height=${height}><g aria-hidden="true">
      ${active >= 0 ? svg`<rect class="active-column" x=${scene.centers[active] - scene.step / 2} y=${plot.top} width=${scene.step} height=${plot.bottom - plot.top}></rect>` : nothing}
      <g class="grid">
        ${scene.yTicks.map((t) => svg`<line x1=${plot.left} x2=${plot.right} y1=${t.position} y2=${t.position}></line>`)}
      </g>
      <g class="axis y" part="axis">
        ${scene.yTicks.map(
          (t) =>
            svg`<text x=${scene.rtl ? plot.right + 6 : plot.left - 6} y=${t.position} dy="0.32em" text-anchor=${scene.rtl ? 'start' : 'end'}>${t.label}</text>`,
        )}
      </g>
      ${scene.band ? svg`<path class="band" d=${scene.band}></path>` : nothing}
      <g class="marks">${scene.type === 'bar' ? this.#renderBars(scene) : this.#renderLines(scene)}</g>
      <g class="gap">
        ${scene.gapLabels.map((gap) => svg`<text x=${gap.x} y=${plot.bottom - 6} text-anchor="middle">${gap.text}</text>`)}
      </g>
      <g class="axis x" part="axis">
        <line x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
        ${scene.xTicks.map((t) => svg`<text x=${t.position} y=${plot.bottom + 16} text-anchor="middle">${t.label}</text>`)}
      </g>
      <g>
        ${scene.annotations.map(
          (a) => svg`<g class="annotation" part="annotation">
            <line x1=${a.x} x2=${a.x} y1=${a.labelY + 3} y2=${plot.bottom}></line>
            <text x=${a.labelX} y=${a.labelY} text-anchor=${a.anchor}>${a.text}</text>
          </g>`,
        )}
      </g>
      ${active >= 0 ? this.#renderFocus(scene, active) : nothing}
    </g>${this.renderMarks()}</svg>`;
  }

  #renderBars(scene: AttackChartScene) {
    const bars = scene.bars;
    if (bars.length > MAX_BAR_ELEMENTS) return svg`<path class="mark bar" part="mark" d=${this.#pathOfBars(bars)}></path>`;
    const part = (bar: Bar) => this.linked.part(scene.rows[bar.row]);
    return bars.map((bar) =>
      bar.segments.length
        ? svg`<g part=${part(bar)}>${bar.segments.map(
            (s) => svg`<rect class="mark segment cat-${s.category}" x=${bar.x} y=${s.y} width=${bar.width} height=${s.height}></rect>`,
          )}${this.#renderWhisker(bar.whisker, bar.width)}</g>`
        : svg`<g part=${part(bar)}><rect class="mark bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height}></rect>${this.#renderWhisker(
            bar.whisker,
            bar.width,
          )}</g>`,
    );
  }

  /** Many bars as one path, built once per scene: moving the focus must not rebuild it. */
  #pathOfBars(bars: readonly Bar[]): string {
    return this.#barPath.get([bars], () => bars.map((b) => `M${b.x},${b.y}h${b.width}v${b.height}h${-b.width}Z`).join(''));
  }

  #renderWhisker(whisker: AttackChartScene['bars'][number]['whisker'], barWidth: number) {
    if (!whisker || whisker.y1 === whisker.y2) return nothing;
    const cap = Math.min(8, barWidth / 2) / 2;
    return svg`<path class="whisker" d="M${whisker.x},${whisker.y1}V${whisker.y2}M${whisker.x - cap},${whisker.y1}h${cap * 2}M${whisker.x - cap},${whisker.y2}h${cap * 2}"></path>`;
  }

  #renderLines(scene: AttackChartScene) {
    const showPoints = scene.rows.length <= 200 && !scene.stacked;
    return svg`${scene.lines.map((s) => svg`<path class="mark line ${s.category >= 0 ? `cat-${s.category}` : ''}" part="mark" d=${s.path}></path>`)}
      ${showPoints ? scene.rows.map((row, i) => svg`<circle class="mark point" part=${this.linked.part(row)} cx=${scene.centers[i]} cy=${scene.tops[i]} r="3.5"></circle>`) : nothing}`;
  }

  #renderFocus(scene: AttackChartScene, index: number) {
    if (scene.type === 'line') return svg`<circle class="focus-ring" cx=${scene.centers[index]} cy=${scene.tops[index]} r="7"></circle>`;
    const width = Math.max(scene.barWidth, 6) + 4;
    const top = scene.tops[index] - 3;
    return svg`<rect class="focus-ring" x=${scene.centers[index] - width / 2} y=${top} width=${width} height=${scene.plot.bottom - top} rx="2"></rect>`;
  }
}

/** `field:Label` pairs separated by commas, e.g. `attacks_north:North,attacks_south:South`; the label defaults to the field. */
function parseStackFields(list: string): StackPart[] {
  return list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const [field, ...label] = item.split(':');
      return { field: field.trim(), label: label.join(':').trim() || field.trim() };
    });
}

defineElement('ttp-attack-chart', TtpAttackChart);

declare global {
  interface HTMLElementTagNameMap {
    'ttp-attack-chart': TtpAttackChart;
  }
}
