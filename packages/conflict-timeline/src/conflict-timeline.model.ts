/**
 * The pure model of <conflict-timeline>: records -> validated events and eras -> a scene (time axis,
 * era bands, events in lanes, counts for dense periods) for a width and a time window. No Lit, no DOM.
 */
import {
  clamp,
  findDuplicates,
  parseRecords,
  quote,
  readHref,
  readIsoDate,
  readKeyword,
  readText,
  truncateText,
  utcTime,
  type Box,
  type DataIssue,
  type DatePrecision,
  type IsoDate,
  type LayoutContext,
  type LocaleFormat,
  type Parsed,
  type Scene,
} from '@conflict-viz/core/pure';

import { MAX_CATEGORIES, OTHER, SHAPES, palette, withNamedCategories, type TimelineCategory } from './model/categories.js';

export { SHAPES, type Shape, type TimelineCategory } from './model/categories.js';
export const PRECISIONS = ['year', 'month', 'day'] as const;
export const ORIENTATIONS = ['auto', 'horizontal', 'vertical'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** The article's categories; `other` takes events that name none. */
export const DEFAULT_CATEGORIES: readonly TimelineCategory[] = [
  ['war', 'War and politics'],
  ['attack', 'Attacks'],
  ['military', 'Military operations'],
  ['diplomacy', 'Diplomacy'],
  ['displacement', 'Displacement'],
  ['other', 'Other'],
].map(([id, label], i) => ({ id, label, color: palette(i), shape: SHAPES[i] }));

export interface TimelineEvent {
  readonly id: string;
  /** ISO date at the event's precision, e.g. `2014`, `2014-06`, `2014-06-15`. */
  readonly start: string;
  /** ISO date of the last day, month or year the event covers. */
  readonly end?: string;
  readonly precision: DatePrecision;
  readonly title: string;
  readonly description?: string;
  /** Category id. */
  readonly category: string;
  /** Link to the source (http or https only). */
  readonly href?: string;
  readonly source?: string;
  /** The extent in UTC milliseconds: the first instant and the end (exclusive). A day event spans one day. */
  readonly t0: number;
  readonly t1: number;
}

export interface TimelineEra {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly source?: string;
  readonly from: string;
  /** Absent: ongoing. */
  readonly to?: string;
  readonly t0: number;
  /** Absent: ongoing. */
  readonly t1?: number;
}

export interface TimelineData {
  /** In time order: by start, then by end. */
  readonly events: readonly TimelineEvent[];
  readonly eras: readonly TimelineEra[];
  /** The categories the events were read with: a later, rejected list never changes a good drawing. */
  readonly categories: readonly TimelineCategory[];
}

// ---- reading input ------------------------------------------------------------------------------

const DAY = 864e5;

/** First instant and end (exclusive) of a date read at `precision` (default: the precision it is written at). */
export function dateExtent(date: IsoDate, precision = date.precision): [number, number] {
  const month = precision === 'year' ? 0 : date.month! - 1;
  const t0 = precision === date.precision ? date.time : utcTime(date.year, month);
  return [t0, precision === 'day' ? t0 + DAY : precision === 'month' ? utcTime(date.year, month + 1) : utcTime(date.year + 1)];
}

const twoDigits = (n?: number) => `-${String(n).padStart(2, '0')}`;

/** The ISO text of a date at a precision: `2014`, `2014-06`, `2014-06-15`. */
function isoText(date: IsoDate, precision = date.precision): string {
  return `${date.year < 0 ? date.year : String(date.year).padStart(4, '0')}${precision === 'year' ? '' : twoDigits(date.month)}${precision === 'day' ? twoDigits(date.day) : ''}`;
}

/**
 * Validate event records. Every problem names the row, the field and the event: an unparseable
 * date, an end before its start, an unknown precision or one finer than the date, a missing title,
 * a link that is not http(s). Each category must be in `categories` (see withNamedCategories).
 */
export function parseEvents(input: unknown, source: string, categories: readonly TimelineCategory[]): Parsed<TimelineEvent[]> {
  const known = new Map(categories.map((c) => [c.id.toLowerCase(), c.id]));
  const parsed = parseRecords<TimelineEvent>(
    input,
    source,
    (row, index) => {
      const date = row.get('start', readIsoDate, true);
      const given = row.get('precision', readKeyword, false, PRECISIONS);
      const end = row.get('end', readIsoDate);
      const title = row.get('title', readText, true, 200);
      const named = row.get('category', readText, false, 60);
      const category = named === undefined ? OTHER : known.get(named.toLowerCase());
      if (named !== undefined && !category) row.report(`${quote(named)} is not one of the categories (${[...known.values()].join(', ')})`, 'category');
      const id = row.get('id', readText, false, 100) ?? String(index + 1);
      const description = row.get('description', readText, false, 1000);
      const href = row.get('href', readHref);
      const source = row.get('source', readText, false, 300);
      if (!date || !title || !category) return undefined;
      let precision = given ?? date.precision;
      // Finer sorts first: "day" < "month" < "year".
      if (precision < date.precision) {
        row.report(`"${precision}" is finer than the start ${quote(isoText(date))}`, 'precision');
        precision = date.precision;
      }
      const [t0, t1] = dateExtent(date, precision);
      const endsAt = end ? dateExtent(end)[1] : t1;
      if (endsAt <= t0) row.report(`${quote(isoText(end!))} is before the start ${quote(isoText(date, precision))}`, 'end');
      return {
        id,
        start: isoText(date, precision),
        end: end && isoText(end),
        precision,
        title,
        description,
        category,
        href,
        source,
        t0,
        t1: Math.max(t1, endsAt),
      };
    },
    'event',
  );
  if (!parsed.value) return parsed;
  const duplicates = findDuplicates(parsed.value, (e) => e.id, source, 'id');
  // In time order: by start, then by end (the sort is stable, so ties keep the input order).
  return duplicates.length ? { issues: duplicates } : { value: parsed.value.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1), issues: [] };
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
      const t1 = to && dateExtent(to)[1];
      if (t1! <= t0) row.report(`${quote(isoText(to!))} is before from ${quote(isoText(from))}`, 'to');
      return { id, title, description, source, from: isoText(from), to: to && isoText(to), t0, t1 };
    },
    'era',
  );
}

