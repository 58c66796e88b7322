/**
 * The map's geometry: TopoJSON or GeoJSON -> validated countries (polygons in longitude/latitude,
 * wound as d3-geo wants them) and, for TopoJSON, the arcs of disputed lines.
 */
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { MAX_ISSUES, ownField, quote, type DataIssue, type Parsed } from '@conflict-viz/core/pure';
import { MapCache } from './cache.js';

/** The arc indices of a TopoJSON geometry, read as its own field (none for a collection or a null geometry). */
export const arcsOf = (o: GeometryObject) => ((ownField(o, 'arcs') as unknown[] | undefined)?.flat(3) ?? []) as number[];

export interface MapCountry {
  /** The code shown and matched first: the feature's id, else an ISO property, else `#n`. */
  readonly code: string;
  /** Every code `highlight` may use for it as the geometry writes it, upper case: the id and ISO alpha-3/numeric properties. */
  readonly codes: readonly string[];
  readonly name: string;
  readonly feature: Feature<Polygon | MultiPolygon>;
}

export interface MapGeometry {
  readonly format: 'TopoJSON' | 'GeoJSON';
  readonly countries: readonly MapCountry[];
  /** TopoJSON only: borders come from shared arcs. */
  readonly topology?: Topology;
  readonly object?: GeometryCollection;
  /** Arcs of the TopoJSON line object `disputed`. */
  readonly disputedArcs: ReadonlySet<number>;
  /**
   * The box [west, south, east, north] the geometry was cut to, from the TopoJSON's
   * `metadata.region`: a country that reaches its edge continues beyond the map.
   */
  readonly region?: readonly [number, number, number, number];
}

const ISO_KEYS = /^(iso_?a3|adm0_?a3|iso3|iso_?n3|gu_a3|sov_a3)$/i;

/**
 * Validate TopoJSON or GeoJSON into countries (polygon features) and, for TopoJSON, the arcs of an
 * optional line object named `disputed`. Coordinates must be longitude/latitude in degrees. Rings
 * wound the wrong way for d3-geo (a polygon that would cover the rest of the globe) are turned round,
 * whether they come wound the GeoJSON way or the TopoJSON (world-atlas) way.
 */
export function parseMapGeometry(input: unknown, source: string, cache = new MapCache()): Parsed<MapGeometry> {
  if (input && typeof input === 'object') return cache.geometry(input, () => readGeometry(input as Record<string, unknown>, source));
  return fail(source, `is not TopoJSON or GeoJSON: expected an object with "type": "Topology" or "FeatureCollection", got ${quote(input)}`);
}

/** An input rejected as a whole, with one message. */
export function fail(source: string, message: string): Parsed<never> {
  return { issues: [{ source, message }] };
}

