/**
 * The pure model of <ttp-attack-chart>: raw records -> validated yearly rows -> scene (bars or a
 * line, axes, annotations, hit areas) for a given width. No Lit, no DOM; d3 lives here.
 */
import {
  Lanes,
  bandPath,
  clamp,
  describeSeries,
  fieldTest,
  linePath,
  linearScale,
  parseRecords,
  readIsoDate,
  readNumber,
  readText,
  truncateText,
  type LayoutContext,
  type LocaleFormat,
  type MeasureText,
  type Parsed,
  type Scene,
} from '@conflict-viz/core/pure';

export const CHART_TYPES = ['bar', 'line'] as const;
export const METRICS = ['events', 'deaths', 'battle-deaths'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
export type Metric = (typeof METRICS)[number];

/** One part of a stacked total: a field of the data and its legend label. */
export interface StackPart {
  readonly field: string;
  readonly label: string;
}

/** How records are read: which field holds the year, the value, its range and its parts. */
export interface FieldMapping {
  readonly yearField: string;
  readonly valueField: string;
  /** Fields of the lower and upper estimate, drawn as whiskers (bars) or a band (line). */
  readonly lowField?: string;
  readonly highField?: string;
  /** Parts that add up to the value, drawn stacked when `stacked` is set. */
  readonly parts?: readonly StackPart[];
}

/** Field mappings of the UCDP yearly table, per metric. */
export const METRIC_FIELDS: Record<Metric, FieldMapping> = {
  events: {
    yearField: 'year',
    valueField: 'events',
    parts: [
      { field: 'events_state_based', label: 'State-based' },
      { field: 'events_non_state', label: 'Non-state' },
      { field: 'events_one_sided', label: 'One-sided (against civilians)' },
    ],
  },
  deaths: { yearField: 'year', valueField: 'deaths_best', lowField: 'deaths_low', highField: 'deaths_high' },
  // UCDP's battle-related deaths table has the same column names as the deaths of the events table.
  'battle-deaths': { yearField: 'year', valueField: 'deaths_best', lowField: 'deaths_low', highField: 'deaths_high' },
};

/** The plural noun each metric's values are counted in, when the author names none. */
export const METRIC_UNITS: Record<Metric, string> = {
  events: 'events',
  deaths: 'deaths',
  'battle-deaths': 'battle-related deaths',
};

/** Years beyond this are refused: no calendar needs them, and spans of 10^15 years only break layout. */
export const MAX_YEAR = 1_000_000;

export interface YearRow {
  readonly year: number;
  readonly value: number;
  readonly low?: number;
  readonly high?: number;
  /** Values of the mapping's parts, in order; present when the data has them. */
  readonly parts?: readonly number[];
}

export interface AttackChartData {
  readonly rows: readonly YearRow[];
  /** The parts found in the data (empty when it has none). */
  readonly parts: readonly StackPart[];
  readonly hasRange: boolean;
}

/**
 * Validate records (JSON values or CSV strings) into yearly rows sorted by year. Rejects the whole
 * input when any row is bad: a year that is not a whole number, a negative or non-numeric count,
 * a duplicate year, a range that does not contain its value, or parts that do not add up.
 */
export function parseAttackChartData(input: unknown, source: string, fields: FieldMapping): Parsed<AttackChartData> {
  const hasField = fieldTest(Array.isArray(input) ? input : []);
  const has = (field?: string) => !!field && hasField(field);
  const hasRange = has(fields.lowField) && has(fields.highField);
  const parts = (fields.parts ?? []).filter((part) => has(part.field));
  const yearRule = { integer: true, min: -MAX_YEAR, max: MAX_YEAR };
  const countRule = { min: 0 };
  const parsed = parseRecords<YearRow>(input, source, (row) => {
    const year = row.get(fields.yearField, readNumber, true, yearRule);
    const value = row.get(fields.valueField, readNumber, true, countRule);
    let low: number | undefined;
    let high: number | undefined;
    if (hasRange) {
      low = row.get(fields.lowField!, readNumber, true, countRule);
      high = row.get(fields.highField!, readNumber, true, countRule);
      if (value !== undefined && low !== undefined && high !== undefined && !(low <= value && value <= high)) {
        row.report(`range ${low}–${high} does not contain the value ${value}`, fields.lowField);
      }
    }
    const partValues = parts.length ? parts.map((part) => row.get(part.field, readNumber, true, countRule)) : undefined;
    if (value !== undefined && partValues?.every((v) => v !== undefined)) {
      const sum = (partValues as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - value) > 1e-9 * Math.max(1, value)) {
        row.report(`parts add up to ${sum}, not to ${fields.valueField} ${value}`, parts.map((p) => p.field).join(' + '));
      }
    }
    if (year === undefined || value === undefined) return undefined;
    return { year, value, low, high, parts: partValues as number[] | undefined };
  });
  if (!parsed.value) return { issues: parsed.issues };
  // Sorted by year (input order kept for equal years), so duplicates are neighbours. Input rows are
  // usually in order already, and then 100,000 of them need no index arrays.
  let rows = parsed.value;
  let order: number[] | undefined;
  if (!isSortedByYear(rows)) {
    order = rows.map((_, i) => i).sort((a, b) => parsed.value![a].year - parsed.value![b].year || a - b);
    rows = order.map((i) => parsed.value![i]);
  }
  for (let k = 1; k < rows.length; k++) {
    if (rows[k].year === rows[k - 1].year) {
      const row = (i: number) => (order ? order[i] : i) + 1;
      return { issues: [{ source, row: row(k), field: fields.yearField, message: `repeats ${rows[k].year} from row ${row(k - 1)}` }] };
    }
  }
  return { value: { rows, parts, hasRange }, issues: [] };
}

