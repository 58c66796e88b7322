// The shipped datasets against /data (drift) and against the UCDP sources they come from (recompute).
import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { ttpYearly } from '@conflict-viz/data/ttp-yearly';
import { ttpBrdDeaths } from '@conflict-viz/data/ttp-brd-deaths';
import { ttpAnnotations } from '@conflict-viz/data/ttp-annotations';
import { readText } from './helpers.js';

async function readCsv(url: string) {
  const text = await readText(url);
  return text === undefined ? undefined : csvParse(text);
}

/** The UCDP extracts the shipped figures come from (data/sources/ucdp, committed with their provenance). */
async function readSource(file: string) {
  const rows = await readCsv(`/data/sources/ucdp/${file}`);
  if (!rows) throw new Error(`data/sources/ucdp/${file} could not be read`);
  return rows;
}

const numeric = (rows: Record<string, string>[]) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])));

describe('@conflict-viz/data matches /data', () => {
  it('ttpYearly equals data/ttp-yearly.csv, row for row', async () => {
    const rows = await readCsv('/data/ttp-yearly.csv');
    expect(ttpYearly).to.deep.equal(numeric(rows!));
    expect(Object.isFrozen(ttpYearly) && Object.isFrozen(ttpYearly[0])).to.equal(true);
  });

  it('ttpBrdDeaths equals data/ttp-brd-deaths.csv, row for row', async () => {
    const rows = await readCsv('/data/ttp-brd-deaths.csv');
    expect(ttpBrdDeaths).to.deep.equal(numeric(rows!));
    expect(Object.isFrozen(ttpBrdDeaths) && Object.isFrozen(ttpBrdDeaths[0])).to.equal(true);
  });

  it('ttpAnnotations equals data/ttp-annotations.csv', async () => {
    const rows = await readCsv('/data/ttp-annotations.csv');
    expect(ttpAnnotations).to.deep.equal(rows!.map((row) => ({ ...row })));
  });
});

describe('shipped figures recomputed from the UCDP sources', () => {
  it('data/ttp-yearly.csv equals the yearly totals of data/sources/ucdp/ttp-events.csv (GED 22.1)', async function () {
    const events = await readSource('ttp-events.csv');
    const byYear = new Map<number, Record<string, number>>();
    for (const e of events) {
      const year = Number(e.year);
      const row =
        byYear.get(year) ??
        byYear
          .set(year, { year, events: 0, events_state_based: 0, events_non_state: 0, events_one_sided: 0, deaths_best: 0, deaths_low: 0, deaths_high: 0 })
          .get(year)!;
      row.events++;
      row[['', 'events_state_based', 'events_non_state', 'events_one_sided'][Number(e.type_of_violence)]]++;
      row.deaths_best += Number(e.best);
      row.deaths_low += Number(e.low);
      row.deaths_high += Number(e.high);
    }
    const recomputed = [...byYear.values()].sort((a, b) => a.year - b.year);
    expect(events.length).to.equal(4262);
    expect(ttpYearly).to.deep.equal(recomputed);
  });

  it('data/ttp-brd-deaths.csv equals the BRD dyadic 24.1 rows of data/sources/ucdp/ttp-yearly-extended.csv', async function () {
    const extended = await readSource('ttp-yearly-extended.csv');
    const shipped = await readCsv('/data/ttp-brd-deaths.csv');
    const source = extended
      .filter((row) => row.source_dataset === 'BRD dyadic 24.1')
      .map(({ year, deaths_best, deaths_low, deaths_high }) => ({ year, deaths_best, deaths_low, deaths_high }));
    expect(shipped!.map((row) => ({ ...row }))).to.deep.equal(source);
    expect(shipped!.at(-1)).to.deep.include({ year: '2023', deaths_best: '752' });
  });

  it('the battle-deaths series the chart draws is BRD 24.1 for 2007–2023: 17 years, each best within its range', async function () {
    const extended = await readSource('ttp-yearly-extended.csv');
    const recomputed = numeric(
      extended
        .filter((row) => row.source_dataset === 'BRD dyadic 24.1')
        .map(({ year, deaths_best, deaths_low, deaths_high }) => ({ year, deaths_best, deaths_low, deaths_high })),
    );
    expect(ttpBrdDeaths).to.deep.equal(recomputed);
    expect(ttpBrdDeaths.map((row) => row.year)).to.deep.equal(Array.from({ length: 17 }, (_, i) => 2007 + i));
    for (const row of ttpBrdDeaths) expect(row.deaths_low <= row.deaths_best && row.deaths_best <= row.deaths_high, String(row.year)).to.equal(true);
    expect(ttpBrdDeaths.slice(-2)).to.deep.equal([
      { year: 2022, deaths_best: 494, deaths_low: 492, deaths_high: 525 },
      { year: 2023, deaths_best: 752, deaths_low: 715, deaths_high: 759 },
    ]);
    // BRD 23.1, an independent copy, agrees for every year it covers.
    const brd231 = extended.filter((row) => row.source_dataset === 'BRD dyadic 23.1');
    expect(brd231.length).to.equal(16);
    for (const row of brd231) expect(ttpBrdDeaths.find((r) => r.year === Number(row.year))!.deaths_best, row.year).to.equal(Number(row.deaths_best));
  });

  it('UCDP names the TTP from February 2007 (one-sided) and fights it from July 2007 (dyad 857), as data/README.md says', async function () {
    const events = await readSource('ttp-events.csv');
    const first = (rows: readonly Record<string, string>[]) => rows.map((e) => e.date_start.slice(0, 7)).sort()[0];
    expect(first(events)).to.equal('2007-02');
    expect(first(events.filter((e) => e.dyad_name === 'Government of Pakistan - TTP'))).to.equal('2007-07');
    const readme = (await (await fetch('/data/README.md')).text()).replace(/\s+/g, ' ');
    for (const claim of ['is from February 2007', 'from July 2007']) expect(readme.includes(claim), claim).to.equal(true);
  });
});

describe('data/sources/ucdp holds the files its README names', () => {
  const sha256 = async (url: string) => {
    const bytes = await (await fetch(url)).arrayBuffer();
    return [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
  };

  it('each extract has the sha256 given in data/sources/ucdp/README.md', async () => {
    const readme = (await readText('/data/sources/ucdp/README.md'))!;
    for (const file of ['ttp-events.csv', 'ttp-yearly.csv', 'ttp-yearly-extended.csv']) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
      expect(row, file).to.include(await sha256(`/data/sources/ucdp/${file}`));
    }
  });

  it('the BRD dyadic 24.1 rows of the extended table are the dyad-857 rows of the release, verbatim', async () => {
    const release = (await readSource('extended-sources/brd-dyadic-241-ttp.csv')).filter((row) => row.dyad_id === '857');
    const extended = (await readSource('ttp-yearly-extended.csv')).filter((row) => row.source_dataset === 'BRD dyadic 24.1');
    expect(extended.map(({ year, deaths_best, deaths_low, deaths_high }) => [year, deaths_best, deaths_low, deaths_high])).to.deep.equal(
      release.map(({ year, bd_best, bd_low, bd_high }) => [year, bd_best, bd_low, bd_high]),
    );
  });
});
