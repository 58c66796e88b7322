/**
 * The chronology of a narrow container, as newsrooms set timelines on phones: one row per event in
 * time order, each with its date and whole title (the page wraps them), the eras as columns running
 * beside the rows they span, each named where it begins. Hundreds of events become periods with
 * their counts, which open (zoom) into their events.
 */
import { Lanes, type LocaleFormat } from '@conflict-viz/core/pure';
import { calendarStep } from './calendar.js';
import type { TimelineEra } from './data.js';
import { formatEventDate } from './describe.js';
import type { ChronologyRow, ChronologyScene } from './scene.js';

/** At most this many events are listed one by one; more become periods. */
export const MAX_LISTED = 150;
/** About this many periods when events are grouped. */
const PERIODS = 24;
/** A period with this many events or fewer lists them rather than counting them. */
const SMALL_PERIOD = 3;
/** At most this many era columns beside the rows. */
const MAX_COLUMNS = 4;

type ChronologyBase = Omit<ChronologyScene, 'vertical' | 'height' | 'rows' | 'columns' | 'slots'>;

/** Each era's column (-1: more eras overlap than there are columns), eras packed in time. */
function eraColumns(eras: readonly TimelineEra[]): number[] {
  const lanes = new Lanes({ maxLanes: MAX_COLUMNS });
  return eras.map((era) => lanes.place({ start: era.t0, end: era.t1 ?? Infinity }));
}

/** The columns of the eras running at `time`. */
function erasAt(eras: readonly TimelineEra[], columns: readonly number[], time: number): number[] {
  return eras.flatMap((era, i) => (columns[i] >= 0 && era.t0 <= time && time < (era.t1 ?? Infinity) ? [columns[i]] : []));
}

/** "2014", "2010 – 2014", "March 2014", "March 2014 – May 2014", as the period's length asks. */
function periodLabel(t0: number, t1: number, format: LocaleFormat): string {
  const last = t1 - 1;
  const start = new Date(t0);
  const end = new Date(last);
  const wholeYears = start.getUTCMonth() === 0 && start.getUTCDate() === 1 && end.getUTCMonth() === 11 && end.getUTCDate() === 31;
  const wholeMonths = start.getUTCDate() === 1 && new Date(t1).getUTCDate() === 1;
  const precision = wholeYears ? 'year' : wholeMonths ? 'month' : 'day';
  const first = format.date(t0, precision);
  const final = format.date(last, precision);
  return first === final ? first : `${first} – ${final}`;
}

/** The event rows of the window, or periods with their counts where there are too many to list; `members` gets each period's events. */
function eventRows(
  base: ChronologyBase,
  listed: readonly number[],
  columns: readonly number[],
  members: Map<ChronologyRow, readonly number[]>,
): ChronologyRow[] {
  const eras = base.data.eras;
  const { events, format } = base;
  const eventRow = (index: number): ChronologyRow => ({
    kind: 'event',
    index,
    date: formatEventDate(events[index], format),
    eras: erasAt(eras, columns, events[index].t0),
  });
  if (listed.length <= MAX_LISTED) return listed.map(eventRow);
  const interval = calendarStep(base.window[0], base.window[1], PERIODS);
  const groups = new Map<number, number[]>();
  for (const index of listed) {
    const key = interval.floor(events[index].t0);
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  }
  return [...groups].flatMap(([t0, indices]): ChronologyRow[] => {
    if (indices.length <= SMALL_PERIOD) return indices.map(eventRow);
    const t1 = interval.offset(t0, 1);
    const row: ChronologyRow = {
      kind: 'period',
      label: periodLabel(t0, t1, format),
      count: indices.length,
      first: indices[0],
      t0,
      t1,
      eras: erasAt(eras, columns, t0),
    };
    members.set(row, indices);
    return [row];
  });
}

/** Rows with each era of the window named where it begins: before the first row at or after its start. */
function withEraRows(rows: ChronologyRow[], base: ChronologyBase, columns: readonly number[]): ChronologyRow[] {
  const { data, window, format, events } = base;
  const [w0, w1] = window;
  const time = (row: ChronologyRow) => (row.kind === 'event' ? events[row.index].t0 : row.kind === 'period' ? row.t0 : row.era.t0);
  const starts = data.eras
    .map((era, i) => ({ era, column: columns[i] }))
    .filter(({ era, column }) => column >= 0 && era.t0 < w1 && (era.t1 ?? Infinity) > w0)
    .sort((a, b) => a.era.t0 - b.era.t0);
  const out: ChronologyRow[] = [];
  let next = 0;
  for (const row of rows) {
    for (; next < starts.length && starts[next].era.t0 <= time(row); next++) out.push(eraRow(starts[next].era, starts[next].column));
    out.push(row);
  }
  for (; next < starts.length; next++) out.push(eraRow(starts[next].era, starts[next].column));
  return out;

  function eraRow(era: TimelineEra, column: number): ChronologyRow {
    return { kind: 'era', era, column, date: formatEventDate(era, format), eras: erasAt(data.eras, columns, era.t0) };
  }
}

/** The chronology of the window's events, with its eras, and where each mark's row is. */
export function layoutChronology(base: ChronologyBase): ChronologyScene {
  const { events, window, data } = base;
  const [w0, w1] = window;
  const listed: number[] = [];
  for (let i = 0; i < events.length && events[i].t0 < w1; i++) if (events[i].t1 > w0) listed.push(i);
  const columns = eraColumns(data.eras);
  const members = new Map<ChronologyRow, readonly number[]>();
  const rows = withEraRows(eventRows(base, listed, columns, members), base, columns);
  const slots = new Int32Array(events.length).fill(-1);
  rows.forEach((row, r) => {
    if (row.kind === 'event') slots[row.index] = r;
    // Events counted in a period point at its row.
    for (const index of members.get(row) ?? []) slots[index] = -2 - r;
  });
  return { ...base, vertical: true, height: 0, rows, columns: Math.max(0, ...columns) + (columns.some((c) => c >= 0) ? 1 : 0), slots };
}
