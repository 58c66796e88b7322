/**
 * The chart's scene: validated rows -> bars or lines, axes and annotation labels for a width, in SVG
 * coordinates with 1 unit = 1 CSS px. d3-shape draws the lines, d3-scale's band scale the bars.
 */
import { area, curveLinear, curveMonotoneX, curveStep, line, type CurveFactory } from 'd3-shape';
import { clamp, linearScale, type LayoutContext, type LinearScale, type LocaleFormat, type Scene } from '@conflict-viz/core/pure';
import { FONT, valueAxis, yearAxis, yearTicks, type YearAxis } from './axes.js';
import { placeAnnotations, type ParsedAnnotation, type PlacedAnnotation } from './annotations.js';
import type { AttackChartData, StackPart, YearRow } from './data.js';

export const CHART_TYPES = ['bar', 'line'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
/** How a line runs between years: straight, smooth without overshooting the values, or in steps. */
export const CURVES = ['linear', 'monotone-x', 'step'] as const;
export type Curve = (typeof CURVES)[number];

const CURVE_FACTORIES: Record<Curve, CurveFactory> = { linear: curveLinear, 'monotone-x': curveMonotoneX, step: curveStep };

export interface AttackChartOptions {
  readonly type: ChartType;
  /** The line's curve; default `linear`. */
  readonly curve?: Curve;
  readonly stacked: boolean;
  readonly from?: number;
  readonly to?: number;
  /** Plural noun for values, e.g. "events". */
  readonly unit: string;
  /** The value axis reaches at least this far: charts side by side (small multiples) share one scale. */
  readonly max?: number;
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
  /** The index of the row drawn: its own, or the tallest of a pixel column's. */
  readonly row: number;
}

export interface Tick {
  readonly position: number;
  readonly label: string;
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
  /** Years between the first and the last with no row, as spans [from, to]: gaps, never zeros. */
  readonly gaps: readonly (readonly [number, number])[];
  /** The value column the chart found itself, said in the table. */
  readonly foundValueField?: string;
  /** Where a missing year's slot says "no data" on the baseline: only where the words fit the slot. */
  readonly gapLabels: readonly { readonly x: number; readonly text: string }[];
}

/** Said in a missing year's slot. */
export const NO_DATA = 'no data';
/** Missing years labelled on the plot, at most: beyond this, slots are too narrow for words anyway. */
const MAX_GAP_LABELS = 100;

/** The lowest chart drawn: axis labels, annotations and bars still have room. */
const MIN_HEIGHT = 160;

/**
 * Height of the whole SVG: the height the page gives (the element's box, less its text), else one for
 * the container's width, where wide charts are flatter and narrow ones keep enough height to read.
 */
export function chartHeight(width: number, given?: number): number {
  return Math.round(given ? Math.max(MIN_HEIGHT, given) : clamp(width * 0.5, 280, 440));
}

/** The scene of a chart: everything the template draws. `rows` are the visible rows of `data`. */
export function layoutAttackChart(rows: readonly YearRow[], data: AttackChartData, options: AttackChartOptions, context: LayoutContext): AttackChartScene {
  const width = Math.max(200, Math.round(context.width));
  const height = chartHeight(width, context.height);
  const { rtl, measure, format } = context;
  const stacked = options.stacked && data.parts.length > 0;
  const first = rows[0].year;
  const last = rows[rows.length - 1].year;

  // The y labels' width sets the side margin, so the value axis comes first; its range waits for the
  // top margin, which the annotation lanes set, and they need the x axis.
  const values = valueAxis(rows, data.hasRange, height, context, options.max);
  const yearWidth = measure(format.year(last), FONT);
  const axisSide = Math.ceil(values.labelWidth) + 10;
  const edge = Math.ceil(yearWidth / 2) + 2;
  const left = rtl ? edge : axisSide;
  const right = width - (rtl ? axisSide : edge);
  const x = yearAxis(first, last, left, right, { bars: options.type === 'bar', rtl });

  const annotations = placeAnnotations(
    options.annotations.filter((a) => a.year >= first && a.year <= last),
    (a) => x.at(a.year, a.fraction),
    { left, right, rtl, measure },
  );
  const top = annotations.top;
  const bottom = height - FONT - 12;
  const y = linearScale(values.max, [bottom, top], values.count);

  const columns = layoutColumns(rows, data, x, y, stacked, bottom);
  const gaps = yearGaps(rows);
  const lines = options.type === 'line' ? layoutLines(rows, data, columns.centers, y, stacked, options.curve ?? 'linear') : undefined;
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
    centers: columns.centers,
    step: x.step,
    bars: columns.bars,
    barWidth: x.barWidth,
    lines: lines?.series ?? [],
    band: lines?.band,
    tops: lines?.tops ?? columns.tops,
    xTicks: yearTicks(first, last, x.step, yearWidth).map((year) => ({ position: x.at(year, 0.5), label: format.year(year) })),
    yTicks: values.ticks.map((v, i) => ({ position: y(v), label: values.labels[i] })),
    annotations: annotations.placed,
    numbered: annotations.numbered,
    format,
    gaps,
    foundValueField: data.foundValueField,
    gapLabels: x.step >= measure(NO_DATA, 11) + 6 ? gapYears(gaps, MAX_GAP_LABELS).map((year) => ({ x: x.at(year, 0.5), text: NO_DATA })) : [],
  };
}

