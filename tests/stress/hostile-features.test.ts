// Hostile map features: null geometries, a polygon round the whole globe, degenerate polygons. What can be
// drawn is drawn; what cannot is named (input, feature, problem, fix) beside the drawing, and a geometry
// with nothing to draw is refused with cv-error, the last map kept. (The antimeridian: hostile-geometry.)
import { expect, html, oneEvent } from '@open-wc/testing';
import '@conflict-viz/border-map';
import { parseMapGeometry } from '@conflict-viz/border-map/model';
import type { CvErrorEvent } from '@conflict-viz/core';
import { $$, captureWarnings, drawing, mountIn, notice, part, settled, text, type CvHost } from '../helpers.js';
import { MAP_PROJECTIONS as PROJECTIONS, drawnCountries } from '../border-map-fixtures.js';

type Ring = [number, number][];
const square = (lon: number, lat: number, size: number): Ring => [
  [lon, lat],
  [lon, lat + size],
  [lon + size, lat + size],
  [lon + size, lat],
  [lon, lat],
];
const polygon = (...rings: Ring[]) => ({ type: 'Polygon', coordinates: rings });
/** A GeoJSON collection of countries with ids and names, one per geometry (null for a feature without one). */
const countries = (...geometries: unknown[]) => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry, i) => ({ type: 'Feature', id: `C${i + 1}`, properties: { name: `Country ${i + 1}` }, geometry })),
});
/** A TopoJSON whose object `countries` holds `geometries`; arc 0 is a 10° square at 60° E, 20° N. */
const topology = (...geometries: unknown[]) => ({
  type: 'Topology',
  arcs: [square(60, 20, 10)],
  objects: { countries: { type: 'GeometryCollection', geometries } },
});
const GOOD_TOPO = { type: 'Polygon', arcs: [[0]], id: 'AAA', properties: { name: 'Squareland' } };
const WHOLE_WORLD: Ring = [
  [-180, -90],
  [180, -90],
  [180, 90],
  [-180, 90],
  [-180, -90],
];

/** The messages of what a geometry leaves out. */
const warned = (input: unknown) => (parseMapGeometry(input, 'src').warnings ?? []).map((w) => `${w.source}: ${w.message}`);

describe('hostile map features: model', () => {
  it('TopoJSON with null geometries draws the rest and names each empty feature by index and id', () => {
    const input = topology(GOOD_TOPO, null, { type: null, id: 'BBB' }, { type: 'Polygon', id: 'CCC' }, { type: 'MultiPolygon', arcs: null, id: 'DDD' });
    const parsed = parseMapGeometry(input, 'src');
    expect(parsed.issues).to.deep.equal([]);
    expect(parsed.value!.countries.map((c) => c.code)).to.deep.equal(['AAA']);
    const missing = 'is not drawn: its geometry is null or not a valid Polygon or MultiPolygon; fix or remove it';
    expect(warned(input)).to.deep.equal([
      `src: feature 2 ${missing}`,
      `src: feature 3 ("BBB") ${missing}`,
      `src: feature 4 ("CCC") ${missing}`,
      `src: feature 5 ("DDD") ${missing}`,
    ]);
  });

  it('GeoJSON with a null geometry, a line and broken coordinates draws the rest and names each', () => {
    const input = countries(
      polygon(square(60, 20, 10)),
      null,
      { type: 'LineString', coordinates: [square(0, 0, 1)] },
      { type: 'Polygon', coordinates: null },
      { type: 'MultiPolygon', coordinates: [[[[0, 0], 'x', [1, 1], [0, 0]]]] },
    );
    expect(parseMapGeometry(input, 'src').value!.countries.map((c) => c.code)).to.deep.equal(['C1']);
    expect(warned(input)).to.deep.equal([
      ...[2, 3, 4, 5].map(
        (n) => `src: feature ${n} ("Country ${n}") is not drawn: its geometry is null or not a valid Polygon or MultiPolygon; fix or remove it`,
      ),
    ]);
  });

  it('a geometry with nothing to draw is refused: the input, then each feature and why', () => {
    const parsed = parseMapGeometry(topology(null, { type: null, id: 'BBB' }), 'data property');
    expect(parsed.value).to.equal(undefined);
    expect(parsed.issues.map((i) => i.message)).to.deep.equal([
      'has no polygons: expected countries as Polygon or MultiPolygon features',
      'feature 1 is not drawn: its geometry is null or not a valid Polygon or MultiPolygon; fix or remove it',
      'feature 2 ("BBB") is not drawn: its geometry is null or not a valid Polygon or MultiPolygon; fix or remove it',
    ]);
  });

  it('a polygon round the whole globe, either way round, draws no NaN: it is named, and the other countries are drawn', () => {
    for (const ring of [WHOLE_WORLD, [...WHOLE_WORLD].reverse()]) {
      const input = countries(polygon(ring), polygon(square(60, 20, 10)));
      expect(warned(input)).to.deep.equal(['src: feature 1 ("Country 1") is not drawn: it covers the whole globe or reaches both poles; leave it out']);
      for (const drawn of drawnCountries(input)) {
        expect(drawn.map((c) => c.code)).to.deep.equal(['C2']);
        expect(drawn[0].d).to.match(/^M[\d.,LMZ-]+$/);
        expect(drawn[0].d).not.to.match(/NaN|Infinity/);
      }
    }
  });

  it('degenerate polygons (fewer than 3 distinct points, no area, no rings) are named; a degenerate part of a country is left out silently', () => {
    const input = countries(
      polygon([
        [60, 20],
        [61, 21],
        [60, 20],
      ]),
      polygon([
        [60, 20],
        [60, 20],
        [60, 20],
        [60, 20],
      ]),
      polygon([
        [60, 20],
        [60, 21],
        [60, 22],
        [60, 20],
      ]),
      { type: 'Polygon', coordinates: [] },
      { type: 'MultiPolygon', coordinates: [[[]], [square(60, 20, 10)], [[[62, 22]]]] },
    );
    const flat = 'is not drawn: it has no area (under 3 distinct points, or on one line); check its coordinates';
    expect(warned(input)).to.deep.equal([1, 2, 3, 4].map((n) => `src: feature ${n} ("Country ${n}") ${flat}`));
    for (const drawn of drawnCountries(input)) {
      expect(drawn.map((c) => c.code)).to.deep.equal(['C5']);
      expect(drawn[0].d.match(/M/g)).to.have.length(1);
    }
  });
});

