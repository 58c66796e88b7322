/**
 * A linear scale from a zero-based domain with round ticks (d3-array's `nice` and `ticks`).
 * d3-scale's scaleLinear would bring d3-interpolate and d3-color for colour interpolation we never
 * use; the mapping itself is one line.
 */
import { nice, ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  /** Round values of the domain to label, about `count` of them. */
  readonly ticks: readonly number[];
  readonly domain: readonly [number, number];
}

/** Maps [0, niced max] onto [bottom, top] (or any range). `count` is the wanted number of ticks. */
export function linearScale(max: number, range: readonly [number, number], count = 5): LinearScale {
  const [d0, d1] = nice(0, max > 0 ? max : 1, count);
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  const scale = (value: number) => r0 + (value - d0) * k;
  return Object.assign(scale, { ticks: ticks(d0, d1, count), domain: [d0, d1] as const });
}
