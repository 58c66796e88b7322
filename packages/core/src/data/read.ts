/**
 * Readers for single untrusted values. Each returns the value or an issue message, never throws,
 * and accepts the strings that CSV files, tables and attributes deliver as well as JSON values.
 */
import { quote, shorten } from './issues.js';
import { ENGLISH_NUMBERS, latinDigits, readStyledNumber, type NumberStyle } from './numbers.js';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (message: string): Read<never> => ({ ok: false, message });
/** Most messages end with the value received. */
const got = (message: string, value: unknown, after = '') => fail(`${message}, got ${quote(value)}${after}`);

/** True for undefined, null and blank strings: a missing value. */
export function isBlank(value: unknown): boolean {
  return value == null || (typeof value === 'string' && !value.trim());
}

// Decimal notation as programs write it, exponents included ("1e3"), after the styles people write.
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PLAIN_ENGLISH = [ENGLISH_NUMBERS];

export interface NumberRules {
  integer?: boolean;
  min?: number;
  max?: number;
  /** How numbers in text are written, tried in order (see numberStylesFor); default plain English, "1,234.5". */
  styles?: readonly NumberStyle[];
}

/** The number a text states in the first style that reads it whole, else in decimal notation, else NaN. */
function readNumberText(value: string, styles: readonly NumberStyle[]): number {
  const text = latinDigits(value.trim());
  for (const style of styles) {
    const n = readStyledNumber(text, style);
    if (!Number.isNaN(n)) return n;
  }
  return DECIMAL.test(text) ? Number(text) : NaN;
}

/** Longer numeric text than any number needs (a 40,000-digit longitude) is refused before it is read. */
const MAX_NUMBER_TEXT = 100;

/** A finite number (or numeric text in one of `rules.styles`) within the given rules. */
export function readNumber(value: unknown, rules: NumberRules = {}): Read<number> {
  if (typeof value === 'string' && value.length > MAX_NUMBER_TEXT) {
    return got(`must be a number of at most ${MAX_NUMBER_TEXT} characters`, value, ` (${value.length} characters)`);
  }
  const n = typeof value === 'number' ? value : typeof value === 'string' ? readNumberText(value, rules.styles ?? PLAIN_ENGLISH) : NaN;
  if (!Number.isFinite(n) || (rules.integer && !Number.isInteger(n))) {
    const expected = rules.integer ? 'a whole number' : 'a number';
    // "3,5" on an English page: the fix is the element's language, so the message says how to set it.
    const decimalComma = typeof value === 'string' && /^\s*[+-]?\d+,\d+\s*$/.test(latinDigits(value));
    return got(`must be ${expected}`, value, decimalComma ? '; for a decimal comma, set lang on the element (e.g. lang="de")' : '');
  }
  if (rules.min !== undefined && n < rules.min) return got(rules.min === 0 ? 'must not be negative' : `must be at least ${rules.min}`, value);
  if (rules.max !== undefined && n > rules.max) return got(`must be at most ${rules.max}`, value);
  return ok(n);
}

/** An optional whole number within `min`–`max` (e.g. a year attribute): absent or empty is undefined. */
export function readWholeNumber(value: unknown, min?: number, max?: number): Read<number | undefined> {
  return value == null || value === '' ? ok(undefined) : readNumber(value, { integer: true, min, max });
}

/** Direction controls that reach past their own text: embeddings, overrides (U+202E) and isolates. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * A non-empty string (numbers are accepted as their text), trimmed and cut to `maxLength` (never between
 * the halves of a surrogate pair). A text with direction controls is isolated (U+2068 … U+2069), so a
 * U+202E in one label ends with that label and never reverses the words drawn or written after it.
 */
export function readText(value: unknown, maxLength = 500): Read<string> {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return got('must be text', value);
  const text = shorten(value.trim(), maxLength);
  if (!text) return fail('must not be empty');
  return ok(BIDI_CONTROLS.test(text) ? `\u2068${text}\u2069` : text);
}

/** Longer than any link a reader follows: refused before it is parsed. */
const MAX_LINK = 2000;

/** Resolves relative links while checking them: any http(s) address does, since only the scheme is checked. */
const CHECK_BASE = 'https://example.invalid/';

/**
 * A link that is safe to render: absolute http(s) URLs, or relative URLs that resolve to http(s).
 * `javascript:`, `data:` and every other scheme are refused. A relative link is resolved against
 * `base` when one is given, else kept as written, for the page it is rendered in to resolve (this
 * module does not know that page: it runs on servers and in tests too).
 */
export function readHref(value: unknown, base?: string): Read<string> {
  if (typeof value !== 'string' || !value.trim()) return got('must be a link', value);
  if (value.length > MAX_LINK) return got(`must be a link of at most ${MAX_LINK} characters`, value, ` (${value.length} characters)`);
  const text = value.trim();
  let url: URL;
  try {
    url = new URL(text, base ?? CHECK_BASE);
  } catch {
    return got('must be a valid link', value);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return got('must be an http(s) link', value);
  return ok(base !== undefined || URL.canParse(text) ? url.href : text);
}

/** One of a fixed set of keywords (Plot's `keyword()`): `unknown value "death" (expected "events" or "deaths")`. */
export function readKeyword<K extends string>(value: unknown, allowed: readonly K[]): Read<K> {
  const key = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if ((allowed as readonly unknown[]).includes(key)) return ok(key as K);
  return fail(`unknown value ${quote(value)} (expected ${listChoices(allowed)})`);
}

function listChoices(allowed: readonly string[]): string {
  const quoted = allowed.map((a) => JSON.stringify(a));
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

export interface IsoDate {
  /** UTC milliseconds of the first instant of the date. */
  readonly time: number;
  readonly year: number;
  /** 1–12 when known. */
  readonly month?: number;
  readonly day?: number;
  readonly precision: 'year' | 'month' | 'day';
}

const ISO_DATE = /^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * UTC milliseconds of a calendar date (proleptic Gregorian); the month may run into the next year.
 * Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not, but costs a Date, so it serves those years only.
 */
export const utcTime = (year: number, month = 0, day = 1) =>
  year >= 0 && year < 100 ? new Date(0).setUTCFullYear(year, month, day) : Date.UTC(year, month, day);

/**
 * An ISO 8601 calendar date at year, month or day precision: `2014`, `2014-06`, `2014-06-15`
 * (a bare number is a year). The precision is what the text states, so a timeline can draw it honestly.
 */
export function readIsoDate(value: unknown): Read<IsoDate> {
  const match = ISO_DATE.exec(typeof value === 'string' ? value.trim() : Number.isInteger(value) ? String(value) : '');
  if (!match) return got('must be a date written 2014, 2014-06 or 2014-06-15', value);
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return got(`has no month ${month}`, value);
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) return got('is not a calendar date', value);
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return ok({ time: utcTime(year, (month ?? 1) - 1, day ?? 1), year, month, day, precision });
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Leap years of the proleptic Gregorian calendar. */
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in `month` (1–12) of `year`, without a Date: 10,000 rows are read on a timeline's first render. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}
