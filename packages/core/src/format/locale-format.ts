/**
 * Numbers, years, dates and lists in one locale, through Intl. Every number the elements print goes
 * through here, never through `toString()`. Intl reads every option it knows of, inherited ones too:
 * options are passed without a prototype, so a polluted `Object.prototype.unit` changes nothing.
 * Dates are written in the Gregorian calendar, the data's, on every page: Intl would count them in the
 * Persian calendar on a Persian (fa-AF) page and in the Buddhist one on a Thai page, beside Gregorian years
 * written as numbers. Years are numbered as ISO 8601 and JavaScript number them (0 is 1 BCE, -299 is
 * 300 BCE), and one before the common era is written with the locale's era, as Intl writes it ("300 BC").
 */
import { withoutPrototype } from '../data/own.js';
import { utcTime } from '../data/read.js';

/** How precisely a date is known: a year-precision date is printed as a year, never as 1 January. */
export type DatePrecision = 'year' | 'month' | 'day';

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** A minus sign for negative numbers only: -0 (and -0.001 rounded) is written "0", never "-0". ES2023, not yet in TypeScript's ES2022 lib. */
const NEGATIVE_SIGN_ONLY = { signDisplay: 'negative' } as unknown as Intl.NumberFormatOptions;

type IntlFormat = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;

/**
 * The formatters of one locale. Intl objects cost far more to build than to use, so each is made on
 * first use and kept by this object; its owner (the element, which hands it to the models in the
 * layout context) keeps one per locale, and the pure modules keep no cache of their own.
 */
export class LocaleFormat {
  readonly #made = new Map<string, IntlFormat>();

  /** The language of the sentences the elements write: English, the one strings table so far. */
  readonly #textLanguage: string;

  /**
   * `locale` is a canonical BCP 47 tag (see `resolveLocale`): numbers and dates are written in it.
   * `textLanguage` is the language of the sentences the elements write: lists are joined with its
   * words (in the page's variant of it, "a, b and c" in en-GB), so an Urdu page never reads "Afghanistan وPakistan".
   */
  constructor(
    readonly locale: string,
    textLanguage = 'en',
  ) {
    this.#textLanguage = textLanguage;
  }

  /** 6,378 in English, ٦٬٣٧٨ where the locale writes Arabic-Indic digits; at most two decimals. */
  number(value: number): string {
    return this.numberFormat({ maximumFractionDigits: 2 }, 'number').format(value);
  }

  /** Axis ticks: compact from ten thousand (12K), plain below. */
  tick(value: number): string {
    if (Math.abs(value) < 10_000) return this.number(value);
    return this.numberFormat({ notation: 'compact', maximumFractionDigits: 1 }, 'compact number').format(value);
  }

  /** A year without digit grouping (2014, not 2,014), in the locale's digits; before the common era, as a date writes it ("300 BC"). */
  year(year: number): string {
    if (year < 1) return this.date(utcTime(year), 'year');
    return this.numberFormat({ useGrouping: false, maximumFractionDigits: 0 }, 'year').format(year);
  }

  /** "a, b and c" in the words of the text they go into. */
  list(items: readonly string[]): string {
    const words = this.locale.split('-')[0] === this.#textLanguage ? this.locale : this.#textLanguage;
    return this.#intl('list', () => new Intl.ListFormat(words, withoutPrototype<Intl.ListFormatOptions>({ type: 'conjunction' }))).format(items);
  }

  /** A UTC timestamp in milliseconds at the precision it is known: "2014", "June 2014", "December 16, 2014". */
  date(time: number, precision: DatePrecision): string {
    // The era is written for years before the common era only: "300 BC", but "2014", not "2014 AD".
    const bce = new Date(time).getUTCFullYear() < 1;
    return this.dateFormat({ ...DATE_OPTIONS[precision], era: bce ? 'short' : undefined }, `date ${precision}${bce ? ' BCE' : ''}`).format(time);
  }

  /** An Intl.NumberFormat of this locale, made once per `key` (by default the options written out). */
  numberFormat(options: Intl.NumberFormatOptions, key = `number ${JSON.stringify(options)}`): Intl.NumberFormat {
    return this.#intl(key, () => new Intl.NumberFormat(this.locale, withoutPrototype({ ...NEGATIVE_SIGN_ONLY, ...options })));
  }

  /** An Intl.DateTimeFormat of this locale in the Gregorian calendar, made once per `key`; give `timeZone: 'UTC'` for UTC timestamps. */
  dateFormat(options: Intl.DateTimeFormatOptions, key = `date ${JSON.stringify(options)}`): Intl.DateTimeFormat {
    return this.#intl(key, () => new Intl.DateTimeFormat(this.locale, withoutPrototype({ calendar: 'gregory', ...options })));
  }

  #intl<T extends IntlFormat>(key: string, create: () => T): T {
    let made = this.#made.get(key) as T | undefined;
    if (!made) this.#made.set(key, (made = create()));
    return made;
  }
}
