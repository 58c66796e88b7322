// Hostile input for <border-map> (fast-check): wrong types, NaN and Infinity, out-of-range and
// projected coordinates, broken TopoJSON, unicode and 10 KB labels, malformed JSON. For each: no
// uncaught error, no NaN or Infinity in the SVG, a visible error when the input was rejected, and
// a map still drawn.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '@conflict-viz/border-map';
import type { BorderMap } from '@conflict-viz/border-map';
import { badGeometry } from './helpers.js';

const number = fc.oneof(fc.double(), fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(NaN, Infinity, -Infinity, 90.0001, -180.5, 1e308));
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('', ' ', 'مرحبا', '<b>x</b>', 'x'.repeat(10_000)));
const position = fc.tuple(number, number);
const ring = fc.array(position, { minLength: 0, maxLength: 6 });

const markers = fc.oneof(
  fc.array(
    fc.record(
      {
        lon: fc.oneof(number, text),
        lat: fc.oneof(number, text),
        label: fc.oneof(text, number),
        note: text,
        href: fc.oneof(text, fc.constantFrom('javascript:alert(1)', 'https://example.org/a')),
      },
      { requiredKeys: [] },
    ),
    { maxLength: 5 },
  ),
  fc.array(
    fc.record({
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      label: fc.string({ minLength: 1, maxLength: 30 }),
    }),
    { maxLength: 5 },
  ),
  fc.anything(),
);

const geometry = fc.oneof(
  fc.anything(),
  fc.record({
    type: fc.constant('FeatureCollection'),
    features: fc.array(
      fc.record({
        type: fc.constant('Feature'),
        id: fc.oneof(text, number),
        properties: fc.constant({}),
        geometry: fc.record({ type: fc.constantFrom('Polygon', 'MultiPolygon', 'Point'), coordinates: fc.array(ring, { maxLength: 2 }) }),
      }),
      { maxLength: 3 },
    ),
  }),
  fc.record({
    type: fc.constant('Topology'),
    arcs: fc.array(fc.array(position, { maxLength: 4 }), { maxLength: 3 }),
    objects: fc.record({
      countries: fc.record({
        type: fc.constant('GeometryCollection'),
        geometries: fc.array(
          fc.record({
            type: fc.constantFrom('Polygon', 'LineString'),
            id: text,
            arcs: fc.array(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 3 }), { maxLength: 2 }),
          }),
          { maxLength: 3 },
        ),
      }),
    }),
  }),
);

const mutation = fc.oneof(
  fc.record({ name: fc.constant('data'), value: geometry }),
  fc.record({
    name: fc.constant('markers'),
    value: fc.oneof(
      markers,
      markers.map((m) => JSON.stringify(m) ?? ''),
      text,
    ),
  }),
  fc.record({
    name: fc.constantFrom('highlight', 'projection', 'disputed', 'layers', 'from', 'to'),
    value: fc.oneof(text, number.map(String), fc.constantFrom('AFG PAK', 'IND PAK', 'orthographic', 'solid', 'events places', '2010', '2021')),
  }),
);

describe('<border-map> under hostile input', function () {
  this.timeout(120_000);
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  let warn: typeof console.warn;
  before(() => {
    window.addEventListener('error', onError);
    warn = console.warn;
    console.warn = () => {};
  });
  after(() => {
    window.removeEventListener('error', onError);
    console.warn = warn;
  });

  it('300 random inputs: no uncaught error, no NaN in the SVG, rejected input shown, a map always drawn', async () => {
    const host = document.createElement('div');
    host.style.width = '480px';
    document.body.append(host);
    let el = document.createElement('border-map') as BorderMap;
    host.append(el);
    await el.updateComplete;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        if (runs++ % 25 === 0) {
          el.remove();
          el = document.createElement('border-map') as BorderMap;
          host.append(el);
          await el.updateComplete;
        }
        for (const { name, value } of mutations) (el as unknown as Record<string, unknown>)[name] = value;
        await el.updateComplete;
        await el.updateComplete;
        expect(uncaught, 'uncaught errors').to.deep.equal([]);
        expect(badGeometry(el)).to.deep.equal([]);
        // Something is always drawn: the last good map (the article's, at worst).
        expect(el.shadowRoot!.querySelector('path.country'), 'a map').to.not.equal(null);
        if (el.issues.length) expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
      }),
      { numRuns: 300, seed: 20261123 },
    );
    host.remove();
  });
});
