// Hostile geometry: a polygon across the antimeridian is drawn with its own shape, not the world's width.
import { expect } from '@open-wc/testing';
import { drawnCountries } from '../border-map-fixtures.js';

type Ring = [number, number][];
const polygon = (...rings: Ring[]) => ({ type: 'Polygon', coordinates: rings });
/** A GeoJSON collection of countries with ids and names, one per geometry. */
const countries = (...geometries: unknown[]) => ({
  type: 'FeatureCollection',
  features: geometries.map((geometry, i) => ({ type: 'Feature', id: `C${i + 1}`, properties: { name: `Country ${i + 1}` }, geometry })),
});

/** The box of a drawn path, as the browser lays it out. */
function box(d: string): DOMRect {
  const svg = document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  try {
    const path = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
    path.setAttribute('d', d);
    return path.getBBox();
  } finally {
    svg.remove();
  }
}

describe('hostile geometry: model', () => {
  it("a thin polygon across the antimeridian is drawn with its own shape (10:1), not the world's width (160:1)", () => {
    // 20° of longitude by 2° of latitude at the equator, written four ways.
    const across: Ring = [
      [170, -1],
      [-170, -1],
      [-170, 1],
      [170, 1],
      [170, -1],
    ];
    const inputs = {
      'one polygon': countries(polygon(across)),
      'wound the other way': countries(polygon([...across].reverse())),
      'cut at 180°': countries({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [170, -1],
              [180, -1],
              [180, 1],
              [170, 1],
              [170, -1],
            ],
          ],
          [
            [
              [-180, -1],
              [-170, -1],
              [-170, 1],
              [-180, 1],
              [-180, -1],
            ],
          ],
        ],
      }),
      TopoJSON: { type: 'Topology', arcs: [across], objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] } } },
    };
    for (const [name, input] of Object.entries(inputs)) {
      for (const [drawn] of drawnCountries(input)) {
        const { width, height } = box(drawn.d);
        expect(width / height, name).to.be.within(8, 12);
      }
    }
  });
});