function readGeometry(input: Record<string, unknown>, source: string): Parsed<MapGeometry> {
  if (Array.isArray(input)) {
    return fail(source, `is not TopoJSON or GeoJSON: got a table of ${input.length} rows (a CSV file or a JSON array); <border-map> needs geometry`);
  }
  try {
    if (input.type === 'Topology') return readTopology(input as unknown as Topology, source);
    if (input.type === 'FeatureCollection' || input.type === 'Feature' || input.type === 'Polygon' || input.type === 'MultiPolygon') {
      return readGeoJson(input, source);
    }
  } catch (error) {
    return fail(
      source,
      `could not be read as ${input.type === 'Topology' ? 'TopoJSON' : 'GeoJSON'} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return fail(
    source,
    `is not TopoJSON or GeoJSON: "type" is ${quote(input.type)} (expected "Topology", "FeatureCollection", "Feature", "Polygon" or "MultiPolygon")`,
  );
}

function readTopology(topology: Topology, source: string): Parsed<MapGeometry> {
  const { arcs, objects, transform } = topology;
  if (!Array.isArray(arcs) || !objects || typeof objects !== 'object') return fail(source, 'is not valid TopoJSON: it needs "arcs" (an array) and "objects"');
  if (transform && !(isPair(transform.scale) && isPair(transform.translate)))
    return fail(source, 'is not valid TopoJSON: "transform" needs "scale" and "translate" pairs of numbers');
  for (let i = 0; i < arcs.length; i++) {
    const arc = arcs[i];
    if (!Array.isArray(arc) || !arc.every(isPair)) return fail(source, `is not valid TopoJSON: arc ${i} is not a list of [x, y] positions`);
  }
  const entries = Object.entries(objects) as [string, GeometryObject][];
  const named = (objects as Record<string, GeometryObject>).countries;
  const object = (
    named?.type === 'GeometryCollection' ? named : entries.find(([, o]) => o?.type === 'GeometryCollection' && o.geometries?.some(isPolygonal))?.[1]
  ) as GeometryCollection | undefined;
  if (!object || !Array.isArray(object.geometries))
    return fail(source, 'is TopoJSON without polygons: expected a geometry collection of countries (ideally the object "countries")');
  const arcCount = arcs.length;
  const badArc = (o: GeometryObject | null): boolean =>
    o?.type === 'GeometryCollection' ? o.geometries.some(badArc) : arcsOf(o!).some((a) => !Number.isInteger(a) || a >= arcCount || ~a >= arcCount);
  if (badArc(object)) return fail(source, 'is not valid TopoJSON: a geometry refers to an arc that does not exist');
  // Each geometry is converted alone: a null one, or a polygon without arcs, is read as a country with no
  // geometry (named, and the others drawn), where topojson-client would throw for the whole file.
  const hasArcs = (o: GeometryObject | null) => o && (!isPolygonal(o) || Array.isArray(ownField(o, 'arcs')));
  const features = object.geometries.map((o) => feature(topology, hasArcs(o) ? o : ({ ...o, type: null } as unknown as GeometryObject)) as Feature);
  const countries = readCountries(features, source);
  if (!countries.value) return countries as Parsed<never>;
  const disputedObject = ownField(objects, 'disputed') as GeometryObject | undefined;
  const disputedArcs = new Set<number>();
  if (disputedObject && disputedObject.type !== 'GeometryCollection' && !badArc(disputedObject)) {
    for (const arc of arcsOf(disputedObject)) disputedArcs.add(arc < 0 ? ~arc : arc);
  }
  const region = (topology as { metadata?: { region?: unknown } }).metadata?.region;
  const cut = Array.isArray(region) && region.length === 4 && region.every(Number.isFinite) ? (region as [number, number, number, number]) : undefined;
  return { value: { format: 'TopoJSON', countries: countries.value, topology, object, disputedArcs, region: cut }, issues: [], warnings: countries.warnings };
}

function readGeoJson(input: Record<string, unknown>, source: string): Parsed<MapGeometry> {
  const features =
    input.type === 'FeatureCollection'
      ? Array.isArray(input.features)
        ? input.features
        : []
      : [input.type === 'Feature' ? input : { type: 'Feature', geometry: input }];
  const countries = readCountries(features as Feature[], source);
  if (!countries.value) return countries as Parsed<never>;
  return { value: { format: 'GeoJSON', countries: countries.value, disputedArcs: new Set() }, issues: [], warnings: countries.warnings };
}

function isPair(value: unknown): boolean {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

function isPolygonal(o: { type?: unknown } | null | undefined): boolean {
  return o?.type === 'Polygon' || o?.type === 'MultiPolygon';
}

function readCountries(features: readonly (Feature | null)[], source: string): Parsed<MapCountry[]> & { warnings: DataIssue[] } {
  const countries: MapCountry[] = [];
  const warnings: DataIssue[] = [];
  features.forEach((f, i) => {
    const properties = (f?.properties ?? {}) as Record<string, unknown>;
    const codes = [
      f?.id,
      ...Object.keys(properties)
        .filter((k) => ISO_KEYS.test(k))
        .map((k) => properties[k]),
    ]
      .filter((c): c is string | number => (typeof c === 'string' && c.trim() !== '' && c !== '-99') || typeof c === 'number')
      .map((c) => String(c).trim().toUpperCase());
    const name = [properties.name, properties.NAME, properties.name_en, properties.admin, properties.ADMIN].find((n) => typeof n === 'string' && n.trim());
    const polygons = readPolygons(f?.geometry);
    if (typeof polygons === 'string') {
      // Named by its place in the input, and by its name or code where it has one.
      const label = (name as string | undefined)?.trim() ?? codes[0];
      const message = `feature ${i + 1}${label ? ` (${quote(label)})` : ''} is not drawn: ${polygons}`;
      if (warnings.length < MAX_ISSUES) warnings.push({ source, message });
      return;
    }
    const code = codes[0] ?? `#${i + 1}`;
    const geometry = polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
    countries.push({ code, codes, name: (name as string | undefined)?.trim() ?? code, feature: { ...f!, geometry } as Feature<Polygon | MultiPolygon> });
  });
  if (!countries.length)
    return { issues: [{ source, message: 'has no polygons: expected countries as Polygon or MultiPolygon features' }, ...warnings], warnings };
  // Projected coordinates (metres) are the usual mistake: say so rather than draw nothing.
  let bad: Position | undefined;
  const visit = (c: unknown): void => {
    if (bad || !Array.isArray(c)) return;
    if (typeof c[0] !== 'number') c.forEach(visit);
    else if (!(Math.abs(c[0]) <= 180 && Math.abs(c[1] as number) <= 90)) bad = c as Position;
  };
  countries.forEach((c) => visit(c.feature.geometry.coordinates));
  if (bad) return { ...fail(source, `has coordinates that are not longitude/latitude in degrees (${bad[0]}, ${bad[1]}); use WGS 84 (EPSG:4326)`), warnings };
  return { value: countries, issues: [], warnings };
}