/**
 * Validate a newsroom's categories: `[{id, label?, color?, shape?}]`. `color` is a CSS colour (as
 * `isColor` judges it; by default hex) or a palette slot 1–6; by default the
 * n-th category takes slot n and the n-th shape. `other` is added for events without a category.
 */
export function parseCategories(
  input: unknown,
  isColor = (value: string) => /^#[\da-f]{3,8}$/i.test(value),
  source = 'categories',
): Parsed<TimelineCategory[]> {
  if (Array.isArray(input) && input.length > MAX_CATEGORIES) {
    return { issues: [{ source, message: `has ${input.length} categories; at most ${MAX_CATEGORIES} can be told apart` }] };
  }
  const parsed = parseRecords<TimelineCategory>(
    input,
    source,
    (row, index) => {
      const raw = String(row.raw('color') ?? '').trim();
      const color = !raw ? palette(index) : /^[1-6]$/.test(raw) ? palette(+raw - 1) : isColor(raw) ? raw : undefined;
      if (!color) row.report(`${quote(row.raw('color'))} is not a CSS colour or a palette slot 1–6`, 'color');
      const id = row.get('id', readText, true, 60);
      const category = {
        id: id!,
        label: row.get('label', readText, false, 80) ?? id!,
        shape: row.get('shape', readKeyword, false, SHAPES) ?? SHAPES[index % 6],
        color: color!,
      };
      return id && color ? category : undefined;
    },
    'category',
  );
  const list = parsed.value;
  if (list && !list.some((c) => c.id.toLowerCase() === 'other'))
    list.push({ ...DEFAULT_CATEGORIES[5], color: palette(list.length), shape: SHAPES[list.length % 6] });
  return parsed;
}

/** Events and eras from any input: an array of events, or `{events, eras}`. */
export function parseTimelineData(input: unknown, source: string, categories: readonly TimelineCategory[]): Parsed<TimelineData> {
  const record = (input && typeof input === 'object' && !Array.isArray(input) ? input : { events: input }) as Record<string, unknown>;
  if (!('events' in record)) return { issues: [{ source, message: 'must be an array of events or an object with "events" and "eras"' }] };
  // Categories the list lacks are added, each with the next colour and shape: a new file draws as it is.
  const all = withNamedCategories(record.events, categories);
  if (!all) return { issues: [{ source, message: `names more than ${MAX_CATEGORIES} categories, too many to tell apart: merge some` }] };
  const events = parseEvents(record.events, source, all);
  const eras = parseEras(record.eras ?? [], `${source} eras`);
  const issues: DataIssue[] = [...events.issues, ...eras.issues];
  return issues.length ? { issues } : { value: { events: events.value!, eras: eras.value!, categories: all }, issues };
}

