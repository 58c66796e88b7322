/** Number formatting through memoized Intl factories keyed by locale and options; never `toString()`. */

const numberFormats = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** 6,378 in English, ٦٬٣٧٨ where the locale writes Arabic-Indic digits. */
export function formatNumber(locale: string, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** Axis ticks: compact above ten thousand (12K), plain below. */
export function formatTick(locale: string, value: number): string {
  return Math.abs(value) >= 10_000
    ? numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
    : formatNumber(locale, value);
}

/** A year without digit grouping (2014, not 2,014), in the locale's digits. */
export function formatYear(locale: string, year: number): string {
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 }).format(year);
}

const lists = new Map<string, Intl.ListFormat>();

/** "a, b and c" in the locale's words. */
export function formatList(locale: string, items: readonly string[]): string {
  let format = lists.get(locale);
  if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}
