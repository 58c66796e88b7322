/**
 * Reading a timeline's input: events, eras and categories from untrusted records, each problem named
 * by its row, field and item; dates read at the precision they are written at.
 */
import {
  findDuplicates,
  parseRecords,
  quote,
  ownField,
  readColor,
  readHref,
  readIsoDate,
  readKeyword,
  readText,
  utcTime,
  type DataIssue,
  type DatePrecision,
  type IsoDate,
  type Parsed,
  type RecordReader,
} from '@conflict-viz/core/pure';
import { MAX_CATEGORIES, OTHER, SHAPES, palette, withNamedCategories } from './categories.js';
import { OTHER_CATEGORY, PRECISIONS, type TimelineCategory, type TimelineData, type TimelineEra, type TimelineEvent } from './data.js';

export const DAY = 864e5;

/** How fine a precision is: a day is finer than a month, a month than a year. */
const FINENESS: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** First instant and end (exclusive) of a date read at `precision` (default: the precision it is written at). */
export function dateExtent(date: IsoDate, precision: DatePrecision = date.precision): [number, number] {
  const month = precision === 'year' || date.month === undefined ? 0 : date.month - 1;
  const t0 = precision === date.precision ? date.time : utcTime(date.year, month);
  if (precision === 'day') return [t0, t0 + DAY];
  if (precision === 'month') return [t0, utcTime(date.year, month + 1)];
  return [t0, utcTime(date.year + 1)];
}

const twoDigits = (n: number | undefined) => `-${String(n).padStart(2, '0')}`;

/** The ISO text of a date at a precision: `2014`, `2014-06`, `2014-06-15`. */
function isoText(date: IsoDate, precision: DatePrecision = date.precision): string {
  const year = date.year < 0 ? String(date.year) : String(date.year).padStart(4, '0');
  const month = precision === 'year' ? '' : twoDigits(date.month);
  const day = precision === 'day' ? twoDigits(date.day) : '';
  return `${year}${month}${day}`;
}

/** The event's category id, matched without regard to case; none is `other`; one not in `known` is reported. */
function readCategory(row: RecordReader, known: ReadonlyMap<string, string>): string | undefined {
  const named = row.get('category', readText, false, 60);
  const id = named === undefined ? OTHER : known.get(named.toLowerCase());
  if (named !== undefined && !id) row.report(`${quote(named)} is not one of the categories (${[...known.values()].join(', ')})`, 'category');
  return id;
}

/** One event record, or undefined (its problems reported on `row`). */
function readEvent(row: RecordReader, index: number, known: ReadonlyMap<string, string>): TimelineEvent | undefined {
  const date = row.get('start', readIsoDate, true);
  const given = row.get('precision', readKeyword, false, PRECISIONS);
  const end = row.get('end', readIsoDate);
  const title = row.get('title', readText, true, 200);
  const category = readCategory(row, known);
  const id = row.get('id', readText, false, 100) ?? String(index + 1);
  const description = row.get('description', readText, false, 1000);
  const href = row.get('href', readHref);
  const source = row.get('source', readText, false, 300);
  if (!date || !title || !category) return undefined;
  let precision = given ?? date.precision;
  if (FINENESS[precision] > FINENESS[date.precision]) {
    row.report(`"${precision}" is finer than the start ${quote(isoText(date))}`, 'precision');
    precision = date.precision;
  }
  const [t0, t1] = dateExtent(date, precision);
  const endsAt = end ? dateExtent(end)[1] : t1;
  if (end && endsAt <= t0) row.report(`${quote(isoText(end))} is before the start ${quote(isoText(date, precision))}`, 'end');
  const start = isoText(date, precision);
  return { id, start, end: end && isoText(end), precision, title, description, category, href, source, t0, t1: Math.max(t1, endsAt) };
}

/**
 * Validate event records. Every problem names the row, the field and the event: an unparseable
 * date, an end before its start, an unknown precision or one finer than the date, a missing title,
 * a link that is not http(s). Each category must be in `categories` (see withNamedCategories).
 */
export function parseEvents(input: unknown, source: string, categories: readonly TimelineCategory[]): Parsed<TimelineEvent[]> {
  const known = new Map(categories.map((c) => [c.id.toLowerCase(), c.id]));
  const parsed = parseRecords<TimelineEvent>(input, source, (row, index) => readEvent(row, index, known), 'event');
  if (!parsed.value) return parsed;
  const duplicates = findDuplicates(parsed.value, (e) => e.id, source, 'id');
  if (duplicates.length) return { issues: duplicates };
  // In time order: by start, then by end (the sort is stable, so ties keep the input order).
  return { value: parsed.value.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1), issues: [] };
}