/** The first `max` missing years, one by one. */
function gapYears(gaps: readonly (readonly [number, number])[], max: number): number[] {
  const years: number[] = [];
  for (const [from, to] of gaps) for (let year = from; year <= to && years.length < max; year++) years.push(year);
  return years;
}

/** The spans of years missing between rows (sorted by year). */
export function yearGaps(rows: readonly YearRow[]): [number, number][] {
  const gaps: [number, number][] = [];
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].year - rows[i - 1].year > 1) gaps.push([rows[i - 1].year + 1, rows[i].year - 1]);
  }
  return gaps;
}

interface Columns {
  readonly centers: number[];
  /** Bar or whisker tops. */
  readonly tops: number[];
  readonly bars: Bar[];
}

/**
 * Every year's centre and top, and its bar. Bars narrower than a pixel are drawn one per pixel
 * column, the tallest in it: what drawing every bar would show, without 100,000 elements. Every
 * year keeps its centre and top for tooltips and focus.
 */
function layoutColumns(rows: readonly YearRow[], data: AttackChartData, x: YearAxis, y: LinearScale, stacked: boolean, bottom: number): Columns {
  const centers = new Array<number>(rows.length);
  const tops = new Array<number>(rows.length);
  /** The row drawn in each bar: by pixel column where dense, else each row its own. */
  const drawn = new Map<number, number>();
  rows.forEach((row, i) => {
    centers[i] = x.at(row.year, 0.5);
    tops[i] = y(data.hasRange && row.high !== undefined ? Math.max(row.high, row.value) : row.value);
    const key = x.dense ? Math.floor(x.slotLeft(row.year)) : i;
    const tallest = drawn.get(key);
    if (tallest === undefined || row.value > rows[tallest].value) drawn.set(key, i);
  });
  const bars = [...drawn].map(([column, i]): Bar => {
    const row = rows[i];
    const left = x.dense ? column : x.barLeft(row.year);
    const width = x.dense ? 1 : x.barWidth;
    const whisker = data.hasRange && row.low !== undefined && row.high !== undefined ? { x: left + width / 2, y1: y(row.low), y2: y(row.high) } : undefined;
    return { x: left, width, y: y(row.value), height: bottom - y(row.value), segments: stacked ? stackSegments(row, y) : [], whisker, row: i };
  });
  return { centers, tops, bars };
}

/** A bar's parts stacked from the baseline, in order; empty parts draw nothing. */
function stackSegments(row: YearRow, y: LinearScale): BarSegment[] {
  const segments: BarSegment[] = [];
  let base = 0;
  row.parts?.forEach((value, category) => {
    if (value > 0) segments.push({ y: y(base + value), height: y(base) - y(base + value), category });
    base += value;
  });
  return segments;
}

interface Lines {
  readonly series: Series[];
  readonly band?: string;
  /** The line's point of each year (the highest part's when stacked). */
  readonly tops: number[];
}

/** Line mode: the total (or each part when stacked) as a line, and the low–high range as a band. */
function layoutLines(rows: readonly YearRow[], data: AttackChartData, centers: readonly number[], y: LinearScale, stacked: boolean, curve: Curve): Lines {
  // Row indices, with null where a year is missing: d3-shape breaks lines and areas there.
  const withGaps: (number | null)[] = [];
  rows.forEach((row, i) => {
    if (i > 0 && row.year - rows[i - 1].year > 1) withGaps.push(null);
    withGaps.push(i);
  });
  const defined = (i: number | null) => i !== null;
  // Two decimals: what a screen can show, in half the characters of full precision.
  const path = (value: (row: YearRow) => number) =>
    line<number | null>()
      .defined(defined)
      .x((i) => centers[i!])
      .y((i) => y(value(rows[i!])))
      .curve(CURVE_FACTORIES[curve])
      .digits(2)(withGaps) ?? '';
  const series: Series[] = stacked
    ? data.parts.map((_, category) => ({ category, path: path((row) => row.parts?.[category] ?? 0) }))
    : [{ category: -1, path: path((row) => row.value) }];
  const band = data.hasRange
    ? (area<number | null>()
        .defined(defined)
        .x((i) => centers[i!])
        .y0((i) => y(rows[i!].low ?? rows[i!].value))
        .y1((i) => y(rows[i!].high ?? rows[i!].value))
        .curve(CURVE_FACTORIES[curve])
        .digits(2)(withGaps) ?? '')
    : undefined;
  const tops = rows.map((row) => y(stacked ? Math.max(...(row.parts ?? [row.value])) : row.value));
  return { series, band, tops };
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
