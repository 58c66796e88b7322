/**
 * The time window a timeline shows: its limits (the data with a margin, widened to `from`–`to`), the
 * initial window, and zooming and panning kept inside the limits.
 */
import { clamp } from '@conflict-viz/core/pure';
import { DAY } from './read.js';
import type { TimelineData } from './data.js';

/** The shortest window: a month, so day events stay apart at any width. */
export const MIN_SPAN = 31 * DAY;

export type TimeWindow = readonly [number, number];

export interface WindowOptions {
  /** The initial window (UTC ms), from the `from` and `to` attributes. */
  readonly from?: number;
  readonly to?: number;
  /** The current window after zoom and pan; absent: the initial window. */
  readonly view0?: number;
  readonly view1?: number;
}

/** The window moved inside the limits, its span kept between a month and the limits' span. */
export function clampWindow(t0: number, t1: number, limits: TimeWindow): [number, number] {
  // A request past every number (`zoomBy(1e-308)`, `panBy(1e308)`: infinite ends, a NaN span) ends at the limits.
  const width = t1 - t0;
  const middle = (t0 + t1) / 2;
  const span = clamp(Number.isNaN(width) ? Infinity : width, MIN_SPAN, limits[1] - limits[0]);
  const start = clamp(Number.isNaN(middle) ? limits[0] : middle - span / 2, limits[0], limits[1] - span);
  return [start, start + span];
}

/** The first and last instant of all events and eras, shown or hidden, so hiding a category keeps the axis. */
export function dataExtent(data: TimelineData): TimeWindow {
  let first = Infinity;
  let last = -Infinity;
  for (const e of data.events) {
    first = Math.min(first, e.t0);
    last = Math.max(last, e.t1);
  }
  for (const era of data.eras) {
    first = Math.min(first, era.t0);
    last = Math.max(last, era.t1 ?? era.t0);
  }
  return [first, last];
}

/** How far zooming out goes: the data with a margin of 3% (at least a fortnight), widened to `from`–`to`. */
export function windowLimits(data: TimelineData, { from, to }: WindowOptions): TimeWindow {
  const [first, last] = dataExtent(data);
  const margin = Math.max((last - first) * 0.03, 15 * DAY);
  return [Math.min(first - margin, from ?? Infinity), Math.max(last + margin, to ?? -Infinity)];
}

/** The window shown: as zoomed and panned, else `from`–`to`, else the limits. */
export function currentWindow(options: WindowOptions, limits: TimeWindow): TimeWindow {
  return clampWindow(options.view0 ?? options.from ?? limits[0], options.view1 ?? options.to ?? limits[1], limits);
}
