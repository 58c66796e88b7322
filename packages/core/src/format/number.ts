/** Number formatting through memoized Intl factories keyed by locale and options; never `toString()`. */

const made = new Map<string, unknown>();

/**
 * What `create` makes for `key`, made once: Intl objects cost far more to build than to use. One map
 * serves every kind, so keys say their kind: `locale|{options}` for numbers, and a mark before the
 * locale for the rest (`d` dates, `l` lists, `|` resolved tags, `m` the timeline's months).
 */
export const memo = <T>(key: string, create: () => T): T => (made.get(key) ?? made.set(key, create()).get(key)) as T;

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return memo(`${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
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

/** "a, b and c" in the locale's words. */
export function formatList(locale: string, items: readonly string[]): string {
  return memo(`l${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}
