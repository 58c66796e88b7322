// The shipped datasets against /data (drift) and against the UCDP sources they come from (recompute).
import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { ttpYearly } from '@conflict-viz/data/ttp-yearly';
import { ttpAnnotations } from '@conflict-viz/data/ttp-annotations';

async function readCsv(url: string) {
  const response = await fetch(url);
  return response.ok ? csvParse(await response.text()) : undefined;
}

/** The UCDP files in ../shared are not ours to commit: where they are absent, say so and skip. */
async function readShared(context: Mocha.Context, file: string) {
  const rows = await readCsv(`/__shared/data/ucdp/${file}`);
  if (!rows) {
    console.warn(`skipped: ../shared/data/ucdp/${file} is not present (it is not part of this repository; the test runs where ../shared exists)`);
    context.skip();
  }
  return rows!;
}

const numeric = (rows: Record<string, string>[]) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])));

describe('@conflict-viz/data matches /data', () => {
  it('ttpYearly equals data/ttp-yearly.csv, row for row', async () => {
    const rows = await readCsv('/data/ttp-yearly.csv');
    expect(ttpYearly).to.deep.equal(numeric(rows!));
    expect(Object.isFrozen(ttpYearly) && Object.isFrozen(ttpYearly[0])).to.equal(true);
  });

  it('ttpAnnotations equals data/ttp-annotations.csv', async () => {
    const rows = await readCsv('/data/ttp-annotations.csv');
    expect(ttpAnnotations).to.deep.equal(rows!.map((row) => ({ ...row })));
  });
});

describe('shipped figures recomputed from the UCDP sources', () => {
  it('data/ttp-yearly.csv equals the yearly totals of ../shared/data/ucdp/ttp-events.csv (GED 22.1)', async function () {
    const events = await readShared(this, 'ttp-events.csv');
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

  it('data/ttp-brd-deaths.csv equals the BRD dyadic 24.1 rows of ../shared/data/ucdp/ttp-yearly-extended.csv', async function () {
    const extended = await readShared(this, 'ttp-yearly-extended.csv');
    const shipped = await readCsv('/data/ttp-brd-deaths.csv');
    const source = extended
      .filter((row) => row.source_dataset === 'BRD dyadic 24.1')
      .map(({ year, deaths_best, deaths_low, deaths_high }) => ({ year, deaths_best, deaths_low, deaths_high }));
    expect(shipped!.map((row) => ({ ...row }))).to.deep.equal(source);
    expect(shipped!.at(-1)).to.deep.include({ year: '2023', deaths_best: '752' });
  });
});
