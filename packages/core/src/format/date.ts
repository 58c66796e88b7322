/** Dates at the precision they are known: a year-precision date is printed as a year, never as 1 January. */

export type DatePrecision = 'year' | 'month' | 'day';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

export function dateFormat(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, OPTIONS[precision])));
  return format;
}

/** `date` is a UTC timestamp in milliseconds. */
export function formatDate(locale: string, date: number, precision: DatePrecision): string {
  return dateFormat(locale, precision).format(date);
}
