/**
 * The chart's scales: years along x, one slot per calendar year so that gaps in the data stay gaps;
 * values along y from zero, with round ticks.
 */
import { scaleBand } from 'd3-scale';
import { linearScale, type LayoutContext } from '@conflict-viz/core/pure';
import type { YearRow } from './data.js';

/** Font size of every text in the chart, in px. */
export const FONT = 12;

export interface ValueAxis {
  /** The largest value (at least 1), and about how many ticks the height takes. */
  readonly max: number;
  readonly count: number;
  readonly ticks: readonly number[];
  readonly labels: readonly string[];
  readonly labelWidth: number;
}

/**
 * The value axis's ticks for a chart `height` px tall. Tick density is decided on the height before
 * the annotation lanes take their share of it, so ticks depend on the data and height alone.
 */
export function valueAxis(rows: readonly YearRow[], hasRange: boolean, height: number, { format, measure }: LayoutContext, atLeast = 1): ValueAxis {
  const count = Math.max(2, Math.round((height - 80) / 60));
  // A loop, not Math.max(...rows): 100,000 arguments overflow the stack. `atLeast`: a scale shared by small
  // multiples; data above it still gets its whole bar.
  let max = Math.max(1, atLeast);
  for (const r of rows) max = Math.max(max, hasRange ? (r.high ?? r.value) : r.value);
  // The range is set once the top margin is known; ticks only depend on the domain.
  const ticks = linearScale(max, [0, 1], count).ticks;
  const labels = ticks.map((v) => format.tick(v));
  return { max, count, ticks, labels, labelWidth: Math.max(0, ...labels.map((label) => measure(label, FONT))) };
}

export interface YearAxis {
  /** Width of one year's slot. */
  readonly step: number;
  /** Width of a bar: a band within its slot, or the whole slot where slots are narrow. */
  readonly barWidth: number;
  /** Slots narrower than a pixel: bars are drawn one per pixel column. */
  readonly dense: boolean;
  /** The x of a moment `fraction` (0–1) of the way through `year`, in reading direction. */
  at(year: number, fraction: number): number;
  /** The left edge of a year's slot. */
  slotLeft(year: number): number;
  /** The left edge of a year's bar: its band, or (dense) its slot. */
  barLeft(year: number): number;
}

/**
 * Years `first`–`last` from `left` to `right` (right to left on RTL pages). Bars get an outer padding
 * of a tenth of a slot and fill 80 % of their slot, or all of it where slots are under 3 px.
 *
 * Slots are evenly spaced, so a year's slot is a multiplication away. Bars are the bands of d3's band
 * scale over every year, but only while each year has a pixel or more: a band scale builds a map of
 * its whole domain, which for 100,000 years takes longer than the whole chart may (about 100 ms).
 * Narrower years are drawn per pixel column and need no bands, so the domain never exceeds the
 * plot's width in pixels.
 */
export function yearAxis(first: number, last: number, left: number, right: number, { bars, rtl }: { bars: boolean; rtl: boolean }): YearAxis {
  const years = last - first + 1;
  const outer = bars ? 0.1 : 0;
  const step = (right - left) / (years + 2 * outer);
  const dense = step < 1;
  const inner = step < 3 ? 0 : 0.2;
  const slotLeft = (year: number) => (rtl ? right - (outer + year - first + 1) * step : left + (outer + year - first) * step);
  // d3 counts the outer padding from the first and last band; here it is counted from the slots'
  // edges, half an inner padding further out.
  const bands = dense
    ? undefined
    : scaleBand<number>()
        .domain(Array.from({ length: years }, (_, i) => first + i))
        .range(rtl ? [right, left] : [left, right])
        .paddingInner(inner)
        .paddingOuter(outer + inner / 2);
  return {
    step,
    barWidth: bands ? bands.bandwidth() : step,
    dense,
    at: (year, fraction) => slotLeft(year) + step * (rtl ? 1 - fraction : fraction),
    slotLeft,
    barLeft: (year) => bands?.(year) ?? slotLeft(year),
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
