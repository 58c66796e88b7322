/**
 * Round calendar times for the axis and for the chronology's periods: steps of days, months,
 * quarters, years, decades and centuries, in UTC.
 */
import { utcTime } from '@conflict-viz/core/pure';
import { DAY } from './read.js';

/** Steps in months (and, under a month, in days), the smallest first. */
const MONTH_STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 6000];
const DAY_STEPS = [1, 2, 7, 14];
const MONTH = 30.44 * DAY;

/** A calendar step: where a time's step begins, and the time `n` steps on. */
export interface CalendarStep {
  floor(time: number): number;
  offset(time: number, n: number): number;
}

const monthsOf = (time: number) => new Date(time).getUTCFullYear() * 12 + new Date(time).getUTCMonth();

function monthStep(months: number): CalendarStep {
  return {
    floor: (time) => utcTime(0, Math.floor(monthsOf(time) / months) * months),
    offset: (time, n) => utcTime(0, monthsOf(time) + n * months),
  };
}

function dayStep(days: number): CalendarStep {
  const length = days * DAY;
  return { floor: (time) => Math.floor(time / length) * length, offset: (time, n) => time + n * length };
}

/** The step nearest (by ratio) to cutting [t0, t1) into `count` parts. */
export function calendarStep(t0: number, t1: number, count: number): CalendarStep {
  const target = (t1 - t0) / Math.max(1, count);
  const lengths = [...DAY_STEPS.map((d) => d * DAY), ...MONTH_STEPS.map((m) => m * MONTH)];
  const distance = (length: number) => Math.abs(Math.log(length / target));
  const nearest = lengths.reduce((best, length) => (distance(length) < distance(best) ? length : best));
  const days = DAY_STEPS.find((d) => d * DAY === nearest);
  return days === undefined ? monthStep(Math.round(nearest / MONTH)) : dayStep(days);
}

/** The round times of `step` from t0 to t1, both included. */
export function calendarTicks(t0: number, t1: number, step: CalendarStep): number[] {
  const ticks = [];
  let time = step.floor(t0);
  if (time < t0) time = step.offset(time, 1);
  for (; time <= t1; time = step.offset(time, 1)) ticks.push(time);
  return ticks;
}
