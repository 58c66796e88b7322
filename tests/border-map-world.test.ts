// Any border on the real world-atlas files (countries-110m.json and countries-50m.json, the npm package
// world-atlas 2.0.2): polygons wound so that nothing fills the sea, ISO alpha-3 and numeric codes for
// `highlight`, both countries of any pair drawn whole with their shared border emphasised, and the
// Durand Line's words only for Afghanistan and Pakistan.
import { expect, fixture, html } from '@open-wc/testing';
import { geoArea } from 'd3-geo';
import '@conflict-viz/border-map';
import { borderRegion } from '@conflict-viz/data/border-region';
import { createLayoutContext } from '@conflict-viz/core/pure';
import {
  ISO_3166_1,
  isoEquivalents,
  needsIsoCodes,
  layoutBorderMap,
  parseMapGeometry,
  resolveHighlight,
  type BorderMapOptions,
  type MapGeometry,
} from '@conflict-viz/border-map/model';
import { iso31661 } from 'iso-3166';
import { $, $$, part, settled, text, until, type CvHost } from './helpers.js';

const ATLAS = '/node_modules/world-atlas';
const atlas: Record<string, MapGeometry> = {};

before(async () => {
  for (const file of ['countries-110m.json', 'countries-50m.json']) {
    const parsed = parseMapGeometry(await (await fetch(`${ATLAS}/${file}`)).json(), 'src');
    expect(parsed.issues, file).to.deep.equal([]);
    atlas[file] = parsed.value!;
  }
});

const options: BorderMapOptions = { projection: 'conic-conformal', disputed: 'dashed', layers: new Set(), places: [], markers: [], districts: [] };
const WIDTH = 800;

function layout(geometry: MapGeometry, highlight: string, article = false) {
  const pair = resolveHighlight(geometry, highlight, undefined, isoEquivalents);
  expect(pair.issues, highlight).to.deep.equal([]);
  return layoutBorderMap({ geometry, pair: pair.value!, article }, options, createLayoutContext({ width: WIDTH, locale: 'en' }));
}

/** Whether the drawn shape of a country covers a point of the map, as the browser fills it (in a rendered SVG). */
function fills(d: string, [x, y]: readonly number[]): boolean {
  const svg = document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  try {
    const path = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
    path.setAttribute('d', d);
    return path.isPointInFill(new DOMPoint(x, y));
  } finally {
    svg.remove();
  }
}

describe('<border-map> geometry from world-atlas', () => {
  for (const file of ['countries-110m.json', 'countries-50m.json']) {
    it(`parseMapGeometry(${file}) winds every country as d3-geo reads it: together they cover the land, about 29% of the globe, not the sea`, () => {
      const { countries } = atlas[file];
      expect(countries.length).to.be.greaterThan(170);
      const areas = countries.map((c) => geoArea(c.feature));
      const largest = countries[areas.indexOf(Math.max(...areas))].name;
      expect(Math.max(...areas), `${largest} covers more than a hemisphere`).to.be.below(2 * Math.PI);
      const share = areas.reduce((a, b) => a + b, 0) / (4 * Math.PI);
      expect(share).to.be.within(0.25, 0.31);
    });
  }

  it('GeoJSON wound the RFC 7946 way (anticlockwise) is turned round as well', () => {
    const square = [
      [10, 10],
      [12, 10],
      [12, 12],
      [10, 12],
      [10, 10],
    ];
    const parsed = parseMapGeometry({ type: 'Feature', id: 'SQ', geometry: { type: 'Polygon', coordinates: [square] } }, 'data property');
    expect(geoArea(parsed.value!.countries[0].feature)).to.be.below(0.01);
  });

  it('highlight takes ISO 3166-1 alpha-3 and numeric codes, in any case and padding, whatever the geometry writes', () => {
    expect(isoEquivalents('ind')).to.deep.equal(['IND', '356']);
    expect(isoEquivalents('4')).to.deep.equal(['4', '004', 'AFG']);
    for (const highlight of ['IND PAK', 'ind,pak', '356 586', 'IND 586']) {
      const pair = resolveHighlight(atlas['countries-110m.json'], highlight, undefined, isoEquivalents).value!;
      expect(
        pair.map((c) => c.name),
        highlight,
      ).to.deep.equal(['India', 'Pakistan']);
    }
    // The article's map writes alpha-3 ids: numeric codes find them too.
    const region = parseMapGeometry(borderRegion, 'default').value!;
    expect(resolveHighlight(region, '4 586', undefined, isoEquivalents).value!.map((c) => c.code)).to.deep.equal(['AFG', 'PAK']);
    expect(resolveHighlight(atlas['countries-110m.json'], 'IND XYZ', undefined, isoEquivalents).issues[0].message).to.match(/^"XYZ" is not in the geometry/);
  });

  it('needsIsoCodes: only a code in an ISO form the geometry does not write needs the ISO 3166-1 table', () => {
    const region = parseMapGeometry(borderRegion, 'default').value!;
    const world = atlas['countries-110m.json'];
    // The article's map (alpha-3 ids) and world-atlas (numeric ids), each named as it writes its ids: no table.
    expect(needsIsoCodes(region, 'AFG PAK')).to.equal(false);
    expect(needsIsoCodes(region, 'afg, pak')).to.equal(false);
    expect(needsIsoCodes(world, '356 586')).to.equal(false);
    expect(needsIsoCodes(region, undefined)).to.equal(false);
    // A name or a made-up id is no ISO code: the table cannot help, the message says what the geometry has.
    expect(needsIsoCodes(region, 'AFG Pakistan')).to.equal(false);
    // The other form: the table is needed, and without it the code is not found.
    expect(needsIsoCodes(world, 'IND PAK')).to.equal(true);
    expect(needsIsoCodes(region, '4 586')).to.equal(true);
    expect(resolveHighlight(world, 'IND PAK').issues[0].message).to.match(/^"IND" and "PAK" are not in the geometry/);
  });

  it('layoutBorderMap draws both countries of a pair whole, the sea as sea, and the border they share', () => {
    const scene = layout(atlas['countries-110m.json'], 'IND PAK');
    const height = scene.height;
    const focus = scene.countries.filter((c) => c.focus);
    expect(focus.map((c) => c.name)).to.deep.equal(['India', 'Pakistan']);
    // Every vertex of both countries projects inside the map.
    for (const country of resolveHighlight(atlas['countries-110m.json'], 'IND PAK', undefined, isoEquivalents).value!) {
      const points = (country.feature.geometry.type === 'Polygon' ? [country.feature.geometry.coordinates] : country.feature.geometry.coordinates).flat(2);
      for (const p of points) {
        const [x, y] = scene.projection(p as [number, number])!;
        expect(x >= 0 && x <= WIDTH && y >= 0 && y <= height, `${country.name} ${p}`).to.equal(true);
      }
    }
    const sea = scene.projection([65, 15])!; // the Arabian Sea
    expect(scene.countries.filter((c) => fills(c.d, sea)).map((c) => c.name)).to.deep.equal([]);
    const india = scene.countries.find((c) => c.name === 'India')!;
    expect(fills(india.d, scene.projection([78, 22])!)).to.equal(true);
    expect(scene.highlight).to.not.equal('');
    expect(scene.border!.name).to.equal('India–Pakistan border');
    expect(scene.border!.km).to.be.within(1500, 3500);
  });

  it('a pair across the antimeridian (the United States, with the Aleutians) is centred on itself in countries-50m.json', () => {
    const scene = layout(atlas['countries-50m.json'], 'USA MEX');
    const centre = -scene.projection.rotate()[0];
    expect(centre).to.be.within(-140, -90);
    const gulf = scene.projection([-90, 25])!; // the Gulf of Mexico
    expect(scene.countries.filter((c) => fills(c.d, gulf)).map((c) => c.name)).to.deep.equal([]);
  });
});

