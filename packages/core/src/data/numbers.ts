/**
 * Numbers as spreadsheets write them: "1,012" in English, "1.012" or "3,5" in German, "1 012" in
 * French, "١٬٠١٢" in Arabic. A value is read with the first of a list of styles that reads it whole:
 * the file's own (a semicolon-separated export uses a decimal comma), the element's locale, then plain
 * English. Digit groups must be whole (three digits, or Indian lakh groups where the locale writes
 * them), so "3,5" is never read as thirty-five.
 */
import { withoutPrototype } from './own.js';

/** How a locale writes a number: its decimal mark, the marks it groups digits with, and the pattern that reads both. */
export interface NumberStyle {
  readonly decimal: string;
  readonly groups: readonly string[];
  /** Groups of two digits before the last three (12,34,567), as Indian locales write them. */
  readonly lakh: boolean;
  /** Sign, integer part (grouped or not), fraction. */
  readonly pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A style, its pattern compiled once: 100,000 values are read with one. */
export function numberStyle(decimal: string, groups: readonly string[], lakh = false): NumberStyle {
  const group = groups.length ? `[${groups.map(escape).join('')}]` : undefined;
  const grouped = group ? (lakh ? `\\d{1,2}(?:${group}\\d{2})*${group}\\d{3}|` : `\\d{1,3}(?:${group}\\d{3})+|`) : '';
  const pattern = new RegExp(`^([+-]?)(${grouped}\\d*)(?:${escape(decimal)}(\\d+))?$`);
  return { decimal, groups, lakh, pattern };
}

/** Plain English: 1,234.5 (and 1234.5). */
export const ENGLISH_NUMBERS = numberStyle('.', [',']);

/** What a semicolon-separated spreadsheet export writes: 1.234,5 or 1 234,5. */
export const DECIMAL_COMMA_NUMBERS = numberStyle(',', ['.', ' ', '\u00a0', '\u202f', "'", '’']);

/** Marks that stand for each other: a locale that groups with one space or apostrophe has files written with the others. */
const SPACES = [' ', '\u00a0', '\u202f'];
const APOSTROPHES = ["'", '’'];

/** The style of `locale`, from Intl's own formatting of a number with groups and decimals. */
export function localeNumberStyle(locale: string): NumberStyle {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale, withoutPrototype({ numberingSystem: 'latn' })).formatToParts(1234567.5);
  } catch {
    return ENGLISH_NUMBERS;
  }
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value;
  const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const groups = group === undefined ? [] : ([SPACES, APOSTROPHES].find((marks) => marks.includes(group)) ?? [group]);
  return numberStyle(decimal, groups, integers.length === 3 && integers[1] === 2);
}

/**
 * The styles to read a dataset's numbers with, in order: the file's (decimal comma when it was
 * separated by semicolons), the locale's, plain English. Each style appears once.
 */
export function numberStylesFor(locale: string, delimiter?: string): readonly NumberStyle[] {
  const styles = [delimiter === ';' ? DECIMAL_COMMA_NUMBERS : undefined, localeNumberStyle(locale), ENGLISH_NUMBERS];
  const seen = new Set<string>();
  return styles.filter((style): style is NumberStyle => {
    const key = style && style.pattern.source;
    return !!key && !seen.has(key) && !!seen.add(key);
  });
}

/** Unicode's decimal digit zeros besides ASCII's: Arabic-Indic, extended (Persian, Urdu), Devanagari, Bengali. */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6];
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/g;
/** Arabic's own decimal and group marks, and the minus signs spreadsheets write. */
const ARABIC_MARKS: Record<string, string> = { '\u066b': '.', '\u066c': ',', '\u2212': '-' };

/** The number `text` states in `style`, or NaN when the style does not read it whole. */
export function readStyledNumber(text: string, style: NumberStyle): number {
  const match = style.pattern.exec(text);
  if (!match || (!match[2] && !match[3])) return NaN;
  const integer = match[2].replace(/\D/g, '');
  return Number(`${match[1]}${integer || '0'}.${match[3] ?? '0'}`);
}

/** Latin digits and marks for the other scripts' (١٬٠١٢ -> 1,012), so one pattern reads both. */
export function latinDigits(text: string): string {
  return text
    .replace(OTHER_DIGITS, (digit) => {
      const code = digit.charCodeAt(0);
      const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
      return String(code - zero);
    })
    .replace(/[\u066b\u066c\u2212]/g, (mark) => ARABIC_MARKS[mark]);
}