function isSortedByYear(rows: readonly YearRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i].year < rows[i - 1].year) return false;
  return true;
}

// ---- annotations ---------------------------------------------------------------------------------

export interface Annotation {
  /** ISO date at year, month or day precision. */
  readonly date: string;
  readonly label: string;
  readonly note?: string;
}

export interface ParsedAnnotation {
  readonly label: string;
  readonly note?: string;
  readonly year: number;
  /** Position within the year, 0–1: the middle of the month or day the date names. */
  readonly fraction: number;
  /** The date as written, for the tooltip. */
  readonly date: string;
  readonly precision: 'year' | 'month' | 'day';
  readonly time: number;
}

/** Validate annotations (property array or `annotations` attribute JSON). */
export function parseAnnotations(input: unknown, source = 'annotations'): Parsed<ParsedAnnotation[]> {
  if (Array.isArray(input) && input.length === 0) return { value: [], issues: [] };
  return parseRecords<ParsedAnnotation>(input, source, (row) => {
    const date = row.get('date', readIsoDate, true);
    const label = row.get('label', readText, true, 60);
    const note = row.get('note', readText, false, 300);
    if (!date || label === undefined) return undefined;
    const dayOfYear = (Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) - Date.UTC(date.year, 0, 1)) / 86_400_000;
    const daysInYear = (Date.UTC(date.year + 1, 0, 1) - Date.UTC(date.year, 0, 1)) / 86_400_000;
    const span = date.precision === 'year' ? daysInYear : date.precision === 'month' ? daysInMonth(date.year, date.month!) : 1;
    const fraction = date.precision === 'year' ? 0.5 : (dayOfYear + span / 2) / daysInYear;
    return { label, note, year: date.year, fraction, date: String(row.raw('date')).trim(), precision: date.precision, time: date.time };
  });
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// ---- layout --------------------------------------------------------------------------------------

export interface AttackChartOptions {
  readonly type: ChartType;
  readonly stacked: boolean;
  readonly from?: number;
  readonly to?: number;
  /** Plural noun for values, e.g. "events". */
  readonly unit: string;
  readonly annotations: readonly ParsedAnnotation[];
}

