/**
 * Spans of years and counts with their noun, as the elements' English sentences write them: functions rather
 * than LocaleFormat methods, so an element that writes neither (the timeline) does not load them.
 */
import type { LocaleFormat } from './locale-format.js';

/** A noun's forms by English plural category: `{one: 'event', other: 'events'}`. */
export interface Noun {
  readonly one: string;
  readonly other: string;
}

/** A span of years in the locale's digits, "2010–2012", and one year once: "2014", never "2014–2014". */
export function yearRange(format: LocaleFormat, from: number, to: number): string {
  return from === to ? format.year(from) : `${format.year(from)}–${format.year(to)}`;
}

/**
 * A count and its noun, in the form English plural rules (Intl.PluralRules) pick: "1 event", "2 events",
 * "1.5 events". A plain string (a page's own plural noun, whose singular is unknown) is used for every count.
 */
export function countOf(format: LocaleFormat, value: number, noun: string | Noun): string {
  const word = typeof noun === 'string' ? noun : new Intl.PluralRules('en').select(value) === 'one' ? noun.one : noun.other;
  return `${format.number(value)} ${word}`;
}
