// The map's shipped datasets: against /data (drift) and, for the districts, recomputed from the UCDP events.
import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { parseMapGeometry } from '@conflict-viz/border-map/model';
import { borderRegion } from '@conflict-viz/data/border-region';
import { locatorLand } from '@conflict-viz/data/locator-land';
import { mapPlaces } from '@conflict-viz/data/map-places';
import { ttpDistricts } from '@conflict-viz/data/ttp-districts';
import { inside } from './border-map-fixtures.js';
import { readText } from './helpers.js';

describe('@conflict-viz/data map datasets match /data', () => {
  it('borderRegion and locatorLand equal data/border-region.topo.json and data/locator-land.topo.json', async () => {
    expect(borderRegion).to.deep.equal(JSON.parse((await readText('/data/border-region.topo.json'))!));
    expect(locatorLand).to.deep.equal(JSON.parse((await readText('/data/locator-land.topo.json'))!));
    expect(Object.isFrozen(borderRegion)).to.equal(true);
  });

  it('mapPlaces equals data/map-places.csv, and every place has a note, a source and the source of its coordinates', async () => {
    const rows = csvParse((await readText('/data/map-places.csv'))!);
    expect(mapPlaces).to.deep.equal(rows.map((r) => ({ ...r, lon: Number(r.lon), lat: Number(r.lat) })));
    for (const place of mapPlaces) {
      expect(place.note.length, place.id).to.be.greaterThan(20);
      expect(place.source, place.id).to.contain('Pakistan');
      expect(place.location_source, place.id).to.match(/GeoNames|UCDP/);
    }
  });

  it('every place lies inside the country the article puts it in, on the shipped geometry', () => {
    const countries = parseMapGeometry(borderRegion, 'default').value!.countries;
    const countryOf = (lon: number, lat: number) => countries.find((c) => inside(c.feature.geometry, [lon, lat]))?.code;
    const expected: Record<string, string> = { kabul: 'AFG', islamabad: 'PAK', peshawar: 'PAK', paktika: 'AFG', panjshir: 'AFG' };
    for (const place of mapPlaces) expect(countryOf(place.lon, place.lat), place.id).to.equal(expected[place.id]);
  });
});

describe('data/ttp-districts.csv recomputed from the UCDP events', () => {
  it('equals the per-district counts and mean coordinates of data/sources/ucdp/ttp-events.csv (GED 22.1)', async function () {
    const text = await readText('/data/sources/ucdp/ttp-events.csv');
    const events = csvParse(text!);
    expect(events.length).to.equal(4262);
    const groups = new Map<string, { lon: number; lat: number; n: number; years: number[] }>();
    for (const e of events) {
      const key = `${e.adm_1}|${e.adm_2}`;
      const g = groups.get(key) ?? { lon: 0, lat: 0, n: 0, years: new Array(15).fill(0) };
      g.lon += Number(e.longitude);
      g.lat += Number(e.latitude);
      g.n++;
      g.years[Number(e.year) - 2007]++;
      groups.set(key, g);
    }
    expect(ttpDistricts.length).to.equal(groups.size);
    for (const row of ttpDistricts) {
      const g = groups.get(`${row.adm_1}|${row.adm_2}`)!;
      expect(g, `${row.adm_1} / ${row.adm_2}`).to.not.equal(undefined);
      expect(row.events_by_year, row.adm_2).to.equal(g.years.join(' '));
      // The mean of the events' coordinates, rounded to 2 decimals as the generator rounds it.
      expect(row.lon, row.adm_2).to.equal(Math.round((g.lon / g.n) * 100) / 100);
      expect(row.lat, row.adm_2).to.equal(Math.round((g.lat / g.n) * 100) / 100);
    }
  });
});