// ---- layout -------------------------------------------------------------------------------------

export interface TimelineOptions {
  /** The categories events may name (they are read with the data, see `TimelineData.categories`). */
  readonly categories: readonly TimelineCategory[];
  /** Ids of categories the legend hides, joined by newlines (a string, so options compare cheaply). */
  readonly hidden: string;
  /** The initial window (UTC ms), from the `from` and `to` attributes. */
  readonly from?: number;
  readonly to?: number;
  /** The current window after zoom and pan; absent: the initial window. */
  readonly view0?: number;
  readonly view1?: number;
  readonly orientation: Orientation;
}

/** A line [x1, y1, x2, y2]. */
export type Line = readonly [number, number, number, number];

export interface PlacedEvent {
  /** Mark index: position in `scene.events`. */
  readonly index: number;
  readonly lane: number;
  /** The glyph's centre. */
  readonly x: number;
  readonly y: number;
  /** The event's extent as a bar (absent when it is narrower than the glyph: a point). */
  readonly bar?: Box;
  readonly text: string;
  readonly textX: number;
  readonly textY: number;
  readonly anchor: 'start' | 'end';
  /** Everything the event occupies: glyph, bar and label. No two boxes overlap. */
  readonly box: Box;
}

/** Events of a dense period, drawn as one count; choosing it zooms into `t0`–`t1`. */
export interface Cluster {
  readonly count: number;
  /** Mark index of its first event. */
  readonly first: number;
  readonly t0: number;
  readonly t1: number;
  readonly label: string;
  readonly box: Box;
}

export interface PlacedEra {
  readonly era: TimelineEra;
  readonly box: Box;
  readonly text: string;
  /** Text position; the vertical layout turns the text a quarter clockwise about it. */
  readonly textX: number;
  readonly textY: number;
  readonly anchor: 'start' | 'end';
}

export interface TimelineTick {
  readonly time: number;
  readonly label: string;
  /** The tick mark on the axis, and the grid line across the lanes. */
  readonly line: Line;
  readonly grid: Line;
  /** The label's anchor point. */
  readonly x: number;
  readonly y: number;
}

export interface TimelineScene extends Scene {
  /** Navigable marks: `events.length`. */
  readonly marks: number;
  readonly vertical: boolean;
  readonly rtl: boolean;
  /** Numbers, dates and lists in the page's locale. */
  readonly format: LocaleFormat;
  /** The events of the shown categories, in time order: mark i is events[i]. */
  readonly events: readonly TimelineEvent[];
  /** All events and eras, shown or not. */
  readonly data: TimelineData;
  /** The eras in the window. */
  readonly eras: readonly PlacedEra[];
  readonly placed: readonly PlacedEvent[];
  readonly clusters: readonly Cluster[];
  /** Per mark: index into `placed` (≥ 0), `-2 - cluster index` when counted in a cluster, -1 outside the window. */
  readonly slots: Int32Array;
  readonly ticks: readonly TimelineTick[];
  readonly axis: Line;
  /** The time axis runs along [a0, a1]: x from the start side, or y. */
  readonly a0: number;
  readonly a1: number;
  /** The visible window and the zoom-out limits, in UTC ms. */
  readonly window: readonly [number, number];
  readonly limits: readonly [number, number];
  readonly categories: readonly (TimelineCategory & { readonly count: number; readonly hidden: boolean })[];
}

/** The shortest window: a month, so day events stay apart at any width. */
export const MIN_SPAN = 31 * DAY;
const FONT = 12;
const GAP = 6;
const R = 6; // glyph radius plus a pixel
const LANE = 22;
const MAX_LABEL = 200;

/** Whether a timeline of `width` px is drawn vertically: below 560 px unless `horizontal`. */
export const isVertical = (orientation: string, width: number) => orientation === 'vertical' || (orientation !== 'horizontal' && width < 560);

