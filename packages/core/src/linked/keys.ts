/**
 * What links a mark to a choice in another element of the group: the years it stands for and the names of
 * its place, read from its datum (what `cv-select` carries). A year of the chart, an event of the timeline
 * and a place of the map meet on years, or on a place's name written in an event's id or title.
 */

/** A choice, or a mark, as the group compares them. */
export interface LinkKeys {
  /** Whole years (UTC) it stands for. */
  readonly years: readonly number[];
  /** Names of its place, or text that may name one (an event's id and title), as words in lower case. */
  readonly names: readonly string[];
  /** What the reader chose, in a few words: the year, the event's or the place's title. */
  readonly label: string;
}

/** An event longer than this many years (a span, not a moment) stands for its first years only. */
const MAX_YEARS = 100;
/** Shorter names (a numeric id, "US") would link unrelated marks. */
const MIN_NAME_LENGTH = 3;

const yearOf = (time: number) => new Date(time).getUTCFullYear();
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** Words in lower case with one space between them: `aps-peshawar` and "APS, Peshawar" read alike. */
export const words = (value: string): string =>
  value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A name, and the name without a trailing lower-case word ("Paktika province" -> "Paktika", "Peshawar district" -> "Peshawar"). */
function namesOf(name: string): string[] {
  const short = /^(.+?)\s+\p{Ll}+$/u.exec(name.trim())?.[1];
  return short ? [name, short] : [name];
}

/** The years of a datum: `year` (the chart's), `years` (a map district's, with events), or `t0`–`t1` in UTC ms (a timeline event's). */
function yearsOf(datum: Record<string, unknown>): number[] {
  if (Number.isInteger(datum.year)) return [datum.year as number];
  if (Array.isArray(datum.years)) return datum.years.filter((year): year is number => Number.isInteger(year));
  const { t0, t1 } = datum;
  if (typeof t0 !== 'number' || typeof t1 !== 'number' || !(t1 > t0)) return [];
  const first = yearOf(t0);
  // `t1` is the end, exclusive: an event of 2014 ends on 1 January 2015.
  const last = Math.min(yearOf(t1 - 1), first + MAX_YEARS - 1);
  return Array.from({ length: last - first + 1 }, (_, k) => first + k);
}

/** What a datum links by: its years, and its place's names (`id` with a letter in it, `title`, `label`, `name`). */
export function linkKeysOf(datum: unknown): LinkKeys {
  if (datum === null || typeof datum !== 'object') return { years: [], names: [], label: '' };
  const record = datum as Record<string, unknown>;
  const years = yearsOf(record);
  const id = text(record.id);
  // An event's title is text that may name a place; a place's label or name is the name itself.
  const title = text(record.title);
  const place = text(record.label) ?? text(record.name);
  const given = [/\p{L}/u.test(id ?? '') ? id : undefined, title, ...(place ? namesOf(place) : [])];
  const names = [...new Set(given.filter((name): name is string => !!name).map(words))].filter((name) => name.length >= MIN_NAME_LENGTH);
  return { years, names, label: title ?? place ?? (years.length ? String(years[0]) : '') };
}

/** Whether one name is written, as whole words, in the other. */
const names = (a: string, b: string) => ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);

/**
 * Whether a mark answers a choice: by name where both have names (an event and a place: the event says where),
 * else by year (a year of the chart, a timeline event's years, the years of a district's events).
 */
export function linked(mark: LinkKeys, choice: LinkKeys): boolean {
  if (mark.names.length && choice.names.length) return mark.names.some((a) => choice.names.some((b) => names(a, b)));
  return mark.years.some((year) => choice.years.includes(year));
}
