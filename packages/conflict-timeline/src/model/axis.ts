/** The time axis: where a time falls along the plot, and round times to label, written by Intl in the page's locale. */
import { calendarStep, calendarTicks } from './calendar.js';
import type { LocaleFormat, MeasureText } from '@conflict-viz/core/pure';
import type { TimeWindow } from './window.js';

/** A time window along a stretch of the plot, both ways, and its round times. */
export interface TimeScale {
  readonly window: TimeWindow;
  /** The plot's stretch along the axis, in px from the start side (mirrored later on RTL pages). */
  readonly range: readonly [number, number];
  at(time: number): number;
  time(position: number): number;
  /** About `count` round times in the window: decades, years, months, days… */
  ticks(count: number): number[];
}

export function timeScale(window: TimeWindow, range: readonly [number, number]): TimeScale {
  const [w0, w1] = window;
  const [a0, a1] = range;
  const perMs = (a1 - a0) / (w1 - w0);
  return {
    window,
    range,
    at: (time) => a0 + (time - w0) * perMs,
    time: (position) => w0 + (position - a0) / perMs,
    ticks: (count) => calendarTicks(w0, w1, calendarStep(w0, w1, count)),
  };
}

export interface TimeTick {
  readonly time: number;
  readonly label: string;
}

/** How a tick is written: a year, a month (with its year where asked) or a day. */
function tickLabel(time: number, format: LocaleFormat, withYear: boolean): string {
  const date = new Date(time);
  if (date.getUTCDate() !== 1) return format.dateFormat({ month: 'short', day: 'numeric', timeZone: 'UTC' }, 'tick day').format(date);
  if (date.getUTCMonth() === 0) return format.year(date.getUTCFullYear());
  // A year before the common era carries its era, as LocaleFormat writes years: "Jun 300 BC".
  const era = withYear && date.getUTCFullYear() < 1 ? 'short' : undefined;
  const options: Intl.DateTimeFormatOptions = { month: 'short', timeZone: 'UTC', year: withYear ? 'numeric' : undefined, era };
  return format.dateFormat(options, withYear ? `tick month and year ${era}` : 'tick month').format(date);
}

/**
 * Round times of the scale's window to label, at least `gap` px apart: decades, years, quarters,
 * months or days, as the zoom allows. A month says its year on the first tick (and January says only
 * the year).
 */
export function timeTicks(scale: TimeScale, gap: number, format: LocaleFormat): TimeTick[] {
  const length = Math.abs(scale.range[1] - scale.range[0]);
  // Fewer are asked for until they are far enough apart.
  let ticks: number[] = [];
  for (let count = Math.max(1, Math.floor(length / gap)); count >= 1; count = Math.floor(count * 0.75)) {
    ticks = scale.ticks(count);
    const spacing = ticks.length > 1 ? Math.abs(scale.at(ticks[1]) - scale.at(ticks[0])) : Infinity;
    if (spacing >= gap || count === 1) break;
  }
  return ticks.map((time, i) => ({ time, label: tickLabel(time, format, i === 0) }));
}

/** The widest label a tick may carry ("Sep 2014"), for spacing ticks before they are chosen. */
export function widestTickLabel(format: LocaleFormat, measure: MeasureText, fontSize: number): number {
  const sample = format.dateFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' }, 'tick month and year');
  return Math.max(...[Date.UTC(2014, 8, 30), Date.UTC(2014, 4, 1), Date.UTC(2014, 0, 1)].map((t) => measure(sample.format(t), fontSize)));
}
