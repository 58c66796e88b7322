/** Dates at the precision they are known: a year-precision date is printed as a year, never as 1 January. */
import { memo } from './memo.js';

export type DatePrecision = 'year' | 'month' | 'day';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

export function dateFormat(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  return memo(`d${locale}|${precision}`, () => new Intl.DateTimeFormat(locale, OPTIONS[precision]));
}

/** `date` is a UTC timestamp in milliseconds. */
export function formatDate(locale: string, date: number, precision: DatePrecision): string {
  return dateFormat(locale, precision).format(date);
}
