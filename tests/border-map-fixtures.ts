// For the <border-map> tests: independent recomputations (no topojson-client, no d3-geo, just the TopoJSON
// specification's delta-encoded, quantized arcs and spherical trigonometry), and the model's drawing of a
// geometry in every projection.
import { expect } from '@open-wc/testing';
import { createLayoutContext } from '@conflict-viz/core/pure';
import { layoutBorderMap, parseMapGeometry, type BorderMapOptions } from '@conflict-viz/border-map/model';
import { borderRegion } from '@conflict-viz/data/border-region';

interface Geometry {
  readonly type: string;
  readonly id?: string;
  readonly arcs: unknown;
}

const topo = borderRegion as unknown as {
  arcs: number[][][];
  transform: { scale: [number, number]; translate: [number, number] };
  objects: { countries: { geometries: Geometry[] } };
};

/** Arc `index` in longitude/latitude, decoded as the TopoJSON specification says. */
function decodeArc(index: number): [number, number][] {
  const { scale, translate } = topo.transform;
  let x = 0;
  let y = 0;
  return topo.arcs[index].map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
  });
}

/** Great-circle distance in km on a sphere of radius 6,371 km (haversine). */
function haversineKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

const arcsOf = (id: string) =>
  new Set(((topo.objects.countries.geometries.find((g) => g.id === id)!.arcs as unknown[]).flat(3) as number[]).map((a) => (a < 0 ? ~a : a)));

/** The length of the border two countries share in the shipped geometry: the arcs both use. */
export function sharedBorderKm(a: string, b: string): number {
  const inB = arcsOf(b);
  let km = 0;
  for (const arc of arcsOf(a)) {
    if (!inB.has(arc)) continue;
    const points = decodeArc(arc);
    for (let i = 1; i < points.length; i++) km += haversineKm(points[i - 1], points[i]);
  }
  return km;
}

/** Even–odd point in polygon over every ring of a GeoJSON Polygon or MultiPolygon. */
export function inside(geometry: { type: string; coordinates: unknown }, [x, y]: [number, number]): boolean {
  const rings = (geometry.type === 'Polygon' ? geometry.coordinates : (geometry.coordinates as unknown[]).flat()) as [number, number][][];
  let hit = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

export const MAP_PROJECTIONS = ['conic-conformal', 'equirectangular', 'orthographic'] as const;
const NO_LAYERS: BorderMapOptions = { projection: 'conic-conformal', disputed: 'dashed', layers: new Set(), places: [], markers: [], districts: [] };

/** The countries a geometry draws with no layers, in each projection, at 640 px (its parse must have no issues). */
export function drawnCountries(input: unknown) {
  const parsed = parseMapGeometry(input, 'data property');
  expect(parsed.issues).to.deep.equal([]);
  const context = createLayoutContext({ width: 640 });
  return MAP_PROJECTIONS.map(
    (projection) => layoutBorderMap({ geometry: parsed.value!, pair: null, article: false }, { ...NO_LAYERS, projection }, context).countries,
  );
}
