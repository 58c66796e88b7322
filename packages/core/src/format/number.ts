/** Number formatting through memoized Intl factories keyed by locale and options; never `toString()`. */
import { memo } from './memo.js';

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return memo(`${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** 6,378 in English, ٦٬٣٧٨ where the locale writes Arabic-Indic digits. */
export function formatNumber(locale: string, value: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** Axis ticks: compact above ten thousand (12K), plain below. */
export function formatTick(locale: string, value: number): string {
  return Math.abs(value) >= 10_000 ? numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value) : formatNumber(locale, value);
}

/** A year without digit grouping (2014, not 2,014), in the locale's digits. */
export function formatYear(locale: string, year: number): string {
  return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 }).format(year);
}

/** "a, b and c" in the locale's words. */
export function formatList(locale: string, items: readonly string[]): string {
  return memo(`l${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}