/**
 * Height of the plot. Vertical: from the width alone. Horizontal: room for three rows of eras and
 * seven lanes of events; fewer eras leave more lanes, so the height is known before the data arrives.
 */
export function timelineHeight(width: number, vertical: boolean, eraLanes = 0): number {
  return vertical ? Math.round(clamp(width * 1.8, 440, 760)) : 222 + Math.max(eraLanes, 3) * 18;
}

/** The window moved inside the limits, its span kept between a month and the limits' span. */
export function clampWindow(t0: number, t1: number, limits: readonly [number, number]): [number, number] {
  const span = clamp(t1 - t0, MIN_SPAN, limits[1] - limits[0]);
  const start = clamp(t0 + (t1 - t0 - span) / 2, limits[0], limits[1] - span);
  return [start, start + span];
}

const MONTH_STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 6000];
const monthFormat = (format: LocaleFormat, year: boolean) =>
  format.dateFormat({ month: 'short', year: year ? 'numeric' : undefined, timeZone: 'UTC' }, year ? 'month and year' : 'month');

/**
 * Round times to label between `t0` and `t1` over `length` px, at least `gap` px apart: months
 * ("Mar", with the year in January and on the first tick), quarters, years, or multiples of years
 * up to decades and centuries, as the zoom allows. `step` is in months.
 */
export function timeTicks(
  t0: number,
  t1: number,
  length: number,
  gap: number,
  format: LocaleFormat,
): { step: number; ticks: { time: number; label: string }[] } {
  const perMonth = length / ((t1 - t0) / (30.44 * DAY));
  const step = MONTH_STEPS.find((s) => s * perMonth >= gap) ?? 12000;
  // utcTime carries months past 11 (or below 0) into the year.
  const at = (m: number) => utcTime(0, m);
  const first = new Date(t0);
  let m = first.getUTCFullYear() * 12 + first.getUTCMonth();
  if (at(m) < t0) m++;
  const ticks = [];
  for (m = Math.ceil(m / step) * step; at(m) <= t1; m += step) {
    const time = at(m);
    // Years label themselves; a month says its year in January and on the first tick.
    ticks.push({ time, label: step >= 12 || m % 12 === 0 ? format.year(Math.floor(m / 12)) : monthFormat(format, !ticks.length).format(time) });
  }
  return { step, ticks };
}

/**
 * The scene of a timeline at a width and a window. Events of the window are placed in lanes in time
 * order (greedy interval packing): each goes to the first lane whose last label ends before it
 * starts, its label cut to fit and set before its glyph where the axis ends too soon. An event no
 * lane can take joins the count of its period, so labels never overlap and 10,000 events draw a
 * few dozen elements. Positions are computed along the axis (u: x from the start side, mirrored on
 * RTL pages, or y when vertical) and across it (v), and turned into x and y at the end.
 */