const polygon = (coordinates: Position[][]): Polygon => ({ type: 'Polygon', coordinates });

/** A vertex on a pole: a polygon with one on each encloses the globe or a slice of it, as no country does. */
const onPole = (polygons: Position[][][], lat: number) => polygons.some((p) => p.some((ring) => ring.some((position) => position[1] === lat)));

/**
 * A feature's polygons as d3-geo should draw them, those with no area left out (they draw nothing, and
 * world files have a few among a country's islands); or why it has none to draw.
 */
function readPolygons(g: Geometry | null | undefined): Position[][][] | string {
  const polygons: unknown = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : undefined;
  const isRing = (ring: unknown) => Array.isArray(ring) && ring.every(isPair);
  if (!Array.isArray(polygons) || !polygons.every((p) => Array.isArray(p) && p.every(isRing))) {
    return 'its geometry is null or not a valid Polygon or MultiPolygon; fix or remove it';
  }
  // To d3-geo that is the globe or a slice of it: a conic projection fitted to it has no finite scale (NaN paths).
  if (onPole(polygons, 90) && onPole(polygons, -90)) return 'it covers the whole globe or reaches both poles; leave it out';
  const drawn = polygons.map(rewound).filter((p): p is Position[][] => !!p);
  return drawn.length ? drawn : 'it has no area (under 3 distinct points, or on one line); check its coordinates';
}

/** Under a square metre of the Earth's surface, in steradians. */
const MIN_AREA = 1 / 6_371_000 ** 2;

/**
 * d3-geo reads a polygon's winding on the sphere: it encloses what lies to the right of its rings, so a
 * polygon wound the other way (as GeoJSON's RFC 7946 winds them) encloses the rest of the globe and
 * paints the sea. No country covers a hemisphere, so a polygon whose enclosed area is more than one
 * is turned round, holes included. The area is d3-geo's own, of the whole polygon: rings that run
 * along the antimeridian or round a pole (Russia, Fiji, and Antarctica, which world-atlas writes as
 * a ring round the globe less a hole) have no orientation of their own on the plane or apart.
 * A polygon that encloses no area either way (fewer than 3 distinct points, or points on one line) is
 * undefined: it has nothing to fill.
 */
function rewound(rings: Position[][]): Position[][] | undefined {
  const area = geoArea(polygon(rings));
  if (!(Math.min(area, 4 * Math.PI - area) > MIN_AREA)) return undefined;
  return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}

/** Whether a point lies inside a country (even–odd rule on the lon/lat plane; enough for placing a label). */
export function containsPoint(f: Feature<Polygon | MultiPolygon>, [x, y]: readonly [number, number]): boolean {
  let inside = false;
  for (const ring of rings(f)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** A code and the same country's other ISO 3166-1 codes (`isoEquivalents` of iso-codes.ts), upper case. */
export type CodeEquivalents = (code: string) => readonly string[];

/**
 * The country `code` names, if the geometry has it: an id or ISO property as the geometry writes it
 * (case-insensitive), or, given `equivalents`, the same country by its ISO 3166-1 alpha-3 or numeric
 * code, so `IND` finds world-atlas's `356` and `AFG` finds `4`.
 */
export function findCountry(geometry: MapGeometry, code: string, equivalents?: CodeEquivalents): MapCountry | undefined {
  const written = code.trim().toUpperCase();
  const direct = geometry.countries.find((c) => c.codes.includes(written));
  if (direct || !equivalents) return direct;
  const wanted = new Set(equivalents(written));
  return geometry.countries.find((c) => c.codes.some((own) => equivalents(own).some((other) => wanted.has(other))));
}

export function rings(f: Feature<Polygon | MultiPolygon>): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** A named object of a topology (e.g. the locator's land) as GeoJSON, converted once per topology and cache. */
export function topologyFeature(topology: unknown, name: string, cache = new MapCache()): Feature | FeatureCollection | undefined {
  const topo = topology as Topology;
  const object = topo?.objects?.[name];
  return object ? cache.feature(topo, name, () => feature(topo, object)) : undefined;
}