export interface BarSegment {
  readonly y: number;
  readonly height: number;
  /** 0-based category (part) index; colours come from tokens `--_cat-{category+1}`. */
  readonly category: number;
}

export interface Bar {
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  readonly segments: readonly BarSegment[];
  /** Whisker from the low to the high estimate. */
  readonly whisker?: { readonly x: number; readonly y1: number; readonly y2: number };
}

export interface Tick {
  readonly position: number;
  readonly label: string;
}

export interface PlacedAnnotation extends ParsedAnnotation {
  readonly x: number;
  /** Label position and anchor; `text` may be truncated (the full label is in `label`). */
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly text: string;
  readonly lane: number;
  /** Label box, for collision checks. */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface Series {
  /** Category index, or -1 for the total. */
  readonly category: number;
  readonly path: string;
}

export interface AttackChartScene extends Scene {
  readonly type: ChartType;
  readonly rtl: boolean;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** The visible rows, in year order: mark i is rows[i]. */
  readonly rows: readonly YearRow[];
  readonly parts: readonly StackPart[];
  readonly stacked: boolean;
  readonly hasRange: boolean;
  readonly unit: string;
  /** Centre x of each row's slot, and the slot width. */
  readonly centers: readonly number[];
  readonly step: number;
  /** The bars to draw: one per row, or one per pixel column where bars are narrower than a pixel. */
  readonly bars: readonly Bar[];
  /** Width of one bar. */
  readonly barWidth: number;
  /** Line mode: one series (or one per part when stacked) and the range band. */
  readonly lines: readonly Series[];
  readonly band?: string;
  /** Top y of each mark: bar or whisker top, or the line's point (the highest part's when stacked). */
  readonly tops: readonly number[];
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly annotations: readonly PlacedAnnotation[];
  /** Markers carry numbers, listed with their labels in a key (narrow layouts). */
  readonly numbered: boolean;
  /** Numbers and years in the page's locale. */
  readonly format: LocaleFormat;
}

const FONT = 12;
const LANE_HEIGHT = 16;

/**
 * Height of the whole SVG for a container width: wide charts are flatter, narrow ones keep enough
 * height to read. It depends on the width alone, so the element reserves it before data arrives.
 */
export function chartHeight(width: number): number {
  return Math.round(clamp(width * 0.5, 280, 440));
}

/** Rows within `from`–`to`, or an issue naming both when none remain. */
export function filterYears(data: AttackChartData, from?: number, to?: number): Parsed<readonly YearRow[]> {
  const rows = data.rows.filter((row) => (from === undefined || row.year >= from) && (to === undefined || row.year <= to));
  if (rows.length) return { value: rows, issues: [] };
  const first = data.rows[0].year;
  const last = data.rows[data.rows.length - 1].year;
  const range = `${from ?? first}–${to ?? last}`;
  return { issues: [{ source: 'from/to', message: `no data in ${range}; the data covers ${first}–${last}` }] };
}

/** The scene of a chart: everything the template draws, in SVG coordinates with 1 unit = 1 CSS px. */
export function layoutAttackChart(rows: readonly YearRow[], data: AttackChartData, options: AttackChartOptions, context: LayoutContext): AttackChartScene {
  const width = Math.max(200, Math.round(context.width));
  const { rtl, measure, format } = context;
  const stacked = options.stacked && data.parts.length > 0;
  const height = chartHeight(width);
  // Tick density is decided before the annotation lanes take their share of the height.
  const innerHeight = height - 80;

  const firstYear = rows[0].year;
  const lastYear = rows[rows.length - 1].year;
  // A loop, not Math.max(...rows): 100,000 arguments overflow the stack.
  let yMax = 1;
  for (const r of rows) yMax = Math.max(yMax, data.hasRange ? (r.high ?? r.value) : r.value);
  const tickCount = Math.max(2, Math.round(innerHeight / 60));
  // The range is set once the top margin is known; ticks only depend on the domain.
  const yTickValues = linearScale(yMax, [0, 1], tickCount).ticks;
  const yLabels = yTickValues.map((v) => format.tick(v));
  const yLabelWidth = Math.max(0, ...yLabels.map((label) => measure(label, FONT)));

  // The annotation lanes decide the top margin, and need the x scale: lay out x first with a provisional top.
  const axisSide = Math.ceil(yLabelWidth) + 10;
  const yearWidth = measure(format.year(lastYear), FONT);
  const edge = Math.ceil(yearWidth / 2) + 2;
  const left = rtl ? edge : axisSide;
  const right = width - (rtl ? axisSide : edge);
  // One slot per calendar year, so gaps in the data stay visible as gaps. Computed directly rather
  // than with scaleBand, so 100,000 years do not build a 100,000-entry domain.
  const years = lastYear - firstYear + 1;
  const outer = options.type === 'bar' ? 0.1 : 0;
  const step = (right - left) / (years + 2 * outer);
  const barWidth = step < 3 ? step : step * 0.8;
  const slotLeft = (year: number) => (rtl ? right - (outer + year - firstYear + 1) * step : left + (outer + year - firstYear) * step);
  const center = (year: number) => slotLeft(year) + step / 2;
  const yearPosition = (year: number, fraction: number) => slotLeft(year) + step * (rtl ? 1 - fraction : fraction);

  const { placed: annotations, numbered } = placeAnnotations(
    options.annotations.filter((a) => a.year >= firstYear && a.year <= lastYear),
    (a) => yearPosition(a.year, a.fraction),
    { left, right, rtl, measure },
  );
  const lanes = annotations.reduce((n, a) => Math.max(n, a.lane + 1), 0);
  const top = 8 + lanes * LANE_HEIGHT + (lanes ? 4 : 0);
  const bottom = height - FONT - 12;
  const y = linearScale(yMax, [bottom, top], tickCount);

  // Bars narrower than a pixel are drawn one per pixel column, the tallest in it: what drawing every
  // bar would show, without 100,000 elements. Every year keeps its centre and top for tooltips and focus.
  const dense = step < 1;
  const centers = new Array<number>(rows.length);
  const tops = new Array<number>(rows.length);
  const drawn = new Map<number, number>();
  rows.forEach((row, i) => {
    centers[i] = center(row.year);
    tops[i] = y(data.hasRange && row.high !== undefined ? Math.max(row.high, row.value) : row.value);
    const key = dense ? Math.floor(slotLeft(row.year)) : i;
    const tallest = drawn.get(key);
    if (tallest === undefined || row.value > rows[tallest].value) drawn.set(key, i);
  });
  const bars = [...drawn].map(([column, i]): Bar => {
    const row = rows[i];
    const x = dense ? column : slotLeft(row.year) + (step - barWidth) / 2;
    const width = dense ? 1 : barWidth;
    const segments: BarSegment[] = [];
    if (stacked && row.parts) {
      let base = 0;
      row.parts.forEach((value, category) => {
        if (value > 0) segments.push({ y: y(base + value), height: y(base) - y(base + value), category });
        base += value;
      });
    }
    const whisker = data.hasRange && row.low !== undefined && row.high !== undefined ? { x: x + width / 2, y1: y(row.low), y2: y(row.high) } : undefined;
    return { x, width, y: y(row.value), height: bottom - y(row.value), segments, whisker };
  });

  // Lines break where a year is missing.
  const lines: Series[] = [];
  let band: string | undefined;
  if (options.type === 'line') {
    const withGaps = rows.flatMap((row, i) => (i > 0 && row.year - rows[i - 1].year > 1 ? [null, i] : [i]));
    const path = (value: (row: YearRow) => number) => linePath(withGaps.map((i) => (i === null ? null : { x: centers[i], y: y(value(rows[i])) })));
    if (stacked) data.parts.forEach((_, category) => lines.push({ category, path: path((r) => r.parts?.[category] ?? 0) }));
    else lines.push({ category: -1, path: path((r) => r.value) });
    if (data.hasRange) {
      band = bandPath(withGaps.map((i) => (i === null ? null : { x: centers[i], y0: y(rows[i].low ?? rows[i].value), y1: y(rows[i].high ?? rows[i].value) })));
    }
    rows.forEach((row, i) => (tops[i] = y(stacked ? Math.max(...(row.parts ?? [row.value])) : row.value)));
  }

  return {
    width,
    height,
    marks: rows.length,
    type: options.type,
    rtl,
    plot: { left, right, top, bottom },
    rows,
    parts: data.parts,
    stacked,
    hasRange: data.hasRange,
    unit: options.unit,
    centers,
    step,
    bars,
    barWidth,
    lines,
    band,
    tops,
    xTicks: yearTicks(firstYear, lastYear, step, yearWidth).map((year) => ({ position: center(year), label: format.year(year) })),
    yTicks: yTickValues.map((v, i) => ({ position: y(v), label: yLabels[i] })),
    annotations,
    numbered,
    format,
  };
}

/**
 * Years to label: every year if they fit, else every 2nd, 5th, 10th, 20th, 50th… year, so labels
 * never touch. The step grows until the labels fit, so the number of labels is bounded by the width.
 */
export function yearTicks(first: number, last: number, step: number, labelWidth: number): number[] {
  let every = 1;
  for (let k = 0; every * step < labelWidth + 8; k++) every = [1, 2, 5][k % 3] * 10 ** Math.floor(k / 3);
  const ticks: number[] = [];
  for (let year = Math.ceil(first / every) * every; year <= last; year += every) ticks.push(year);
  if (!ticks.length) ticks.push(first);
  return ticks;
}

interface PlaceOptions {
  readonly left: number;
  readonly right: number;
  readonly rtl: boolean;
  readonly measure: MeasureText;
}

/** At most this many lanes of labels; beyond it, or when lines would cross labels, markers are numbered. */
const MAX_LANES = 3;

/**
 * Labels in lanes above the plot (lane 0 nearest the plot). No two labels overlap, and no marker
 * line, which runs from its label down through the lower lanes, crosses another label. Labels read
 * away from their marker (rightwards in LTR). When that cannot be done within three lanes, as in
 * narrow columns, each marker gets a number instead and the element lists the numbers in a key.
 */
export function placeAnnotations(
  annotations: readonly ParsedAnnotation[],
  position: (a: ParsedAnnotation) => number,
  { left, right, rtl, measure }: PlaceOptions,
): { placed: PlacedAnnotation[]; numbered: boolean } {
  const inOrder = [...annotations].sort((a, b) => a.time - b.time);
  const labels = inOrder.map((a) => {
    const x = position(a);
    const text = truncateText(a.label, right - left, FONT, measure);
    const width = measure(text, FONT);
    // Flipped to the other side of the marker when the label would leave the plot.
    let anchor: 'start' | 'end' = rtl ? 'end' : 'start';
    if (anchor === 'start' && x + 4 + width > right) anchor = 'end';
    else if (anchor === 'end' && x - 4 - width < left) anchor = 'start';
    const start = clamp(anchor === 'start' ? x + 4 : x - 4 - width, left, Math.max(left, right - width));
    return { a, x, text, width, anchor: anchor as 'start' | 'middle' | 'end', start };
  });
  let lanes = stackInLanes(labels, rtl, { maxLanes: MAX_LANES, stems: true });
  let items = labels;
  const numbered = !lanes;
  if (!lanes) {
    // Numbers are narrow: they may sit over other markers' lines.
    items = inOrder.map((a, i) => {
      const x = position(a);
      const text = String(i + 1);
      const width = measure(text, FONT);
      return { a, x, text, width, anchor: 'middle' as const, start: clamp(x - width / 2, left, right - width) };
    });
    lanes = stackInLanes(items, rtl, { stems: false })!;
  }
  const laneCount = Math.max(0, ...lanes) + 1;
  const placed = items.map((item, i) => {
    const lane = lanes[i];
    const labelY = 8 + (laneCount - 1 - lane) * LANE_HEIGHT + FONT;
    const labelX = item.anchor === 'start' ? item.start : item.anchor === 'end' ? item.start + item.width : item.start + item.width / 2;
    return {
      ...item.a,
      x: item.x,
      labelX,
      labelY,
      anchor: item.anchor,
      text: item.text,
      lane,
      box: { x: item.start, y: labelY - FONT, width: item.width, height: FONT + 3 },
    };
  });
  return { placed, numbered };
}

/**
 * Lane of each label, or undefined when one fits no lane. Labels are taken from the far end of the
 * reading direction, so a label never lies over the marker of one placed before it in a lower lane.
 */
function stackInLanes(
  items: readonly { x: number; start: number; width: number }[],
  rtl: boolean,
  options: { maxLanes?: number; stems: boolean },
): number[] | undefined {
  const lanes = new Lanes({ gap: 6, ...options });
  const order = items.map((_, i) => i).sort((i, j) => (rtl ? items[i].x - items[j].x : items[j].x - items[i].x));
  const result = new Array<number>(items.length);
  for (const i of order) {
    const { start, width, x } = items[i];
    const lane = lanes.place({ start, end: start + width, stem: x });
    if (lane < 0) return undefined;
    result[i] = lane;
  }
  return result;
}

/** The row index under an x coordinate, or -1 where there is no row (a gap year, the margins). */
export function indexAtX(scene: AttackChartScene, x: number): number {
  const { centers, step } = scene;
  if (!centers.length) return -1;
  // centers are monotonic (decreasing in RTL); binary search for the nearest.
  let lo = 0;
  let hi = centers.length - 1;
  const sign = scene.rtl ? -1 : 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sign * (centers[mid] - x) < 0) lo = mid + 1;
    else hi = mid;
  }
  const candidates = [lo - 1, lo].filter((i) => i >= 0 && i < centers.length);
  const best = candidates.reduce((a, b) => (Math.abs(centers[b] - x) < Math.abs(centers[a] - x) ? b : a));
  return Math.abs(centers[best] - x) <= step / 2 + 0.5 ? best : -1;
}

