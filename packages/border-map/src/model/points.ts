/** The points a map marks: a reader's markers (validated), and event counts per district. */
import { parseRecords, quote, readHref, readNumber, readText, type Parsed } from '@conflict-viz/core/pure';
import { fail } from './geometry.js';

/** Events of the UCDP file: the first and last year. */
export const EVENT_YEARS = [2007, 2021] as const;

export interface MapMarker {
  readonly lon: number;
  readonly lat: number;
  readonly label: string;
  readonly note?: string;
  /** Only http(s) links survive validation. */
  readonly href?: string;
  /** Where the point comes from, shown in the tooltip and table. */
  readonly source?: string;
}

/** The most markers a map takes: each gets a labelled symbol, and labels are placed against every other. */
export const MAX_MARKERS = 500;
const LONGITUDE = { min: -180, max: 180 };
const LATITUDE = { min: -90, max: 90 };

/**
 * Validate markers (the `markers` property or attribute JSON): `{lon, lat, label, note?, href?}`.
 * Longitude within ±180, latitude within ±90, numbers or numeric text; `href` only http(s). Any bad
 * marker, or more than MAX_MARKERS, rejects the set (the element keeps the last good one); every
 * problem names its row and field.
 */
export function parseMarkers(input: unknown, source = 'markers'): Parsed<MapMarker[]> {
  if (!Array.isArray(input)) return fail(source, `must be an array of {lon, lat, label}, got ${quote(input)}`);
  if (input.length > MAX_MARKERS) return fail(source, `has ${input.length} markers; a map takes at most ${MAX_MARKERS}`);
  if (!input.length) return { value: [], issues: [] };
  return parseRecords<MapMarker>(input, source, (row) => {
    const lon = row.get('lon', readNumber, true, LONGITUDE);
    const lat = row.get('lat', readNumber, true, LATITUDE);
    const label = row.get('label', readText, true, 80);
    const note = row.get('note', readText, false, 300);
    const href = row.get('href', readHref);
    return lon === undefined || lat === undefined || label === undefined ? undefined : { lon, lat, label, note, href };
  });
}

export interface DistrictRecord {
  readonly adm_1: string;
  /** Empty when UCDP places the events only to a province or the country. */
  readonly adm_2: string;
  readonly lon: number;
  readonly lat: number;
  /** Counts for 2007, 2008, … 2021, separated by spaces. */
  readonly events_by_year: string;
}

export interface District {
  readonly name: string;
  readonly province: string;
  readonly lon: number;
  readonly lat: number;
  readonly events: number;
  /** The years of the range with events, for linked views (a chart's year answers the districts with events in it). */
  readonly years: readonly number[];
}

/** Event counts per district within `from`–`to` (years inclusive), and the events not placed in a district. */
export function countDistrictEvents(records: readonly DistrictRecord[], from: number = EVENT_YEARS[0], to: number = EVENT_YEARS[1]) {
  const sum = (r: DistrictRecord, first = from, last = to) => {
    const counts = r.events_by_year.split(' ');
    let n = 0;
    for (let year = first; year <= last; year++) n += Number(counts[year - EVENT_YEARS[0]] ?? 0);
    return n;
  };
  const districts: District[] = [];
  let unplaced = 0;
  for (const r of records) {
    const events = sum(r);
    if (!r.adm_2) unplaced += events;
    else if (events > 0) {
      const years: number[] = [];
      for (let year = from; year <= to; year++) if (sum(r, year, year)) years.push(year);
      districts.push({ name: r.adm_2, province: r.adm_1, lon: r.lon, lat: r.lat, events, years });
    }
  }
  districts.sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  // The circles keep one scale for every year range: the largest district over the whole period.
  let max = 1;
  for (const r of records) if (r.adm_2) max = Math.max(max, sum(r, EVENT_YEARS[0], EVENT_YEARS[1]));
  return { districts, unplaced, max };
}
