/**
 * The pure model of <border-map>: geometry (TopoJSON or GeoJSON) -> validated countries and border
 * lines; places, markers and districts -> a scene (paths, marks, notes) for a given width; and label
 * placement for a given zoom. No Lit, no DOM; d3-geo and topojson-client live here.
 */
import { geoConicConformal, geoEquirectangular, geoLength, geoOrthographic, geoStream, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { MapPlace } from '@conflict-viz/data/map-places';
import {
  boxesOverlap,
  clamp,
  parseRecords,
  quote,
  readHref,
  readNumber,
  readText,
  type Box,
  type LayoutContext,
  type LocaleFormat,
  type MeasureText,
  type Parsed,
  type Scene,
} from '@conflict-viz/core/pure';

export const PROJECTIONS = ['conic-conformal', 'equirectangular', 'orthographic'] as const;
export const DISPUTED_STYLES = ['dashed', 'solid', 'hidden'] as const;
export const LAYERS = ['places', 'events', 'inset'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];
export type DisputedStyle = (typeof DISPUTED_STYLES)[number];
export type LayerName = (typeof LAYERS)[number];

/** Earth's mean radius, for lengths from d3-geo's radians. */
export const EARTH_RADIUS_KM = 6371;
/** The Durand Line's length as the article states it. */
export const DURAND_ARTICLE_KM = 2640;
/** Events of the UCDP file: the first and last year. */
export const EVENT_YEARS = [2007, 2021] as const;

// ---- geometry ------------------------------------------------------------------------------------

export interface MapCountry {
  /** The code shown and matched first: the feature's id, else an ISO property, else `#n`. */
  readonly code: string;
  /** Every code `highlight` may use for it, upper case: the id and ISO alpha-3/numeric properties. */
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
  readonly focusCache: Map<string, BorderLines>;
  readonly viewCache: Map<string, MapView>;
}

/** The lines a map draws, in longitude/latitude. */
export interface BorderLines {
  /** The highlighted pair's shared border, whole (for its length and label). */
  readonly highlight?: MultiLineString;
  /** Its parts that are also disputed, drawn in the highlight colour but in the disputed style. */
  readonly highlightDisputed?: MultiLineString;
  /** Every other border between two countries, or undefined for GeoJSON (outlines are stroked instead). */
  readonly others?: MultiLineString;
  readonly disputed?: MultiLineString;
  /** Length of the highlighted border in km, measured once per geometry and pair. */
  readonly km?: number;
}

const ISO_KEYS = /^(iso_?a3|adm0_?a3|iso3|iso_?n3|gu_a3|sov_a3)$/i;
const cache = new WeakMap<object, Parsed<MapGeometry>>();

/**
 * Validate TopoJSON or GeoJSON into countries (polygon features) and, for TopoJSON, the arcs of an
 * optional line object named `disputed`. Coordinates must be longitude/latitude in degrees. Rings
 * wound the wrong way for d3-geo (a polygon that would cover the rest of the globe) are turned round.
 */
export function parseMapGeometry(input: unknown, source: string): Parsed<MapGeometry> {
  if (input && typeof input === 'object') {
    const hit = cache.get(input);
    if (hit) return hit;
    const parsed = readGeometry(input as Record<string, unknown>, source);
    cache.set(input, parsed);
    return parsed;
  }
  return fail(source, `is not TopoJSON or GeoJSON: expected an object with "type": "Topology" or "FeatureCollection", got ${quote(input)}`);
}

function fail(source: string, message: string): Parsed<never> {
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
  if (!object) return fail(source, 'is TopoJSON without polygons: expected a geometry collection of countries (ideally the object "countries")');
  const arcCount = arcs.length;
  const badArc = (o: GeometryObject): boolean =>
    o.type === 'GeometryCollection'
      ? o.geometries.some(badArc)
      : 'arcs' in o && (o.arcs as unknown[]).flat(3).some((a) => !Number.isInteger(a) || (a as number) >= arcCount || ~(a as number) >= arcCount);
  if (badArc(object)) return fail(source, 'is not valid TopoJSON: a geometry refers to an arc that does not exist');
  const collection = feature(topology, object) as FeatureCollection;
  const countries = readCountries(collection.features, source);
  if (!countries.value) return countries as Parsed<never>;
  const disputedObject = (objects as Record<string, GeometryObject>).disputed;
  const disputedArcs = new Set<number>();
  if (disputedObject && disputedObject.type !== 'GeometryCollection' && 'arcs' in disputedObject && !badArc(disputedObject)) {
    for (const arc of (disputedObject.arcs as unknown[]).flat(3) as number[]) disputedArcs.add(arc < 0 ? ~arc : arc);
  }
  return { value: { format: 'TopoJSON', countries: countries.value, topology, object, disputedArcs, focusCache: new Map(), viewCache: new Map() }, issues: [] };
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
  return { value: { format: 'GeoJSON', countries: countries.value, disputedArcs: new Set(), focusCache: new Map(), viewCache: new Map() }, issues: [] };
}

function isPair(value: unknown): boolean {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

function isPolygonal(o: { type?: unknown } | null | undefined): boolean {
  return o?.type === 'Polygon' || o?.type === 'MultiPolygon';
}

function readCountries(features: readonly Feature[], source: string): Parsed<MapCountry[]> {
  const countries: MapCountry[] = [];
  features.forEach((f, i) => {
    if (!f || !isPolygonal(f.geometry)) return;
    const properties = (f.properties ?? {}) as Record<string, unknown>;
    const codes = [
      f.id,
      ...Object.keys(properties)
        .filter((k) => ISO_KEYS.test(k))
        .map((k) => properties[k]),
    ]
      .filter((c): c is string | number => (typeof c === 'string' && c.trim() !== '' && c !== '-99') || typeof c === 'number')
      .map((c) => String(c).trim().toUpperCase());
    const name = [properties.name, properties.NAME, properties.name_en, properties.admin, properties.ADMIN].find((n) => typeof n === 'string' && n.trim());
    const code = codes[0] ?? `#${i + 1}`;
    countries.push({ code, codes, name: (name as string | undefined)?.trim() ?? code, feature: rewound(f as Feature<Polygon | MultiPolygon>) });
  });
  if (!countries.length) return fail(source, 'has no polygons: expected countries as Polygon or MultiPolygon features');
  // Projected coordinates (metres) are the usual mistake: say so rather than draw nothing.
  let bad: Position | undefined;
  const visit = (c: unknown): void => {
    if (bad || !Array.isArray(c)) return;
    if (typeof c[0] !== 'number') c.forEach(visit);
    else if (!(Math.abs(c[0]) <= 180 && Math.abs(c[1] as number) <= 90)) bad = c as Position;
  };
  countries.forEach((c) => visit(c.feature.geometry.coordinates));
  if (bad) return fail(source, `has coordinates that are not longitude/latitude in degrees (${bad[0]}, ${bad[1]}); use WGS 84 (EPSG:4326)`);
  return { value: countries, issues: [] };
}

/**
 * d3-geo wants exterior rings clockwise (GeoJSON's RFC 7946 says the opposite); a ring wound the other
 * way would cover the rest of the sphere. Each polygon whose exterior ring turns anticlockwise on the
 * plane of longitude and latitude is turned round, holes included.
 */
function rewound(f: Feature<Polygon | MultiPolygon>): Feature<Polygon | MultiPolygon> {
  const g = f.geometry;
  const fix = (polygon: Position[][]) => (polygon[0] && planarArea(polygon[0]) > 0 ? polygon.map((ring) => [...ring].reverse()) : polygon);
  const geometry = g.type === 'Polygon' ? { type: g.type, coordinates: fix(g.coordinates) } : { type: g.type, coordinates: g.coordinates.map(fix) };
  return { ...f, geometry } as Feature<Polygon | MultiPolygon>;
}

/** Twice the signed area of a ring on the lon/lat plane: positive when it turns anticlockwise. */
function planarArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return sum;
}

/** Whether a point lies inside a country (even–odd rule on the lon/lat plane; enough for placing a label). */
function containsPoint(f: Feature<Polygon | MultiPolygon>, [x, y]: readonly [number, number]): boolean {
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

/** The country `code` names (case-insensitive), if the geometry has it. */
export function findCountry(geometry: MapGeometry, code: string): MapCountry | undefined {
  const wanted = code.trim().toUpperCase();
  return geometry.countries.find((c) => c.codes.includes(wanted));
}

/**
 * Read `highlight` ("AFG PAK", "afg,pak") against the geometry: two different countries it has, which
 * share a border. `undefined` highlights nothing.
 */
export function resolveHighlight(geometry: MapGeometry, value: string | undefined): Parsed<readonly [MapCountry, MapCountry] | null> {
  if (value === undefined || value.trim() === '' || value.trim().toLowerCase() === 'none') return { value: null, issues: [] };
  const codes = value
    .trim()
    .split(/[\s,;/|–-]+/)
    .filter(Boolean);
  const problem = (message: string) => ({ issues: [{ source: 'highlight', message }] });
  if (codes.length !== 2) return problem(`must name two countries by code, e.g. "AFG PAK", got ${quote(value)}`);
  const pair = codes.map((c) => findCountry(geometry, c));
  const missing = codes.filter((_, i) => !pair[i]);
  if (missing.length) {
    const known = geometry.countries.map((c) => c.code);
    const list = known.length > 12 ? `${known.slice(0, 12).join(', ')}…` : known.join(', ');
    return problem(`${missing.map((c) => JSON.stringify(c)).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not in the geometry (it has ${list})`);
  }
  const [a, b] = pair as [MapCountry, MapCountry];
  if (a === b) return problem(`names the same country twice (${a.code})`);
  const lines = borderLines(geometry, [a, b]);
  if (!lines.highlight?.coordinates.length) return problem(`${a.name} and ${b.name} share no border in this geometry`);
  return { value: [a, b], issues: [] };
}

/** Every line the map draws for a highlighted pair (or none), cached per geometry. */
export function borderLines(geometry: MapGeometry, pair: readonly [MapCountry, MapCountry] | null): BorderLines {
  const key = pair ? `${pair[0].code}|${pair[1].code}` : '';
  let lines = geometry.focusCache.get(key);
  if (!lines) {
    const computed = computeBorderLines(geometry, pair);
    geometry.focusCache.set(key, (lines = { ...computed, km: lineLengthKm(computed.highlight) }));
  }
  return lines;
}

function computeBorderLines(geometry: MapGeometry, pair: readonly [MapCountry, MapCountry] | null): BorderLines {
  const { topology, object } = geometry;
  if (!topology || !object) {
    const highlight = pair ? sharedLines(pair[0].feature, pair[1].feature) : undefined;
    return { highlight };
  }
  // An arc used by two countries is their border (one used by a single country is a coast or the cut
  // edge of the region); as topojson's mesh does, its sides are the first and last geometry using it.
  const sides = new Map<number, [GeometryObject, GeometryObject]>();
  for (const g of object.geometries) {
    for (const a of 'arcs' in g ? ((g.arcs as unknown[]).flat(3) as number[]) : []) {
      const arc = a < 0 ? ~a : a;
      sides.set(arc, [sides.get(arc)?.[0] ?? g, g]);
    }
  }
  const inPair = (g: GeometryObject) => !!pair && g.id !== undefined && pair.some((c) => c.feature.id === g.id);
  const highlight: number[] = [];
  const others: number[] = [];
  for (const [arc, [a, b]] of sides) {
    if (a === b) continue;
    if (a.id !== b.id && inPair(a) && inPair(b)) highlight.push(arc);
    else if (!geometry.disputedArcs.has(arc)) others.push(arc);
  }
  const disputed = [...geometry.disputedArcs].filter((a) => !highlight.includes(a));
  const highlightDisputed = highlight.filter((a) => geometry.disputedArcs.has(a));
  const lines = (arcs: number[]): MultiLineString =>
    (feature(topology, { type: 'MultiLineString', arcs: arcs.map((a) => [a]) }) as Feature<MultiLineString>).geometry;
  return {
    highlight: pair ? lines(highlight) : undefined,
    highlightDisputed: highlightDisputed.length ? lines(highlightDisputed) : undefined,
    others: lines(others),
    disputed: disputed.length ? lines(disputed) : undefined,
  };
}

/** GeoJSON has no shared arcs: the border is where both outlines run through the same vertices. */
export function sharedLines(a: Feature<Polygon | MultiPolygon>, b: Feature<Polygon | MultiPolygon>): MultiLineString {
  const key = (p: Position) => `${Math.round(p[0] * 1e6)},${Math.round(p[1] * 1e6)}`;
  const inB = new Set<string>();
  for (const ring of rings(b)) for (const p of ring) inB.add(key(p));
  const lines: Position[][] = [];
  for (const ring of rings(a)) {
    const open = ring.slice(0, -1);
    const start = open.findIndex((p) => !inB.has(key(p)));
    if (start < 0) {
      lines.push(ring);
      continue;
    }
    let run: Position[] = [];
    for (let i = 0; i <= open.length; i++) {
      const p = open[(start + i) % open.length];
      if (inB.has(key(p))) run.push(p);
      else {
        if (run.length > 1) lines.push(run);
        run = [];
      }
    }
  }
  return { type: 'MultiLineString', coordinates: lines };
}

function rings(f: Feature<Polygon | MultiPolygon>): Position[][] {
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** Length of a line on the sphere, in km. */
export function lineLengthKm(line: MultiLineString | undefined): number {
  return line ? geoLength(line) * EARTH_RADIUS_KM : 0;
}

// ---- markers, places, districts --------------------------------------------------------------------

export interface MapMarker {
  readonly lon: number;
  readonly lat: number;
  readonly label: string;
  readonly note?: string;
  /** Only http(s) links survive validation. */
  readonly href?: string;
  /** Where the point comes from, shown in the tooltip and table. */
  readonly source?: string;
}

/** The most markers a map takes: each gets a labelled symbol, and labels are placed against every other. */
export const MAX_MARKERS = 500;
const LONGITUDE = { min: -180, max: 180 };
const LATITUDE = { min: -90, max: 90 };

/**
 * Validate markers (the `markers` property or attribute JSON): `{lon, lat, label, note?, href?}`.
 * Longitude within ±180, latitude within ±90, numbers or numeric text; `href` only http(s). Any bad
 * marker, or more than MAX_MARKERS, rejects the set (the element keeps the last good one); every
 * problem names its row and field.
 */
export function parseMarkers(input: unknown, source = 'markers'): Parsed<MapMarker[]> {
  if (!Array.isArray(input)) return fail(source, `must be an array of {lon, lat, label}, got ${quote(input)}`);
  if (input.length > MAX_MARKERS) return fail(source, `has ${input.length} markers; a map takes at most ${MAX_MARKERS}`);
  if (!input.length) return { value: [], issues: [] };
  return parseRecords<MapMarker>(input, source, (row) => {
    const lon = row.get('lon', readNumber, true, LONGITUDE);
    const lat = row.get('lat', readNumber, true, LATITUDE);
    const label = row.get('label', readText, true, 80);
    const note = row.get('note', readText, false, 300);
    const href = row.get('href', readHref);
    return lon === undefined || lat === undefined || label === undefined ? undefined : { lon, lat, label, note, href };
  });
}

export interface DistrictRecord {
  readonly adm_1: string;
  /** Empty when UCDP places the events only to a province or the country. */
  readonly adm_2: string;
  readonly lon: number;
  readonly lat: number;
  /** Counts for 2007, 2008, … 2021, separated by spaces. */
  readonly events_by_year: string;
}

export interface District {
  readonly name: string;
  readonly province: string;
  readonly lon: number;
  readonly lat: number;
  readonly events: number;
}

/** Event counts per district within `from`–`to` (years inclusive), and the events not placed in a district. */
export function countDistrictEvents(records: readonly DistrictRecord[], from: number = EVENT_YEARS[0], to: number = EVENT_YEARS[1]) {
  const sum = (r: DistrictRecord, first = from, last = to) => {
    const counts = r.events_by_year.split(' ');
    let n = 0;
    for (let year = first; year <= last; year++) n += Number(counts[year - EVENT_YEARS[0]] ?? 0);
    return n;
  };
  const districts: District[] = [];
  let unplaced = 0;
  for (const r of records) {
    const events = sum(r);
    if (!r.adm_2) unplaced += events;
    else if (events > 0) districts.push({ name: r.adm_2, province: r.adm_1, lon: r.lon, lat: r.lat, events });
  }
  districts.sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  // The circles keep one scale for every year range: the largest district over the whole period.
  let max = 1;
  for (const r of records) if (r.adm_2) max = Math.max(max, sum(r, EVENT_YEARS[0], EVENT_YEARS[1]));
  return { districts, unplaced, max };
}

// ---- layout ------------------------------------------------------------------------------------------

// The places' shape is the data package's, where the default places are generated.
export type { MapPlace };

export interface BorderMapData {
  readonly geometry: MapGeometry;
  readonly pair: readonly [MapCountry, MapCountry] | null;
  /** The article's geometry: the Durand Line gets its name and the article's length. */
  readonly article: boolean;
}

export interface BorderMapOptions {
  readonly projection: ProjectionName;
  readonly disputed: DisputedStyle;
  readonly layers: ReadonlySet<LayerName>;
  readonly places: readonly MapPlace[];
  readonly markers: readonly MapMarker[];
  readonly districts: readonly DistrictRecord[];
  readonly from?: number;
  readonly to?: number;
  /** Land for the locator globe. */
  readonly land?: Feature | FeatureCollection;
}

export type MarkKind = 'border' | 'place' | 'marker' | 'district';

/** Something a reader can point at, focus and select. Positions are at zoom 1, in px. */
export interface MapMark {
  readonly kind: MarkKind;
  readonly x: number;
  readonly y: number;
  /** Symbol radius in px (districts: the circle). */
  readonly r: number;
  readonly title: string;
  readonly lines: readonly string[];
  /** Text drawn beside the symbol, if any. */
  readonly label?: string;
  /** Outside the map: drawn as a pointer at the edge; `angle` in degrees, 0 = east, clockwise. */
  readonly offMap?: { readonly angle: number };
  readonly lon?: number;
  readonly lat?: number;
  readonly datum: Readonly<Record<string, unknown>>;
}

export interface CountryShape {
  readonly code: string;
  readonly name: string;
  readonly d: string;
  readonly focus: boolean;
  /** Where its name goes (zoom 1), if the visible part is big enough. */
  readonly labelAt?: readonly [number, number];
}

/** The locator globe in a box of `size` px at (x, y): its land, and the outline of what the map shows. */
export interface LocatorInset {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly land: string;
  readonly view: string;
}

export interface BorderMapScene extends Scene {
  /** Numbers, years and lists in the page's locale. */
  readonly format: LocaleFormat;
  readonly rtl: boolean;
  readonly measure: MeasureText;
  readonly projectionName: ProjectionName;
  readonly projection: GeoProjection;
  /** What the geometry was given as: GeoJSON has no shared borders, so outlines are drawn instead. */
  readonly geometryFormat: MapGeometry['format'];
  readonly countries: readonly CountryShape[];
  /** Path data: other borders (TopoJSON), the disputed lines, the highlighted border and its disputed part. */
  readonly borders: string;
  readonly disputed: string;
  readonly disputedStyle: DisputedStyle;
  readonly highlight: string;
  readonly highlightDisputed: string;
  /** The highlighted border's points at zoom 1, for hit tests and the label. */
  readonly highlightPoints: readonly (readonly [number, number])[][];
  readonly border?: {
    readonly name: string;
    readonly label: string;
    readonly pair: readonly [string, string];
    readonly km: number;
    readonly articleKm?: number;
  };
  readonly items: readonly MapMark[];
  readonly events?: {
    readonly from: number;
    readonly to: number;
    readonly total: number;
    readonly unplaced: number;
    readonly districts: number;
    readonly legend: readonly { readonly value: number; readonly r: number }[];
  };
  readonly inset?: LocatorInset;
  readonly notes: readonly string[];
  readonly hasDisputed: boolean;
  readonly article: boolean;
}

/** "34.53° N, 69.17° E" in the locale's digits. */
export function formatCoordinates(format: LocaleFormat, lon: number, lat: number): string {
  const n = (v: number) => format.number(Math.abs(v));
  return `${n(lat)}° ${lat >= 0 ? 'N' : 'S'}, ${n(lon)}° ${lon >= 0 ? 'E' : 'W'}`;
}

/** Map height for a container width: wide maps are flatter, narrow ones keep enough height to read. */
export function mapHeight(width: number): number {
  const w = Math.max(200, width);
  return Math.round(Math.max(clamp(w * 0.78, 230, 720), w / 1.45));
}

/**
 * Longitude/latitude extent of features. Plain minimum and maximum: enough to centre a projection,
 * which is then fitted to the projected shapes (a geometry across the antimeridian centres badly).
 */
function lonLatBounds(features: readonly Feature[]): [[number, number], [number, number]] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const f of features) {
    for (const ring of rings(f as Feature<Polygon | MultiPolygon>)) {
      for (const p of ring) {
        if (p[0] < x0) x0 = p[0];
        if (p[0] > x1) x1 = p[0];
        if (p[1] < y0) y0 = p[1];
        if (p[1] > y1) y1 = p[1];
      }
    }
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

function createProjection(name: ProjectionName, bounds: [[number, number], [number, number]]): GeoProjection {
  const [[x0, y0], [x1, y1]] = bounds;
  const lon = (x0 + x1) / 2;
  const lat = (y0 + y1) / 2;
  const parallels: [number, number] = [y0 + (y1 - y0) / 6, y1 - (y1 - y0) / 6];
  switch (name) {
    case 'equirectangular':
      return geoEquirectangular().rotate([-lon, 0]);
    case 'orthographic':
      return geoOrthographic().rotate([-lon, -lat]);
    default:
      return geoConicConformal().parallels(parallels).rotate([-lon, 0]);
  }
}

/** Points in px, as a projection stream gives them. */
type Line = [number, number][];

/** What a projection draws of an object: SVG path data and the lines or rings behind it, in px. */
interface Projected {
  readonly d: string;
  readonly lines: readonly Line[];
}

/**
 * Stream `object` through `projection` (d3-geo rotates, clips and projects it) and keep both the path
 * data, written as geoPath writes it with one decimal, and the points, so that the border's hit test
 * and label need no second projection. (geoPath would also bring area, bounds, centroid and length
 * code that the map never calls.)
 */
function projectObject(projection: GeoProjection, object: Parameters<typeof geoStream>[0]): Projected {
  const lines: Line[] = [];
  let line: Line = [];
  let d = '';
  let polygon = false;
  const round = (v: number) => Math.round(v * 10) / 10;
  geoStream(
    object,
    projection.stream({
      polygonStart: () => (polygon = true),
      polygonEnd: () => (polygon = false),
      lineStart: () => lines.push((line = [])),
      lineEnd: () => (d += polygon ? 'Z' : ''),
      point: (x, y) => {
        d += `${line.length ? 'L' : 'M'}${round(x)},${round(y)}`;
        line.push([x, y]);
      },
    }),
  );
  return { d, lines };
}

/** What a geometry looks like at one size: the fitted projection and the shapes and lines it draws. */
interface MapView {
  readonly projection: GeoProjection;
  readonly countries: readonly CountryShape[];
  readonly borders: string;
  readonly disputed: string;
  readonly highlight: string;
  readonly highlightDisputed: string;
  readonly highlightPoints: readonly Line[];
  /** The locator globe for each land it was drawn with. */
  readonly insets: WeakMap<object, LocatorInset>;
}

/** Views kept per geometry: a few sizes, for a page with several maps or a container resized back and forth. */
const VIEWS_KEPT = 8;

/** The view of a geometry, its pair and projection at a width; the last few are kept with the geometry. */
function mapView(geometry: MapGeometry, pair: readonly [MapCountry, MapCountry] | null, name: ProjectionName, width: number, height: number): MapView {
  const key = `${name} ${width} ${pair ? `${pair[0].code}|${pair[1].code}` : ''}`;
  const views = geometry.viewCache;
  let view = views.get(key);
  if (!view) {
    if (views.size >= VIEWS_KEPT) views.delete(views.keys().next().value!);
    views.set(key, (view = projectView(geometry, pair, name, width, height)));
  }
  return view;
}

function projectView(geometry: MapGeometry, pair: readonly [MapCountry, MapCountry] | null, name: ProjectionName, width: number, height: number): MapView {
  // Fit the pair (the story) or, without one, the whole geometry, leaving room for labels.
  const focus: FeatureCollection = { type: 'FeatureCollection', features: (pair ?? geometry.countries).map((c) => c.feature) };
  const bounds = lonLatBounds(focus.features);
  const projection = createProjection(name, bounds);
  // d3's pre-clip cuts every ring at the antimeridian, which costs more than drawing the map; it is only
  // needed when some geometry reaches round the back of the globe from the centre.
  const [[all0], [all1]] = lonLatBounds(geometry.countries.map((c) => c.feature));
  const center = (bounds[0][0] + bounds[1][0]) / 2;
  if (name !== 'orthographic' && all0 > center - 179 && all1 < center + 179) projection.preclip((stream) => stream);
  // No adaptive resampling: the simplified segments are short enough that straight lines between
  // projected vertices stay within a pixel of the true curves in a regional conic, at a fraction of the cost.
  projection.precision(0);
  const pad = Math.max(12, Math.min(width, height) * 0.06);
  projection.fitExtent(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    focus,
  );
  // Zoom and pan stay inside this box, so nothing outside it is ever drawn.
  projection.clipExtent([
    [-2, -2],
    [width + 2, height + 2],
  ]);

  const lines = borderLines(geometry, pair);
  const draw = (line: MultiLineString | undefined) => (line ? projectObject(projection, line) : { d: '', lines: [] });
  const highlight = draw(lines.highlight);
  return {
    projection,
    countries: geometry.countries.map((c) => {
      const shape = projectObject(projection, c.feature);
      const focused = !!pair && pair.includes(c);
      return { code: c.code, name: c.name, d: shape.d, focus: focused, labelAt: shape.d ? labelPoint(c.feature, projection, width, height) : undefined };
    }),
    borders: draw(lines.others).d,
    disputed: draw(lines.disputed).d,
    highlight: highlight.d,
    highlightDisputed: draw(lines.highlightDisputed).d,
    highlightPoints: highlight.lines.filter((line) => line.length > 1),
    insets: new WeakMap(),
  };
}

/** The locator globe: an orthographic globe centred on the map, with the land and the map's outline on it. */
function locatorInset(view: MapView, land: Feature | FeatureCollection, width: number, height: number): LocatorInset {
  let inset = view.insets.get(land);
  if (inset) return inset;
  const { projection } = view;
  const size = Math.round(clamp(width * 0.15, 56, 120));
  const [lon, lat] = projection.invert?.([width / 2, height / 2]) ?? [0, 0];
  const x = 8;
  const y = height - size - 8;
  // No resampling: the globe is at most 120 px across and the land coarse, so straight segments are within a pixel.
  const globe = geoOrthographic()
    .rotate([-lon, -lat])
    .translate([x + size / 2, y + size / 2])
    .scale(size / 2 - 1)
    .clipAngle(90)
    .precision(0);
  // The map's edge, 4 points a side, back on the globe.
  const edge: [number, number][] = [];
  for (let i = 0; i < 16; i++) {
    const t = (i % 4) / 4;
    const side = i >> 2;
    edge.push(side === 0 ? [width * t, 0] : side === 1 ? [width, height * t] : side === 2 ? [width * (1 - t), height] : [0, height * (1 - t)]);
  }
  const coordinates = edge.map((p) => projection.invert?.(p)).filter((p): p is [number, number] => !!p && Number.isFinite(p[0]) && Number.isFinite(p[1]));
  coordinates.push(coordinates[0]);
  inset = { x, y, size, land: projectObject(globe, land).d, view: projectObject(globe, { type: 'LineString', coordinates }).d };
  view.insets.set(land, inset);
  return inset;
}

const PLACE_R = 4.5;
const MARKER_R = 5;

/** The scene of a map: everything the template draws, in SVG px at zoom 1. */
export function layoutBorderMap(data: BorderMapData, options: BorderMapOptions, context: LayoutContext): BorderMapScene {
  const width = Math.max(200, Math.round(context.width));
  const height = mapHeight(width);
  const { format, measure } = context;
  const { geometry, pair, article } = data;
  const n = (v: number) => format.number(v);
  const view = mapView(geometry, pair, options.projection, width, height);
  const { projection } = view;
  const lines = borderLines(geometry, pair);

  const inside = (x: number, y: number) => x >= 0 && x <= width && y >= 0 && y <= height;
  const project = (lon: number, lat: number) => {
    const p = projection([lon, lat]);
    return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : null;
  };
  // A point outside the map is drawn as a pointer on its edge, in the direction it lies from the centre.
  const toEdge = (p: [number, number] | null) => {
    const dx = p ? p[0] - width / 2 : -1;
    const dy = p ? p[1] - height / 2 : 0;
    const t = Math.min(Math.abs((width / 2 - 14) / (dx || 1e-9)), Math.abs((height / 2 - 14) / (dy || 1e-9)));
    return { x: width / 2 + dx * t, y: height / 2 + dy * t, angle: (Math.atan2(dy, dx) * 180) / Math.PI };
  };
  const coords = (lon: number, lat: number) => formatCoordinates(format, lon, lat);

  const items: MapMark[] = [];
  const offMap: string[] = [];

  // The highlighted border: its own mark, its length measured on this geometry.
  let border: BorderMapScene['border'];
  if (pair && lines.highlight) {
    const km = lines.km!;
    const codes = pair.map((c) => c.code).sort();
    const durand = article && codes.join() === 'AFG,PAK';
    const name = durand ? 'Durand Line' : `${pair[0].name}–${pair[1].name} border`;
    border = { name, label: name, pair: [pair[0].code, pair[1].code], km, articleKm: durand ? DURAND_ARTICLE_KM : undefined };
    const mid = middlePoint(view.highlightPoints);
    const lengthLine = durand
      ? `${n(DURAND_ARTICLE_KM)} km according to the article; ${n(Math.round(km))} km measured on this map, whose simplified line cuts corners`
      : `${n(Math.round(km))} km measured on this map`;
    items.push({
      kind: 'border',
      x: mid[0],
      y: mid[1],
      r: 0,
      title: name,
      lines: [
        durand ? 'The Afghanistan–Pakistan border' : `The border between ${pair[0].name} and ${pair[1].name}`,
        lengthLine,
        ...(durand ? ['Afghanistan does not recognise it as an international border'] : []),
      ],
      label: name,
      datum: { kind: 'border', name, pair: border.pair, lengthKm: Math.round(km), articleLengthKm: border.articleKm },
    });
  }

  const addPoints = (kind: 'place' | 'marker', points: readonly (MapMarker & { id?: string; kindLabel?: string })[]) => {
    const sorted = [...points].sort((a, b) => a.lon - b.lon);
    for (const p of sorted) {
      const q = project(p.lon, p.lat);
      const on = !!q && inside(q[0], q[1]);
      const edge = on ? undefined : toEdge(q);
      if (!on) offMap.push(`${p.label} (${coords(p.lon, p.lat)})`);
      items.push({
        kind,
        x: on ? q![0] : edge!.x,
        y: on ? q![1] : edge!.y,
        r: kind === 'place' ? PLACE_R : MARKER_R,
        title: p.label,
        lines: [
          ...(p.note ? [p.note] : []),
          ...(on ? [] : [`Outside this map, at ${coords(p.lon, p.lat)}`]),
          ...(p.source ? [`Source: ${p.source}`] : []),
          ...(p.href ? [`Link: ${p.href}`] : []),
        ],
        label: p.label,
        offMap: edge && { angle: edge.angle },
        lon: p.lon,
        lat: p.lat,
        datum: { kind, ...p },
      });
    }
  };
  if (options.layers.has('places')) {
    addPoints(
      'place',
      options.places.map((p) => ({ id: p.id, lon: p.lon, lat: p.lat, label: p.name, note: p.note, source: p.source, kindLabel: p.kind })),
    );
  }
  addPoints('marker', options.markers);

  let events: BorderMapScene['events'];
  if (options.layers.has('events')) {
    const from = options.from ?? EVENT_YEARS[0];
    const to = options.to ?? EVENT_YEARS[1];
    const counted = countDistrictEvents(options.districts, from, to);
    const rMax = clamp(width * 0.032, 9, 26);
    // Area in proportion to the count; the smallest circles are held at 1.5 px so they stay visible.
    const radius = (v: number) => Math.max(1.5, rMax * Math.sqrt(v / counted.max));
    const years = from === to ? format.year(from) : `${format.year(from)}–${format.year(to)}`;
    for (const d of counted.districts) {
      const q = project(d.lon, d.lat);
      if (!q || !inside(q[0], q[1])) continue;
      items.push({
        kind: 'district',
        x: q[0],
        y: q[1],
        r: radius(d.events),
        title: d.name,
        lines: [`${n(d.events)} ${d.events === 1 ? 'event' : 'events'} involving the TTP, ${years}`, d.province, 'UCDP GED 22.1'],
        lon: d.lon,
        lat: d.lat,
        datum: { kind: 'district', ...d, from, to },
      });
    }
    const legend = [10, 50, 100, 250, 500, 1000, 2500]
      .filter((v) => v <= counted.max)
      .slice(-3)
      .map((value) => ({ value, r: radius(value) }));
    events = {
      from,
      to,
      total: counted.districts.reduce((s, d) => s + d.events, 0),
      unplaced: counted.unplaced,
      districts: counted.districts.length,
      legend,
    };
  }

  const inset = options.layers.has('inset') && options.land ? locatorInset(view, options.land, width, height) : undefined;

  const hasDisputed = !!(lines.disputed || lines.highlightDisputed);
  const notes: string[] = [];
  if (border)
    notes.push(
      border.articleKm ? `${border.name}: ${items[0].lines.slice(1).join('. ')}.` : `${border.name}: ${n(Math.round(border.km))} km measured on this map.`,
    );
  if (hasDisputed) {
    notes.push(
      options.disputed === 'hidden'
        ? 'Disputed boundaries are not drawn.'
        : article
          ? `Boundaries follow Natural Earth's de facto view. The ${options.disputed} lines in Kashmir are lines of control between Pakistan, India and China, not agreed borders.`
          : `${options.disputed === 'dashed' ? 'Dashed' : 'Marked'} lines are disputed boundaries, as the geometry marks them.`,
    );
  }
  if (events) {
    notes.push(
      `Circles: UCDP events involving the TTP in ${format.year(events.from)}–${format.year(events.to)} per district, at the mean of the events' coordinates; area shows the count.` +
        (events.unplaced ? ` ${n(events.unplaced)} events located only to a province or to Pakistan as a whole are not drawn.` : ''),
    );
  }
  if (offMap.length) notes.push(`Outside this map, shown by arrows at its edge: ${format.list(offMap)}.`);
  notes.push(`Projection: ${options.projection.replace(/-/g, ' ')}.`);

  return {
    width,
    height,
    marks: items.length,
    format,
    rtl: context.rtl,
    measure,
    projectionName: options.projection,
    projection,
    geometryFormat: geometry.format,
    countries: view.countries,
    borders: view.borders,
    disputed: options.disputed === 'hidden' ? '' : view.disputed,
    disputedStyle: options.disputed,
    highlight: view.highlight,
    highlightDisputed: options.disputed === 'hidden' ? '' : view.highlightDisputed,
    highlightPoints: view.highlightPoints,
    border,
    items,
    events,
    inset,
    notes,
    hasDisputed,
    article,
  };
}

/**
 * Where a country's name goes: the centroid of its largest ring as projected (planar, from the
 * vertices alone: no clipping or resampling, so it costs one projection per vertex), if that ring
 * covers enough of the map to hold a name and the point lies inside the country and the map.
 */
function labelPoint(f: Feature<Polygon | MultiPolygon>, projection: GeoProjection, width: number, height: number): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestArea = 2500;
  for (const ring of f.geometry.type === 'Polygon' ? [f.geometry.coordinates[0]] : f.geometry.coordinates.map((p) => p[0])) {
    let area = 0;
    let cx = 0;
    let cy = 0;
    let previous = projection(ring[ring.length - 1] as [number, number]);
    for (const position of ring) {
      const point = projection(position as [number, number]);
      if (!point || !previous) return undefined;
      const cross = previous[0] * point[1] - point[0] * previous[1];
      area += cross;
      cx += (previous[0] + point[0]) * cross;
      cy += (previous[1] + point[1]) * cross;
      previous = point;
    }
    if (Math.abs(area / 2) > bestArea) [bestArea, best] = [Math.abs(area / 2), [cx / (3 * area), cy / (3 * area)]];
  }
  if (!best || best[0] < 0 || best[0] > width || best[1] < 0 || best[1] > height) return undefined;
  const at = projection.invert?.(best);
  return at && containsPoint(f, at) ? best : undefined;
}

/** The middle vertex of the line with the most vertices: where the border's mark sits. */
function middlePoint(lines: readonly (readonly (readonly [number, number])[])[]): [number, number] {
  const line = lines.reduce((a, b) => (b.length > a.length ? b : a), []);
  const p = line[line.length >> 1] ?? [0, 0];
  return [p[0], p[1]];
}

// ---- zoom --------------------------------------------------------------------------------------------

/** Zoom state: screen = k · map + (x, y), with x, y in px. */
export interface Zoom {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const NO_ZOOM: Zoom = { k: 1, x: 0, y: 0 };
export const MAX_ZOOM = 8;

/** Keep the view inside the map: k within 1–8, and no edge of the map pulled into view. */
export function constrainZoom(zoom: Zoom, width: number, height: number): Zoom {
  const k = clamp(zoom.k, 1, MAX_ZOOM);
  return { k, x: clamp(zoom.x, width - width * k, 0), y: clamp(zoom.y, height - height * k, 0) };
}

/** Zoom by `factor` around the screen point (cx, cy). */
export function zoomAround(zoom: Zoom, factor: number, cx: number, cy: number, width: number, height: number): Zoom {
  const k = clamp(zoom.k * factor, 1, MAX_ZOOM);
  const f = k / zoom.k;
  return constrainZoom({ k, x: cx - (cx - zoom.x) * f, y: cy - (cy - zoom.y) * f }, width, height);
}

/** Where a mark is on screen at `zoom`: positions scale, symbols keep their size; off-map pointers stay on the edge. */
export function markPosition(mark: MapMark, zoom: Zoom): [number, number] {
  return mark.offMap ? [mark.x, mark.y] : [mark.x * zoom.k + zoom.x, mark.y * zoom.k + zoom.y];
}

/** The mark under a screen point at `zoom`, or -1. Points and markers first, then the smallest circle, then the border. */
export function markAt(scene: BorderMapScene, zoom: Zoom, x: number, y: number): number {
  let best = -1;
  let bestScore = Infinity;
  scene.items.forEach((mark, i) => {
    if (mark.kind === 'border') return;
    const [mx, my] = markPosition(mark, zoom);
    const d = Math.hypot(mx - x, my - y);
    const reach = mark.kind === 'district' ? Math.max(mark.r, 5) : Math.max(mark.r + 4, 9);
    // Points win over circles under them; among circles, the smallest one that contains the point.
    const score = mark.kind === 'district' ? 1000 + mark.r : d;
    if (d <= reach && score < bestScore) [best, bestScore] = [i, score];
  });
  if (best >= 0 || !scene.border) return best;
  const px = (x - zoom.x) / zoom.k;
  const py = (y - zoom.y) / zoom.k;
  const tolerance = 7 / zoom.k;
  for (const line of scene.highlightPoints) {
    for (let i = 1; i < line.length; i++) if (segmentDistance(px, py, line[i - 1], line[i]) <= tolerance) return 0;
  }
  return -1;
}

function segmentDistance(x: number, y: number, a: readonly [number, number], b: readonly [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = dx || dy ? clamp(((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy), 0, 1) : 0;
  return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
}

/**
 * Arrow-key navigation by position: Right goes to the next mark to the east, Left to the west, Down
 * to the south, Up to the north (ties by index). Every mark is reachable from every other.
 */
export function nextMark(scene: BorderMapScene, index: number, key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown'): number {
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  const order = scene.items
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = horizontal ? scene.items[a].x : scene.items[a].y;
      const pb = horizontal ? scene.items[b].x : scene.items[b].y;
      return pa - pb || a - b;
    });
  if (index < 0) return order.length ? order[forward ? 0 : order.length - 1] : -1;
  const at = order.indexOf(index);
  return order[clamp(at + (forward ? 1 : -1), 0, order.length - 1)];
}

/** The zoom that brings a mark into view (with a margin), moving as little as possible. */
export function zoomToShow(zoom: Zoom, mark: MapMark, width: number, height: number): Zoom {
  if (mark.offMap || zoom.k === 1) return zoom;
  const [x, y] = markPosition(mark, zoom);
  const m = 40;
  const dx = x < m ? m - x : x > width - m ? width - m - x : 0;
  const dy = y < m ? m - y : y > height - m ? height - m - y : 0;
  return constrainZoom({ k: zoom.k, x: zoom.x + dx, y: zoom.y + dy }, width, height);
}

// ---- labels ------------------------------------------------------------------------------------------

export interface PlacedLabel {
  readonly text: string;
  readonly kind: 'mark' | 'border' | 'country';
  /** The mark it names, for marks and the border. */
  readonly index?: number;
  /** Text anchor point (start of the text, baseline). */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly box: Box;
  readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

function boxHitsCircle(box: Box, c: Circle): boolean {
  const dx = c.x - clamp(c.x, box.x, box.x + box.width);
  const dy = c.y - clamp(c.y, box.y, box.y + box.height);
  return dx * dx + dy * dy < c.r * c.r;
}

/**
 * Labels for places, markers, the border and the countries at `zoom`, in that order of importance.
 * No label overlaps another label, a place or marker symbol, or a `reserved` box (the inset, the
 * zoom buttons); labels avoid district circles where they can. A label that does not fit beside its
 * symbol moves out on a leader line; one that fits nowhere is left out (its mark keeps its tooltip
 * and its row in the table). Minor labels (neighbouring countries) are left out first, so narrow
 * maps keep the important ones.
 */
export function placeMapLabels(scene: BorderMapScene, zoom: Zoom, reserved: readonly Box[] = []): PlacedLabel[] {
  const { width, height, measure } = scene;
  const narrow = width < 480;
  const markSize = narrow ? 11 : 12;
  const placed: PlacedLabel[] = [];
  const symbols: Circle[] = [];
  const circles: Circle[] = [];
  scene.items.forEach((mark) => {
    if (mark.kind === 'border') return;
    const [x, y] = markPosition(mark, zoom);
    (mark.kind === 'district' ? circles : symbols).push({ x, y, r: mark.kind === 'district' ? mark.r : mark.r + 2 });
  });
  const fits = (box: Box, soft: boolean) =>
    box.x >= 2 &&
    box.y >= 2 &&
    box.x + box.width <= width - 2 &&
    box.y + box.height <= height - 2 &&
    !placed.some((l) => boxesOverlap(l.box, box, 2)) &&
    !reserved.some((r) => boxesOverlap(r, box, 2)) &&
    !symbols.some((c) => boxHitsCircle(box, c)) &&
    !(soft && circles.some((c) => boxHitsCircle(box, c)));

  const tryPlace = (
    text: string,
    size: number,
    kind: PlacedLabel['kind'],
    index: number | undefined,
    candidates: { x: number; y: number; leader?: PlacedLabel['leader'] }[],
  ) => {
    const w = measure(text, size);
    const h = size * 1.25;
    for (const soft of [true, false]) {
      for (const c of candidates) {
        // Candidates give the box's left edge and its vertical centre.
        const box = { x: c.x, y: c.y - h / 2, width: w, height: h };
        if (fits(box, soft)) {
          placed.push({ text, kind, index, x: c.x, y: c.y + size * 0.35, size, box, leader: c.leader });
          return true;
        }
      }
      if (kind === 'country') break;
    }
    return false;
  };

  /** Boxes around a symbol: beside it, above or below, then further out on a leader line. */
  const around = (x: number, y: number, r: number, w: number) => {
    const out: { x: number; y: number; leader?: PlacedLabel['leader'] }[] = [];
    for (const [gap, leader] of [
      [r + 3, false],
      [r + 20, true],
    ] as const) {
      const d = gap * 0.72;
      const spots: [number, number][] = [
        [x + gap, y],
        [x - gap - w, y],
        [x + d, y - d - 6],
        [x - d - w, y - d - 6],
        [x + d, y + d + 6],
        [x - d - w, y + d + 6],
        [x - w / 2, y - gap - 7],
        [x - w / 2, y + gap + 7],
      ];
      for (const [bx, by] of spots) {
        const cx = clamp(x, bx, bx + w);
        out.push({ x: bx, y: by, leader: leader ? { x1: x, y1: y, x2: cx, y2: by } : undefined });
      }
    }
    return out;
  };

  // Places and markers (the reader's own first), then the border, then the countries.
  const pointMarks = scene.items
    .map((mark, index) => ({ mark, index }))
    .filter(({ mark }) => mark.label && mark.kind !== 'border')
    .sort((a, b) => (a.mark.kind === b.mark.kind ? a.index - b.index : a.mark.kind === 'marker' ? -1 : 1));
  for (const { mark, index } of pointMarks) {
    const [x, y] = markPosition(mark, zoom);
    const w = measure(mark.label!, markSize);
    tryPlace(mark.label!, markSize, 'mark', index, around(x, y, mark.r, w));
  }

  if (scene.border && scene.highlightPoints.length) {
    const text = scene.border.label;
    const w = measure(text, 12);
    const points = scene.highlightPoints
      .flat()
      .map(([x, y]) => [x * zoom.k + zoom.x, y * zoom.k + zoom.y] as const)
      .filter(([x, y]) => x > 0 && x < width && y > 0 && y < height);
    // Nearest the middle of the visible part first.
    const mid = points[Math.floor(points.length / 2)];
    if (mid) {
      points.sort((a, b) => Math.hypot(a[0] - mid[0], a[1] - mid[1]) - Math.hypot(b[0] - mid[0], b[1] - mid[1]));
      const candidates = points.slice(0, 40).flatMap(([x, y]) => [
        { x: x + 8, y },
        { x: x - 8 - w, y },
      ]);
      tryPlace(text, 12, 'border', 0, candidates);
    }
  }

  const countries = scene.countries.filter((c) => c.labelAt).sort((a, b) => Number(b.focus) - Number(a.focus));
  for (const c of countries) {
    if (!c.focus && narrow) continue;
    const text = c.name.toUpperCase();
    const size = c.focus ? 12 : 11;
    const w = measure(text, size);
    const [x, y] = [c.labelAt![0] * zoom.k + zoom.x, c.labelAt![1] * zoom.k + zoom.y];
    tryPlace(text, size, 'country', undefined, [
      { x: x - w / 2, y },
      { x: x - w / 2, y: y - size * 1.6 },
      { x: x - w / 2, y: y + size * 1.6 },
    ]);
  }
  return placed;
}

// ---- words ---------------------------------------------------------------------------------------

/** Accessible name when the author gives no heading. */
export function describeBorderMapLabel(scene: BorderMapScene): string {
  return scene.border ? `Map of the ${scene.border.name}` : `Map of ${scene.format.list(scene.countries.filter((c) => c.labelAt).map((c) => c.name))}`;
}

/** The generated summary: what is shown, the border and its lengths, the places, the busiest districts. */
export function describeBorderMap(scene: BorderMapScene): string {
  const { format } = scene;
  const n = (v: number) => format.number(v);
  const list = (items: string[]) => format.list(items);
  // The pair first, then the neighbours big enough to carry a name.
  const focus = scene.countries.filter((c) => c.focus).map((c) => c.name);
  const others = scene.countries.filter((c) => !c.focus && c.labelAt).map((c) => c.name);
  const shown = focus.length ? `${list(focus)}${others.length ? ` and neighbouring ${list(others)}` : ''}` : list(others);
  const sentences = [`Map of ${shown}, ${scene.projectionName.replace(/-/g, ' ')} projection.`];
  const border = scene.items.find((m) => m.kind === 'border');
  if (border) sentences.push(`Highlighted: ${border.title}, ${border.lines.join('; ')}.`);
  const named = (kind: MarkKind) => scene.items.filter((m) => m.kind === kind).map((m) => m.title);
  if (named('place').length) sentences.push(`Places marked: ${list(named('place'))}.`);
  if (named('marker').length) sentences.push(`Markers: ${list(named('marker'))}.`);
  if (scene.events) {
    const top = scene.items.filter((m) => m.kind === 'district').slice(0, 3);
    const { from, to, total, districts } = scene.events;
    sentences.push(
      `Events: ${n(total)} UCDP events involving the TTP in ${n(districts)} districts, ${format.year(from)}–${format.year(to)}` +
        (top.length ? `; most in ${list(top.map((m) => `${m.title} (${n(Number(m.datum.events))})`))}.` : '.'),
    );
  }
  if (scene.hasDisputed && scene.disputedStyle !== 'hidden')
    sentences.push(scene.notes.find((t) => t.startsWith('Boundaries') || t.includes('disputed')) ?? '');
  return sentences.filter(Boolean).join(' ');
}

const features = new WeakMap<object, Map<string, Feature | FeatureCollection>>();

/** A named object of a topology as GeoJSON, converted once per topology. */
export function topologyFeature(topology: unknown, name: string): Feature | FeatureCollection | undefined {
  const topo = topology as Topology;
  const object = topo?.objects?.[name];
  if (!object) return undefined;
  let byName = features.get(topo);
  if (!byName) features.set(topo, (byName = new Map()));
  let value = byName.get(name);
  if (!value) byName.set(name, (value = feature(topo, object)));
  return value;
}