export function layoutTimeline(data: TimelineData, options: TimelineOptions, context: LayoutContext): TimelineScene {
  const width = Math.max(200, Math.round(context.width));
  const { rtl, measure, format } = context;
  const vertical = isVertical(options.orientation, width);
  const hidden = options.hidden.split('\n');
  const shown = options.hidden ? data.events.filter((e) => !hidden.includes(e.category)) : data.events;
  // Counts and the domain [first, last] cover hidden events too: the legend keeps its numbers and the
  // axis its span. Eras widen the domain as they are put in lanes, so no list of both is built.
  const counts = new Map<string, number>();
  let first = Infinity;
  let last = -Infinity;
  for (const e of data.events) {
    counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    first = Math.min(first, e.t0);
    last = Math.max(last, e.t1);
  }
  // Era lanes in time, not pixels, so zooming never changes the height; at most four (an era that
  // needs a fifth is left out of the drawing, and stays in the summary, the list and the table).
  const eraEnds: number[] = [];
  const eraLanes = data.eras.map((era) => {
    first = Math.min(first, era.t0);
    last = Math.max(last, era.t1 ?? era.t0);
    let lane = eraEnds.findIndex((t) => t <= era.t0);
    if (lane < 0 && eraEnds.length < 4) lane = eraEnds.length;
    if (lane >= 0) eraEnds[lane] = era.t1 ?? Infinity;
    return lane;
  });
  const eraCount = eraEnds.length;

  // Zoom-out limits: the data with a margin, widened to include `from`–`to`.
  const margin = Math.max((last - first) * 0.03, 15 * DAY);
  const limits: [number, number] = [Math.min(first - margin, options.from ?? Infinity), Math.max(last + margin, options.to ?? -Infinity)];
  const [w0, w1] = clampWindow(options.view0 ?? options.from ?? limits[0], options.view1 ?? options.to ?? limits[1], limits);

  const height = timelineHeight(width, vertical, eraCount);
  const size = vertical ? height : width;
  const a0 = vertical ? 10 : 24;
  const a1 = size - a0;
  const along = (t: number) => a0 + ((t - w0) * (a1 - a0)) / (w1 - w0);
  // Across the axis: the axis, the era rows, the lanes and the counts.
  const eraRow = vertical ? 16 : 18;
  const axisAt = vertical ? 64 : 12 + eraCount * eraRow;
  const eraAt = vertical ? 70 : 6;
  const lanesAt = (vertical ? 76 : 42) + eraCount * eraRow;
  const clusterSize = vertical ? 44 : LANE;
  const laneCount = vertical ? clamp(Math.floor((width - lanesAt - clusterSize) / 150), 1, 3) : Math.floor((height - lanesAt - 4) / LANE) - 1;
  const laneSize = vertical ? (width - lanesAt - clusterSize - 4) / laneCount : LANE;
  const clusterAt = lanesAt + laneCount * laneSize;
  /** A point, and a box, from along/across coordinates. */
  const point = (u: number, v: number): [number, number] => (vertical ? [rtl ? width - v : v, u] : [rtl ? width - u : u, v]);
  const box = (u0: number, u1: number, v0: number, v1: number): Box => {
    const [x0, y0] = point(u0, v0);
    const [x1, y1] = point(u1, v1);
    return { x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
  };

  // ---- events of the window, in lanes or counted
  const slots = new Int32Array(shown.length).fill(-1);
  const placed: PlacedEvent[] = [];
  const ends = Array<number>(laneCount).fill(-Infinity);
  /** Where the first lane frees up: most of 10,000 events start before it and go straight to a count. */
  let earliest = -Infinity;
  const free = (u: number) => ends.findIndex((end) => end + GAP <= u);
  const badge = vertical ? 18 : 52;
  /** The counts, labelled and boxed once all are known; the last is open to more events. */
  const runs: { first: number; count: number; t0: number; t1: number; u0: number }[] = [];
  let open: (typeof runs)[number] | undefined;
  let lastEnd = -Infinity;
  // In time order: the events of the window start before its end. Each goes in a lane with its label
  // (along the axis: from u0 to u1, glyph at c), or, when no lane takes it, into a count.
  for (let i = 0; i < shown.length && shown[i].t0 < w1; i++) {
    const e = shown[i];
    if (e.t1 <= w0) continue;
    const s0 = along(e.t0);
    const s1 = along(e.t1);
    const c = clamp((s0 + s1) / 2, a0 + R, a1 - R);
    const u = c - (vertical ? 9 : R);
    const u0 = Math.max(s0, a0);
    const u1 = Math.min(s1, a1);
    let lo = Math.min(u0, u);
    let lane = lo < earliest + GAP ? -1 : free(lo);
    let before = false;
    let label = '';
    if (lane >= 0) {
      // The label follows its glyph; where the axis ends too soon it goes before the glyph, into the
      // room a free lane leaves there. Text is measured only when it will be placed, so 10,000
      // events crowding the end of the axis do not each measure their title.
      let room = vertical ? laneSize - 20 : size - 4 - (c + R + 3);
      if (!vertical && room < MAX_LABEL) {
        const back = free(Math.min(u0, c - R - 27));
        const space = back < 0 ? 0 : Math.min(MAX_LABEL, c - R - 3 - Math.max(ends[back] + GAP, 4));
        if (space > room && measure(e.title, FONT) > room) {
          before = true;
          lane = back;
          room = space;
        }
      }
      if (vertical || room >= 24) label = truncateText(e.title, vertical ? room : Math.min(MAX_LABEL, room), FONT, measure);
    }
    if (label) {
      const width = measure(label, FONT);
      if (before) lo = Math.min(u0, c - R - 3 - width);
      const hi = Math.max(u1, vertical ? c + 9 : c + R + (before ? 0 : 3 + width));
      ends[lane] = hi;
      earliest = Math.min(...ends);
      const v = lanesAt + lane * laneSize;
      const mid = v + (vertical ? 7 : LANE / 2);
      const [x, y] = point(c, mid);
      const [textX, textY] = point(vertical ? c : before ? c - R - 3 : c + R + 3, vertical ? v + 16 : mid);
      slots[i] =
        placed.push({
          index: i,
          lane,
          x,
          y,
          bar: u1 - u0 >= 2 * R ? box(u0, u1, mid - 5, mid + 5) : undefined,
          text: label,
          textX,
          textY,
          anchor: before === rtl ? 'start' : 'end',
          box: box(lo, hi, vertical ? v : v + 2, vertical ? v + 16 + width : v + LANE - 2),
        }) - 1;
      continue;
    }
    // No lane: the event is counted with its neighbours; a new count never starts over the last one.
    if (!open || u > lastEnd + GAP) {
      runs.push((open = { first: i, count: 0, t0: e.t0, t1: e.t1, u0: Math.max(Math.min(u, size - 4 - badge), a0 - R, lastEnd + GAP) }));
      lastEnd = open.u0 + badge;
    }
    open.count++;
    open.t1 = Math.max(open.t1, e.t1);
    slots[i] = -1 - runs.length;
  }
  const clusters: Cluster[] = runs.map((run) => {
    const label = `+${format.number(run.count)}`;
    const v = clusterAt + 3;
    return { ...run, label, box: box(run.u0, run.u0 + (vertical ? badge : Math.min(badge, measure(label, 11) + 12)), v, v + (vertical ? 34 : 14)) };
  });

  // ---- eras as bands, clipped to the window; vertical bands carry their label turned a quarter clockwise
  const eras = data.eras.flatMap((era, i) => {
    const u0 = Math.max(along(era.t0), a0);
    const u1 = Math.min(along(era.t1 ?? limits[1]), a1);
    const v = eraAt + eraLanes[i] * eraRow;
    const [textX, textY] = point(u0 + 5, vertical ? v + (rtl ? 11 : 3) : v + 8);
    const text = u1 - u0 > 28 ? truncateText(era.title, u1 - u0 - 10, 11, measure) : '';
    return eraLanes[i] < 0 || u1 - u0 < 1
      ? []
      : [{ era, box: box(u0, u1, v, v + eraRow - 2), text, textX, textY, anchor: rtl && !vertical ? 'end' : 'start' } as const];
  });

  // ---- ticks: decades, years or months, as the zoom allows; a label at an end of the axis moves in rather than being cut
  const { ticks } = timeTicks(w0, w1, a1 - a0, vertical ? 30 : measure(monthFormat(format, true).format(0), FONT) + 12, format);
  return {
    width,
    height,
    marks: shown.length,
    vertical,
    rtl,
    format,
    events: shown,
    data,
    eras,
    placed,
    clusters,
    slots,
    ticks: ticks.map(({ time, label }) => {
      const u = along(time);
      // Ticks point away from the lanes (down, or left when vertical), their labels beyond them.
      const [x, y] = point(u, vertical ? axisAt - 8 : axisAt + 18);
      const half = vertical ? 0 : measure(label, FONT) / 2 + 2;
      return {
        time,
        label,
        line: [...point(u, axisAt), ...point(u, vertical ? axisAt - 6 : axisAt + 6)],
        grid: [...point(u, lanesAt), ...point(u, clusterAt + clusterSize)],
        x: clamp(x, half, width - half),
        y,
      };
    }),
    axis: [...point(a0, axisAt), ...point(a1, axisAt)],
    a0,
    a1,
    window: [w0, w1],
    limits,
    categories: data.categories.filter((c) => counts.has(c.id)).map((c) => ({ ...c, count: counts.get(c.id)!, hidden: hidden.includes(c.id) })),
  };
}

// ---- reading the scene --------------------------------------------------------------------------

/** The time at `u` along the axis (x from the start side, or y) in `window`, by default the scene's. */
export function timeAlong(scene: TimelineScene, u: number, [w0, w1] = scene.window): number {
  return w0 + ((u - scene.a0) / (scene.a1 - scene.a0)) * (w1 - w0);
}

/** The time at a point of the plot. */
export const timeAt = (scene: TimelineScene, x: number, y: number) => timeAlong(scene, scene.vertical ? y : scene.rtl ? scene.width - x : x);

/** Where mark `index` is drawn: its label's box or its count's; none outside the window. */
export function markBox(scene: TimelineScene, index: number): Box | undefined {
  const slot = scene.slots[index];
  return slot >= 0 ? scene.placed[slot].box : slot < -1 ? scene.clusters[-2 - slot].box : undefined;
}

/** An event's category, named where the timeline has more than one. */
export const categoryLabel = (scene: TimelineScene, event: TimelineEvent) =>
  scene.categories.length > 1 ? scene.categories.find((c) => c.id === event.category)?.label : undefined;

/** The mark whose box holds the point, or -1. */
export function indexAtPoint(scene: TimelineScene, x: number, y: number): number {
  const hit = scene.placed.find(({ box: b }) => x >= b.x - 2 && x <= b.x + b.width + 2 && y >= b.y - 2 && y <= b.y + b.height + 2);
  return hit ? hit.index : -1;
}

/** A date at its precision in the locale, with its end: "16 December 2014", "June 2014 – March 2015", "2007 – ongoing" for an era. */
export function formatEventDate(item: TimelineEvent | TimelineEra, format: LocaleFormat): string {
  const [a, b] = 'start' in item ? [item.start, item.end] : [item.from, item.to ?? 'ongoing'];
  const write = (iso: string) => {
    const date = readIsoDate(iso);
    return date.ok ? format.date(date.value.time, date.value.precision) : iso;
  };
  return b ? `${write(a)} – ${write(b)}` : write(a);
}

const events = (format: LocaleFormat, count: number) => `${format.number(count)} ${count === 1 ? 'event' : 'events'}`;

/** Accessible name when the author gives no heading. */
export function describeTimelineLabel(scene: TimelineScene): string {
  const {
    data: { events: all },
    format,
  } = scene;
  const year = (e: TimelineEvent) => format.year(new Date(e.t0).getUTCFullYear());
  return `Timeline of ${events(format, all.length)}, ${year(all[0])}–${year(all[all.length - 1])}`;
}

/** The generated summary: how many events over which dates, by category, the eras, and what the window shows. */
export function describeTimeline(scene: TimelineScene): string {
  const {
    data: { events: all, eras },
    format,
    categories,
    clusters,
    window: [w0, w1],
  } = scene;
  const n = (v: number) => format.number(v);
  // The window, "1988 – 2026", at the precision it calls for.
  const p = w1 - w0 > 1096 * DAY ? 'year' : w1 - w0 > 90 * DAY ? 'month' : 'day';
  const hidden = categories.filter((c) => c.hidden).map((c) => c.label);
  const counted = clusters.reduce((sum, c) => sum + c.count, 0);
  return [
    `${events(format, all.length)} from ${formatEventDate(all[0], format)} to ${formatEventDate(all[all.length - 1], format)}.`,
    categories.length > 1 && `By category: ${format.list(categories.map((c) => `${c.label} ${n(c.count)}`))}.`,
    // Twelve eras and "n more": the last item is kept only where there are more than twelve.
    eras.length &&
      `Eras: ${format.list([...eras.slice(0, 12).map((era) => `${era.title} (${formatEventDate(era, format)})`), `${n(eras.length - 12)} more`].slice(0, eras.length))}.`,
    hidden.length && `Hidden: ${format.list(hidden)}.`,
    `Showing ${format.date(w0, p)} – ${format.date(w1 - 1, p)}.`,
    counted && `${n(counted)} events in crowded periods are shown as counts; zoom in to see them apart.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Tooltip lines of mark `index`: its date, its category, and whether it is counted in a cluster. */
export function describeEvent(scene: TimelineScene, index: number): { title: string; lines: string[] } {
  const event = scene.events[index];
  const category = categoryLabel(scene, event);
  const slot = scene.slots[index];
  const lines = [formatEventDate(event, scene.format)];
  if (category) lines.push(category);
  if (slot < -1) lines.push(`One of ${scene.format.number(scene.clusters[-2 - slot].count)} events here: zoom in to see it`);
  return { title: event.title, lines };
}
