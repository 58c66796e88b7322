// Per-district counts of TTP-involved UCDP GED 22.1 events, 2007–2021, for the events layer of <border-map>.
// Reads data/sources/ucdp/ttp-events.csv and writes data/ttp-districts.csv.
//
//   node scripts/generate-districts.mjs           write data/ttp-districts.csv and report events outside Pakistan
//   node scripts/generate-districts.mjs --check   fail when data/ttp-districts.csv differs from what the events give
//
// tests/border-map-data.test.ts repeats the same computation in the browser.
import fs from 'node:fs';
import path from 'node:path';
import { csvFormat, csvParse } from 'd3-dsv';
import { feature } from 'topojson-client';
import { geoContains } from 'd3-geo';

const root = path.resolve(import.meta.dirname, '..');
const source = path.join(root, 'data/sources/ucdp/ttp-events.csv');
const target = path.join(root, 'data/ttp-districts.csv');
const FIRST = 2007;
const LAST = 2021;

const events = csvParse(fs.readFileSync(source, 'utf8'));

/**
 * One row per (adm_1, adm_2) as UCDP names them; an empty adm_2 (or adm_1) means UCDP placed those
 * events only to a province (or to Pakistan as a whole). Coordinates are the mean of the events' own
 * coordinates, to 2 decimals (about 1 km). `events_by_year` lists the counts for 2007, 2008, … 2021,
 * separated by spaces.
 */
export function aggregateDistricts(rows) {
  const groups = new Map();
  for (const row of rows) {
    const key = `${row.adm_1}|${row.adm_2}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { adm_1: row.adm_1, adm_2: row.adm_2, lon: 0, lat: 0, n: 0, years: new Map() }));
    group.lon += Number(row.longitude);
    group.lat += Number(row.latitude);
    group.n++;
    group.years.set(Number(row.year), (group.years.get(Number(row.year)) ?? 0) + 1);
  }
  const round = (v) => Math.round(v * 100) / 100;
  return (
    [...groups.values()]
      .map((g) => {
        const counts = [];
        for (let year = FIRST; year <= LAST; year++) counts.push(g.years.get(year) ?? 0);
        return { adm_1: g.adm_1, adm_2: g.adm_2, lon: round(g.lon / g.n), lat: round(g.lat / g.n), events_by_year: counts.join(' '), n: g.n };
      })
      .sort((a, b) => b.n - a.n || a.adm_1.localeCompare(b.adm_1) || a.adm_2.localeCompare(b.adm_2))
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- n only orders the rows
      .map(({ n, ...row }) => row)
  );
}

const rows = aggregateDistricts(events);
const eventsOf = (r) => r.events_by_year.split(' ').reduce((sum, n) => sum + Number(n), 0);
const total = rows.reduce((sum, r) => sum + eventsOf(r), 0);
if (total !== events.length) throw new Error(`aggregation lost events: ${total} of ${events.length}`);
const text = `${csvFormat(rows)}\n`;

if (process.argv.includes('--check')) {
  const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (existing !== text) {
    console.error('stale: data/ttp-districts.csv differs from data/sources/ucdp/ttp-events.csv; run node scripts/generate-districts.mjs');
    process.exit(1);
  }
  process.exit(0);
}

fs.writeFileSync(target, text);
const districts = rows.filter((r) => r.adm_2);
console.log(
  `wrote data/ttp-districts.csv: ${rows.length} rows, ${districts.length} districts with ${districts.reduce((s, r) => s + eventsOf(r), 0)} of ${total} events`,
);

// Where the shipped geometry disagrees with UCDP's coordinates: events and district points outside Pakistan.
const topo = JSON.parse(fs.readFileSync(path.join(root, 'data/border-region.topo.json'), 'utf8'));
const countries = feature(topo, topo.objects.countries).features;
const where = ([lon, lat]) => countries.find((f) => geoContains(f, [lon, lat]))?.id ?? 'none';
const outside = new Map();
for (const e of events) {
  const id = where([Number(e.longitude), Number(e.latitude)]);
  if (id !== 'PAK') {
    const key = `${id}: ${e.where_coordinates} (${e.adm_2 || e.adm_1 || 'no district'})`;
    outside.set(key, (outside.get(key) ?? 0) + 1);
  }
}
console.log(`events outside Pakistan's polygon at the shipped resolution: ${[...outside.values()].reduce((a, b) => a + b, 0)}`);
for (const [key, n] of [...outside].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${key}`);
for (const r of districts) {
  const id = where([r.lon, r.lat]);
  if (id !== 'PAK') console.log(`district point outside Pakistan: ${r.adm_2} (${r.adm_1}) at ${r.lon}, ${r.lat} is in ${id}`);
}