/** Accessible name when the author gives no heading. */
export function describeAttackChartLabel(scene: AttackChartScene): string {
  const first = scene.format.year(scene.rows[0].year);
  const last = scene.format.year(scene.rows[scene.rows.length - 1].year);
  return `${scene.type === 'bar' ? 'Bar' : 'Line'} chart of ${scene.unit} per year, ${first}–${last}`;
}

/** The generated summary: range, highest and lowest year, trend and latest change, parts when stacked. */
export function describeAttackChart(scene: AttackChartScene): string {
  const { format } = scene;
  let text = describeSeries(scene.rows, { format, unit: scene.unit });
  if (scene.stacked && scene.parts.length) {
    const totals = scene.parts.map((part, i) => ({ part, total: scene.rows.reduce((sum, r) => sum + (r.parts?.[i] ?? 0), 0) }));
    text += ` By type over the period: ${totals.map((t) => `${t.part.label} ${format.number(t.total)}`).join(', ')}.`;
  }
  if (scene.hasRange) text += ' Values are best estimates; the table gives the low and high estimates.';
  return text;
}

/** Tooltip lines of mark `index`. */
export function describeYear(scene: AttackChartScene, index: number): { title: string; lines: string[] } {
  const row = scene.rows[index];
  const n = (v: number) => scene.format.number(v);
  const lines = [`${n(row.value)} ${scene.unit}`];
  if (scene.hasRange && row.low !== undefined && row.high !== undefined) lines.push(`range ${n(row.low)}–${n(row.high)}`);
  if (row.parts && scene.parts.length) scene.parts.forEach((part, i) => lines.push(`${part.label}: ${n(row.parts![i])}`));
  return { title: scene.format.year(row.year), lines };
}