describe('<border-map> any border in the element', () => {
  it('world-atlas countries-110m.json as src with highlight="IND PAK": both countries emphasised, the border, no Durand Line', async () => {
    const el = await fixture<CvHost>(html`<border-map src="${ATLAS}/countries-110m.json" highlight="IND PAK"></border-map>`);
    await until(() => !!part(el, 'border') || el.issues.length > 0);
    await settled(el);
    expect(el.issues).to.deep.equal([]);
    expect($$(el, 'path.country.focus').map((p) => p.getAttribute('data-code'))).to.deep.equal(['356', '586']);
    expect(text(part(el, 'legend'))).to.contain('India–Pakistan border');
    expect(el.shadowRoot!.textContent).to.not.match(/Durand|article/i);
    await expect(el).to.be.accessible();
  });

  it('world-atlas with no highlight emphasises nothing: the article’s pair is the article map’s default only', async () => {
    const el = await fixture<CvHost>(html`<border-map src="${ATLAS}/countries-110m.json"></border-map>`);
    await until(() => !!part(el, 'svg') || el.issues.length > 0);
    await settled(el);
    expect(part(el, 'border')).to.equal(null);
    expect($$(el, 'path.country.focus')).to.have.length(0);
  });

  it('another pair on the article’s map: no Durand Line heading or notes, and a note that India continues beyond the map', async () => {
    const el = await fixture<CvHost>(html`<border-map highlight="IND PAK"></border-map>`);
    await settled(el);
    const all = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(part(el, 'heading')).to.equal(null);
    expect(all).to.not.contain('Durand');
    expect(text(part(el, 'notes'))).to.contain(
      'India continues beyond this map, which is cut to 53° E–85° E, 21° N–40.5° N: to draw both countries whole, set src to a world map such as world-atlas countries-50m.json.',
    );
    expect(text(part(el, 'source'))).to.contain('Natural Earth');
    // The article's pair keeps the article's words.
    el.setAttribute('highlight', '004 586');
    // Numeric codes on alpha-3 ids: drawn once the ISO table has loaded.
    await until(() => text(part(el, 'heading')) !== '');
    await settled(el);
    expect(text(part(el, 'heading'))).to.equal('Afghanistan, Pakistan and the Durand Line');
    expect(text($(el, '[part="notes"]'))).to.contain('Durand Line');
  });
});

describe('the ISO 3166-1 table', () => {
  it("is the iso-3166 package's, as scripts/generate-iso-codes.mjs writes it (run it when the package changes)", () => {
    const expected = iso31661
      .map((c) => `${c.alpha3}${c.numeric}`)
      .sort()
      .join('');
    expect(ISO_3166_1).to.equal(expected);
    expect(ISO_3166_1.length).to.equal(249 * 6);
  });
});
