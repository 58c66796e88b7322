/** Plain-language summaries of data, for screen readers and for anyone who prefers words to marks. */
import type { LocaleFormat } from './locale-format.js';
import { countOf, type Noun } from './wording.js';

export interface SeriesPoint {
  readonly year: number;
  readonly value: number;
}

export interface DescribeSeriesOptions {
  readonly format: LocaleFormat;
  /** The values' noun, e.g. `{one: 'event', other: 'events'}`; a plain plural ("attacks") for every count. */
  readonly unit: string | Noun;
}

/**
 * Range, peak, low point, overall trend and the latest change of a yearly series, e.g.
 * "2007–2021. Highest: 761 events in 2010. Lowest: 49 events in 2018. Rose from 81 in 2007 to the peak, then fell to 119 in 2021.
 * Latest: 119 in 2021, up from 71 in 2020."
 */
export function describeSeries(points: readonly SeriesPoint[], { format, unit }: DescribeSeriesOptions): string {
  if (!points.length) return 'No data.';
  const year = (p: SeriesPoint) => format.year(p.year);
  const num = (p: SeriesPoint) => format.number(p.value);
  const count = (p: SeriesPoint) => countOf(format, p.value, unit);
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) return `${year(first)}: ${count(first)}.`;
  let peak = first;
  let low = first;
  for (const p of points) {
    if (p.value > peak.value) peak = p;
    if (p.value < low.value) low = p;
  }
  const sentences = [`${year(first)}–${year(last)}.`, `Highest: ${count(peak)} in ${year(peak)}.`, `Lowest: ${count(low)} in ${year(low)}.`];
  const start = `${num(first)} in ${year(first)}`;
  const end = `${num(last)} in ${year(last)}`;
  if (peak !== first && peak !== last && peak.value > first.value) {
    sentences.push(`Rose from ${start} to the peak, then fell to ${end}.`);
  } else if (last.value > first.value) sentences.push(`Rose from ${start} to ${end}.`);
  else if (last.value < first.value) sentences.push(`Fell from ${start} to ${end}.`);
  else sentences.push(`The same in ${year(first)} and ${year(last)}: ${num(last)}.`);
  const previous = points[points.length - 2];
  const change = last.value > previous.value ? 'up from' : last.value < previous.value ? 'down from' : 'unchanged from';
  sentences.push(`Latest: ${end}, ${change} ${num(previous)} in ${year(previous)}.`);
  return sentences.join(' ');
}