/** Validate era records: a title, `from`, and `to` (blank: ongoing) not before `from`. */
export function parseEras(input: unknown, source: string): Parsed<TimelineEra[]> {
  if (Array.isArray(input) && !input.length) return { value: [], issues: [] };
  return parseRecords<TimelineEra>(
    input,
    source,
    (row, index) => {
      const from = row.get('from', readIsoDate, true);
      const to = row.get('to', readIsoDate);
      const id = row.get('id', readText, false, 100) ?? String(index + 1);
      const title = row.get('title', readText, true, 200);
      const description = row.get('description', readText, false, 1000);
      const source = row.get('source', readText, false, 300);
      if (!from || !title) return undefined;
      const t0 = dateExtent(from)[0];
      const t1 = to ? dateExtent(to)[1] : undefined;
      if (to && t1! <= t0) row.report(`${quote(isoText(to))} is before from ${quote(isoText(from))}`, 'to');
      return { id, title, description, source, from: isoText(from), to: to && isoText(to), t0, t1 };
    },
    'era',
  );
}

/** A category's colour: one in core's colour grammar (`isColor` is the browser's verdict), a palette slot 1–6, or by default the row's slot. */
function readCategoryColor(row: RecordReader, index: number, isColor?: (value: string) => boolean): string | undefined {
  const raw = row.raw('color');
  if (raw == null || String(raw).trim() === '') return palette(index);
  if (/^[1-6]$/.test(String(raw).trim())) return palette(Number(raw) - 1);
  const color = readColor(raw, isColor);
  if (color.ok) return color.value;
  row.report(`${color.message}, or a palette slot 1–6`, 'color');
  return undefined;
}

/**
 * Validate a newsroom's categories: `[{id, label?, color?, shape?}]`. `color` is a colour in core's grammar
 * (`readColor`; `isColor` is the browser's verdict) or a palette slot 1–6; by default the n-th category takes slot
 * n and the n-th shape. `other` is added for events without a category.
 */
export function parseCategories(input: unknown, isColor?: (value: string) => boolean, source = 'categories'): Parsed<TimelineCategory[]> {
  if (Array.isArray(input) && input.length > MAX_CATEGORIES) {
    return { issues: [{ source, message: `has ${input.length} categories; at most ${MAX_CATEGORIES} can be told apart` }] };
  }
  const parsed = parseRecords<TimelineCategory>(
    input,
    source,
    (row, index) => {
      const color = readCategoryColor(row, index, isColor);
      const id = row.get('id', readText, true, 60);
      const label = row.get('label', readText, false, 80) ?? id;
      const shape = row.get('shape', readKeyword, false, SHAPES) ?? SHAPES[index % SHAPES.length];
      return id && label && color ? { id, label, shape, color } : undefined;
    },
    'category',
  );
  const list = parsed.value;
  if (list && !list.some((c) => c.id.toLowerCase() === OTHER_CATEGORY.id)) {
    list.push({ ...OTHER_CATEGORY, color: palette(list.length), shape: SHAPES[list.length % SHAPES.length] });
  }
  return parsed;
}

/** Events and eras from any input: an array of events, or `{events, eras}`. */
export function parseTimelineData(input: unknown, source: string, categories: readonly TimelineCategory[]): Parsed<TimelineData> {
  // Own fields only: eras a polluted Object.prototype carries are not the data's.
  const record = input && typeof input === 'object' && !Array.isArray(input) ? input : { events: input };
  if (!Object.hasOwn(record, 'events')) return { issues: [{ source, message: 'must be an array of events or an object with "events" and "eras"' }] };
  const inputEvents = ownField(record, 'events');
  // Categories the list lacks are added, each with the next colour and shape: a new file draws as it is.
  const all = withNamedCategories(inputEvents, categories);
  if (!all) return { issues: [{ source, message: `names more than ${MAX_CATEGORIES} categories, too many to tell apart: merge some` }] };
  const events = parseEvents(inputEvents, source, all);
  const eras = parseEras(ownField(record, 'eras') ?? [], `${source} eras`);
  const issues: DataIssue[] = [...events.issues, ...eras.issues];
  return issues.length ? { issues } : { value: { events: events.value!, eras: eras.value!, categories: all }, issues };
}