/** Set the map's data and wait for what it gives: a drawing (cv-render) or a refusal (cv-error). */
async function give(el: CvHost, data: unknown): Promise<void> {
  el.data = data;
  await settled(el);
}

describe('hostile map features: <border-map>', () => {
  it('null geometries in TopoJSON: the rest is drawn, each empty feature is named beside it, and no internal error is shown', async () => {
    const el = await mountIn<CvHost>(html`<border-map></border-map>`, 640);
    const console = captureWarnings();
    try {
      await give(el, topology(GOOD_TOPO, null, { type: null, id: 'BBB' }));
    } finally {
      console.restore();
    }
    expect(el.dataSource).to.equal('data property');
    expect(notice(el)).to.equal('');
    const warning = text(part(el, 'warning'));
    expect(warning).to.contain('data property: feature 2 is not drawn: its geometry is null');
    expect(warning).to.contain('data property: feature 3 ("BBB") is not drawn: its geometry is null');
    expect(el.shadowRoot!.textContent).not.to.match(/Cannot read|internal error|undefined/);
    expect($$(el, 'path.country').map((p) => p.getAttribute('d'))).to.have.length(1);
  });

  it('a whole-globe polygon beside a country: no NaN anywhere in the drawing, the country drawn, the polygon named', async () => {
    for (const projection of PROJECTIONS) {
      const el = await mountIn<CvHost>(html`<border-map projection=${projection}></border-map>`, 640);
      const console = captureWarnings();
      try {
        await give(el, countries(polygon(WHOLE_WORLD), polygon(square(60, 20, 10))));
      } finally {
        console.restore();
      }
      expect(drawing(el), projection).not.to.match(/NaN|Infinity/);
      expect($$(el, 'path.country'), projection).to.have.length(1);
      expect(text(part(el, 'warning')), projection).to.contain('feature 1 ("Country 1") is not drawn: it covers the whole globe');
    }
  });

  it('a geometry with nothing drawable after a good one: cv-error naming each feature, the last map kept', async () => {
    const el = await mountIn<CvHost>(html`<border-map></border-map>`, 640);
    await give(el, countries(polygon(square(60, 20, 10))));
    const before = drawing(el);
    const console = captureWarnings();
    try {
      const failed = oneEvent(el, 'cv-error') as Promise<CvErrorEvent>;
      el.data = countries(
        polygon([
          [60, 20],
          [61, 21],
          [60, 20],
        ]),
        polygon(WHOLE_WORLD),
      );
      const { detail } = await failed;
      await settled(el);
      expect(detail.messages).to.deep.equal([
        'data property: has no polygons: expected countries as Polygon or MultiPolygon features',
        'data property: feature 1 ("Country 1") is not drawn: it has no area (under 3 distinct points, or on one line); check its coordinates',
        'data property: feature 2 ("Country 2") is not drawn: it covers the whole globe or reaches both poles; leave it out',
      ]);
    } finally {
      console.restore();
    }
    expect(notice(el)).to.contain('feature 1 ("Country 1") is not drawn: it has no area');
    expect(drawing(el)).to.equal(before);
  });
});
