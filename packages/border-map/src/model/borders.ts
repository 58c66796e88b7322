/**
 * Borders: the line two countries share (from shared arcs in TopoJSON, shared vertices in GeoJSON),
 * every other border, the disputed lines, and the highlighted border's length.
 */
import { geoLength } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { quote, type Parsed } from '@conflict-viz/core/pure';
import { MapCache } from './cache.js';
import { arcsOf, findCountry, rings, type CodeEquivalents, type MapCountry, type MapGeometry } from './geometry.js';

/** Earth's mean radius, for lengths from d3-geo's radians. */
export const EARTH_RADIUS_KM = 6371;

/** Two countries whose shared border the map highlights. */
export type CountryPair = readonly [MapCountry, MapCountry];

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

/** The country codes `highlight` lists ("AFG PAK", "afg,pak"). */
export function highlightCodes(value: string): string[] {
  return value
    .trim()
    .split(/[\s,;/|–-]+/)
    .filter(Boolean);
}

/** A code in one of ISO 3166-1's forms: alpha-3 (`IND`) or numeric (`356`, `4`). */
const ISO_FORM = /^([a-z]{3}|\d{1,3})$/i;

/**
 * Whether reading `highlight` needs the ISO 3166-1 table: it names a country by an ISO code the geometry
 * does not write (`IND` on world-atlas, whose ids are numeric). The article's map and a geometry named
 * by its own ids never need it, so their pages never load it.
 */
export function needsIsoCodes(geometry: MapGeometry, value: string | undefined): boolean {
  return value !== undefined && highlightCodes(value).some((code) => ISO_FORM.test(code) && !findCountry(geometry, code));
}

/**
 * Read `highlight` ("AFG PAK", "afg,pak") against the geometry: two different countries it has, which
 * share a border. `undefined` highlights nothing. `equivalents` matches a code in ISO 3166-1's other form.
 */
export function resolveHighlight(
  geometry: MapGeometry,
  value: string | undefined,
  cache = new MapCache(),
  equivalents?: CodeEquivalents,
): Parsed<CountryPair | null> {
  if (value === undefined || value.trim() === '' || value.trim().toLowerCase() === 'none') return { value: null, issues: [] };
  const codes = highlightCodes(value);
  const problem = (message: string) => ({ issues: [{ source: 'highlight', message }] });
  if (codes.length !== 2) return problem(`must name two countries by code, e.g. "AFG PAK", got ${quote(value)}`);
  const pair = codes.map((c) => findCountry(geometry, c, equivalents));
  const missing = codes.filter((_, i) => !pair[i]);
  if (missing.length) {
    const known = geometry.countries.map((c) => c.code);
    const list = known.length > 12 ? `${known.slice(0, 12).join(', ')}…` : known.join(', ');
    return problem(`${missing.map((c) => JSON.stringify(c)).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not in the geometry (it has ${list})`);
  }
  const [a, b] = pair as [MapCountry, MapCountry];
  if (a === b) return problem(`names the same country twice (${a.code})`);
  const lines = borderLines(geometry, [a, b], cache);
  if (!lines.highlight?.coordinates.length) return problem(`${a.name} and ${b.name} share no border in this geometry`);
  return { value: [a, b], issues: [] };
}

/** Every line the map draws for a highlighted pair (or none), worked out once per geometry and pair. */
export function borderLines(geometry: MapGeometry, pair: CountryPair | null, cache = new MapCache()): BorderLines {
  return cache.borderLines(geometry, pairKey(pair), () => {
    const computed = computeBorderLines(geometry, pair);
    return { ...computed, km: lineLengthKm(computed.highlight) };
  });
}

/** A pair's name in cache keys. */
export function pairKey(pair: CountryPair | null): string {
  return pair ? `${pair[0].code}|${pair[1].code}` : '';
}

function computeBorderLines(geometry: MapGeometry, pair: CountryPair | null): BorderLines {
  const { topology, object } = geometry;
  if (!topology || !object) {
    const highlight = pair ? sharedLines(pair[0].feature, pair[1].feature) : undefined;
    return { highlight };
  }
  // An arc used by two countries is their border (one used by a single country is a coast or the cut
  // edge of the region); as topojson's mesh does, its sides are the first and last geometry using it.
  const sides = new Map<number, [GeometryObject, GeometryObject]>();
  for (const g of object.geometries) {
    for (const a of arcsOf(g)) {
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

/** Length of a line on the sphere, in km. */
export function lineLengthKm(line: MultiLineString | undefined): number {
  return line ? geoLength(line) * EARTH_RADIUS_KM : 0;
}
