// Build-time geography for <border-map>, from the npm package world-atlas (Natural Earth, public domain):
// the countries around Afghanistan and Pakistan cut to the region, their disputed lines in Kashmir as a
// separate line object, simplified and quantized; a low-resolution land outline for the locator globe;
// and a small India–Pakistan fixture for stories and tests. Everything it writes is validated first.
//
//   node scripts/generate-geography.mjs            write data/*.topo.json
//   node scripts/generate-geography.mjs --check    fail when the files in data/ differ from what it would write
//   node scripts/generate-geography.mjs --compare  print the 50m vs 10m figures recorded in data/README.md
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, presimplify, simplify, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import { geoArea, geoContains, geoLength } from 'd3-geo';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const atlasDir = path.dirname(require.resolve('world-atlas/package.json'));
const atlasVersion = JSON.parse(fs.readFileSync(path.join(atlasDir, 'package.json'), 'utf8')).version;
const EARTH_RADIUS_KM = 6371;

/** The shipped resolution: the highest that fits the 45 KB budget (see `--compare` and data/README.md). */
const RESOLUTION = '10m';
/**
 * Simplification threshold (Visvalingam, topojson-simplify): points whose triangle with their
 * neighbours covers less than this many steradians are dropped. 1.5e-6 sr is about 61 km², some
 * 9 px² at the map's 1024 px width (about 2.6 km per px): the price of the size budget,
 * and why the map's Durand Line measures less than the source's. GEO_WEIGHT overrides it (experiments).
 */
const WEIGHT = Number(process.env.GEO_WEIGHT ?? 1.5e-6);
/** Quantization of the shipped file: 5e3 steps across the region, about 700 m (GEO_Q overrides it). */
const QUANTIZATION = Number(process.env.GEO_Q ?? 5e3);

/** Rings (islands) covering fewer steradians than this are dropped: about 200 km². */
const MIN_RING_AREA = 5e-6;
/** Arcs that do not touch Afghanistan or Pakistan are simplified this many times harder (GEO_OTHER overrides it). */
const OTHER_FACTOR = Number(process.env.GEO_OTHER ?? 24);

/**
 * The region, [west, south, east, north] in degrees: wider than anything the map shows at its widest
 * aspect ratio (lon 53.5–83.9° E, lat 22.1–39.5° N at 1024 × 720 px), so the cut edges stay out of sight.
 */
const REGION = [53, 21, 85, 40.5];

/** ISO 3166-1 alpha-3 codes for the numeric ids world-atlas uses. Natural Earth's own "KAS" for Siachen. */
const ALPHA3 = {
  '004': 'AFG',
  586: 'PAK',
  364: 'IRN',
  795: 'TKM',
  860: 'UZB',
  762: 'TJK',
  156: 'CHN',
  356: 'IND',
  512: 'OMN',
  784: 'ARE',
  417: 'KGZ',
  398: 'KAZ',
  524: 'NPL',
  682: 'SAU',
  634: 'QAT',
  '048': 'BHR',
  '050': 'BGD',
  '064': 'BTN',
  104: 'MMR',
  144: 'LKA',
  462: 'MDV',
  368: 'IRQ',
  414: 'KWT',
  '031': 'AZE',
  643: 'RUS',
  887: 'YEM',
  764: 'THA',
};
const SIACHEN = 'KAS';

function loadAtlas(name) {
  return JSON.parse(fs.readFileSync(path.join(atlasDir, name), 'utf8'));
}

// ---- clipping to the region ----------------------------------------------------------------------

function walkPoints(geometry, visit) {
  const walk = (c) => (typeof c[0] === 'number' ? visit(c) : c.forEach(walk));
  if (geometry) walk(geometry.coordinates);
}

function intersectsBox(geometry, [x0, y0, x1, y1]) {
  let hit = false;
  walkPoints(geometry, ([x, y]) => (hit ||= x >= x0 && x <= x1 && y >= y0 && y <= y1));
  return hit;
}

// The crossing point is computed from the endpoints in a fixed order, so a border shared by two
// countries (and walked in opposite directions) is cut at exactly the same coordinates in both.
function crossing(a, b, axis, value) {
  const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a];
  const t = (value - p[axis]) / (q[axis] - p[axis]);
  return axis === 0 ? [value, p[1] + t * (q[1] - p[1])] : [p[0] + t * (q[0] - p[0]), value];
}

/**
 * Sutherland–Hodgman in longitude/latitude. d3-geo draws the cut edges as great circles, which bow
 * up to a degree away from the parallels; the region is wide enough that this stays out of sight.
 */
function clipRing(ring, box) {
  const [x0, y0, x1, y1] = box;
  let points = ring.slice(0, -1);
  const edges = [
    [0, x0, (p) => p[0] >= x0],
    [0, x1, (p) => p[0] <= x1],
    [1, y0, (p) => p[1] >= y0],
    [1, y1, (p) => p[1] <= y1],
  ];
  for (const [axis, value, inside] of edges) {
    const out = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i];
      const previous = points[(i + points.length - 1) % points.length];
      if (inside(current)) {
        if (!inside(previous)) out.push(crossing(previous, current, axis, value));
        out.push(current);
      } else if (inside(previous)) out.push(crossing(previous, current, axis, value));
    }
    points = out;
    if (!points.length) return undefined;
  }
  // Consecutive duplicates appear where a ring runs along the cut.
  const dense = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
  if (dense.length < 3) return undefined;
  return [...dense, dense[0]];
}

function clipPolygons(geometry, box) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon.map((ring) => clipRing(ring, box));
    if (outer) clipped.push([outer, ...holes.filter(Boolean)]);
  }
  if (!clipped.length) return undefined;
  return clipped.length === 1 ? { type: 'Polygon', coordinates: clipped[0] } : { type: 'MultiPolygon', coordinates: clipped };
}

// ---- the disputed lines --------------------------------------------------------------------------

function codeOf(object) {
  if (object.id === undefined) return object.properties?.name === 'Siachen Glacier' ? SIACHEN : undefined;
  return ALPHA3[object.id];
}

function matchesPair(a, b, [p, q]) {
  return (a === p && (q === '*' || b === q)) || (b === p && (q === '*' || a === q));
}

/** Runs of consecutive points for which `keep` holds, as lines of at least two points. */
function runs(line, keep) {
  const out = [];
  let run = [];
  for (const point of line) {
    if (keep(point)) run.push(point);
    else {
      if (run.length > 1) out.push(run);
      run = [];
    }
  }
  if (run.length > 1) out.push(run);
  return out;
}

/**
 * The lines that world-atlas draws where control is de facto, not agreed: inside the former princely
 * state of Jammu and Kashmir, at the source resolution, with the source's exact coordinates. Rules per
 * pair of neighbours (see data/README.md):
 * - India–Pakistan north of the line's easternmost point near the Ravi (where Jammu and Kashmir begins):
 *   the Working Boundary and the Line of Control;
 * - China–Pakistan: all of it lies in Gilgit-Baltistan (the 1963 boundary agreement, which India rejects);
 * - China–India north of 32.6° N and west of 80.5° E: the Line of Actual Control in Ladakh and Aksai Chin;
 * - every boundary of the Siachen Glacier feature (the Actual Ground Position Line).
 */
function disputedLines(atlas, box) {
  const lines = [];
  const shared = (pair) => mesh(atlas, atlas.objects.countries, (a, b) => a !== b && matchesPair(codeOf(a), codeOf(b), pair)).coordinates;
  for (const line of shared(['IND', 'PAK'])) {
    // Where Jammu and Kashmir begins: the easternmost point of the line between 31.8° and 33° N (on the Ravi).
    let turn = -1;
    line.forEach(([x, y], i) => {
      if (y > 31.8 && y < 33 && (turn < 0 || x > line[turn][0])) turn = i;
    });
    if (turn < 0) continue;
    const north = line[0][1] > line[line.length - 1][1] ? line.slice(0, turn + 1) : line.slice(turn);
    if (north.length > 1) lines.push(north);
  }
  lines.push(...shared(['CHN', 'PAK']));
  for (const line of shared(['CHN', 'IND'])) lines.push(...runs(line, ([x, y]) => y >= 32.6 && x <= 80.5));
  lines.push(...shared([SIACHEN, '*']));
  const [x0, y0, x1, y1] = box;
  return lines.flatMap((line) => runs(line, ([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1));
}

// ---- one region ------------------------------------------------------------------------------------

/**
 * Cut `atlas` to `box`, find the disputed lines, build a topology in which country borders and
 * disputed lines share their arcs, simplify to `weight` and quantize.
 */
function buildRegion(atlas, box, weight, quantization, focus = []) {
  const countries = feature(atlas, atlas.objects.countries)
    .features.filter((f) => f.geometry && intersectsBox(f.geometry, box))
    .map((f) => {
      const code = codeOf(f);
      if (!code) throw new Error(`no ISO code known for world-atlas feature ${f.id} "${f.properties.name}"`);
      const geometry = clipPolygons(f.geometry, box);
      return geometry && { type: 'Feature', id: code, properties: { name: f.properties.name }, geometry };
    })
    .filter(Boolean)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const disputed = { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: disputedLines(atlas, box) } };
  // The disputed lines are a line object of their own: topology() cuts the country borders where they
  // start and end, so both objects reference the same arcs.
  let topo = topology({ countries: { type: 'FeatureCollection', features: countries }, disputed });
  topo = presimplify(topo, sphericalTriangleArea);
  // The focus countries' arcs keep `weight`; arcs away from them are simplified four times as hard.
  const focusArcs = new Set();
  for (const g of topo.objects.countries.geometries) {
    if (focus.includes(g.id)) for (const arc of g.arcs.flat(2)) focusArcs.add(arc < 0 ? ~arc : arc);
  }
  if (focus.length) topo.arcs.forEach((arc, i) => focusArcs.has(i) || arc.forEach((point) => (point[2] /= OTHER_FACTOR)));
  topo = simplify(topo, weight);
  // Islands smaller than about 200 km² are invisible at this scale.
  topo = filter(topo, filterWeight(topo, MIN_RING_AREA, sphericalRingArea));
  return quantize(topo, quantization);
}

/** The land outline behind the locator globe: Natural Earth 1:110m land, coarse, whole polygons. */
function buildLocator() {
  const land = loadAtlas('land-110m.json');
  let topo = simplify(presimplify(land, sphericalTriangleArea), 1.5e-2);
  topo = filter(topo, filterWeight(topo, 1.5e-2, sphericalRingArea));
  const out = quantize(topo, 500);
  delete out.bbox;
  return out;
}

// ---- validation --------------------------------------------------------------------------------------

/** Length in km of the border shared by `a` and `b`, measured with d3-geo on `topo`. */
export function borderLength(topo, a, b) {
  const line = mesh(topo, topo.objects.countries, (p, q) => p !== q && ((p.id === a && q.id === b) || (p.id === b && q.id === a)));
  return { line, km: geoLength(line) * EARTH_RADIUS_KM };
}

function validate(topo, { name, pair, expect }) {
  const problems = [];
  const countries = feature(topo, topo.objects.countries).features;
  const ids = new Set();
  for (const f of countries) {
    if (typeof f.id !== 'string' || !/^[A-Z]{3}$/.test(f.id)) problems.push(`a feature has no three-letter id: ${JSON.stringify(f.id)}`);
    if (ids.has(f.id)) problems.push(`id ${f.id} occurs twice`);
    ids.add(f.id);
    if (!f.properties?.name) problems.push(`${f.id} has no name`);
    // A ring wound the wrong way for d3-geo (like world-atlas's 10m Maldives) covers the rest of the globe.
    const area = geoArea(f);
    if (!(area > 0 && area < 2 * Math.PI)) problems.push(`${f.id} is wound the wrong way for d3-geo (area ${area.toFixed(3)} sr)`);
    walkPoints(f.geometry, ([x, y]) => {
      if (!Number.isFinite(x) || !Number.isFinite(y)) problems.push(`${f.id} has a non-finite coordinate`);
    });
  }
  for (const id of expect) if (!ids.has(id)) problems.push(`${id} is missing`);
  const border = borderLength(topo, ...pair);
  if (!border.line.coordinates.length) problems.push(`no shared ${pair.join('–')} arc`);
  const disputed = feature(topo, topo.objects.disputed);
  const disputedKm = geoLength(disputed) * EARTH_RADIUS_KM;
  if (!(disputedKm > 100)) problems.push(`the disputed lines are missing or too short (${disputedKm.toFixed(0)} km)`);
  // The disputed arcs must be country borders, not lines of their own.
  const borderArcs = new Set();
  for (const g of topo.objects.countries.geometries) for (const arc of (g.arcs ?? []).flat(2)) borderArcs.add(arc < 0 ? ~arc : arc);
  const disputedArcs = topo.objects.disputed.arcs.flat().map((arc) => (arc < 0 ? ~arc : arc));
  if (disputedArcs.some((arc) => !borderArcs.has(arc))) problems.push('a disputed line does not follow a country border');
  if (problems.length) throw new Error(`${name}:\n  ${problems.join('\n  ')}`);
  return { borderKm: border.km, disputedKm, countries: countries.length, arcs: topo.arcs.length };
}

function validateLocator(topo) {
  const land = feature(topo, topo.objects.land);
  const area = geoArea(land);
  if (!(area > 0 && area < 2 * Math.PI)) throw new Error(`locator land is wound the wrong way (area ${area})`);
  // Kabul must be on land and the middle of the Indian Ocean must not.
  if (!geoContains(land, [69.17, 34.53]) || geoContains(land, [75, -10])) throw new Error('locator land is inside out');
}

// ---- output ------------------------------------------------------------------------------------------

const sizes = (text) => ({ bytes: Buffer.byteLength(text), gzip: zlib.gzipSync(text, { level: 9 }).length });
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

function build(resolution, weight = WEIGHT) {
  const atlas = loadAtlas(`countries-${resolution}.json`);
  const topo = buildRegion(atlas, REGION, weight, QUANTIZATION, ['AFG', 'PAK']);
  topo.metadata = {
    source: `world-atlas ${atlasVersion}, countries-${resolution}.json (Natural Earth 1:${resolution === '10m' ? '10' : '50'} million, public domain)`,
    region: REGION,
    simplification: weight,
    pointOfView: 'Natural Earth default: de facto control',
  };
  const stats = validate(topo, {
    name: `border-region ${resolution}`,
    pair: ['AFG', 'PAK'],
    expect: ['AFG', 'PAK', 'IRN', 'TKM', 'UZB', 'TJK', 'CHN', 'IND', SIACHEN],
  });
  return { topo, stats };
}

/** The full-resolution Durand Line in world-atlas, before any cutting or simplification. */
function sourceLength(resolution) {
  const atlas = loadAtlas(`countries-${resolution}.json`);
  const line = mesh(atlas, atlas.objects.countries, (a, b) => a !== b && matchesPair(codeOf(a), codeOf(b), ['AFG', 'PAK']));
  return geoLength(line) * EARTH_RADIUS_KM;
}

function outputs() {
  const { topo } = build(RESOLUTION);
  const locator = buildLocator();
  validateLocator(locator);
  const fixtureAtlas = loadAtlas('countries-50m.json');
  const fixture = buildRegion(fixtureAtlas, [60, 6.5, 92.5, 38], 2e-7, 1e4);
  fixture.metadata = {
    source: `world-atlas ${atlasVersion}, countries-50m.json (Natural Earth 1:50 million, public domain)`,
    note: 'Test and story fixture: India, Pakistan and their neighbours, coarsely simplified.',
  };
  validate(fixture, { name: 'india-pakistan fixture', pair: ['IND', 'PAK'], expect: ['IND', 'PAK', 'CHN', 'AFG', SIACHEN] });
  return {
    'data/border-region.topo.json': `${JSON.stringify(topo)}\n`,
    'data/locator-land.topo.json': `${JSON.stringify(locator)}\n`,
    'data/india-pakistan.topo.json': `${JSON.stringify(fixture)}\n`,
  };
}

if (process.argv.includes('--compare')) {
  console.log(`world-atlas ${atlasVersion}, simplification ${WEIGHT} sr, quantization ${QUANTIZATION}, region ${REGION.join(', ')}`);
  console.log('resolution  source AFG–PAK  shipped AFG–PAK  disputed  arcs  size      gzip');
  for (const resolution of ['50m', '10m']) {
    const { topo, stats } = build(resolution);
    const size = sizes(JSON.stringify(topo));
    console.log(
      `${resolution.padEnd(10)}  ${`${sourceLength(resolution).toFixed(1)} km`.padStart(14)}  ${`${stats.borderKm.toFixed(1)} km`.padStart(15)}  ${`${stats.disputedKm.toFixed(0)} km`.padStart(8)}  ${String(stats.arcs).padStart(4)}  ${kb(size.bytes).padStart(8)}  ${kb(size.gzip).padStart(7)}`,
    );
  }
} else {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, content] of Object.entries(outputs())) {
    const target = path.join(root, file);
    if (check) {
      if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== content) {
        stale++;
        console.error(`stale: ${file} differs from what world-atlas gives; run node scripts/generate-geography.mjs`);
      }
    } else {
      fs.writeFileSync(target, content);
      const size = sizes(content);
      console.log(`wrote ${file} (${kb(size.bytes)}, ${kb(size.gzip)} gzip)`);
    }
  }
  process.exit(stale ? 1 : 0);
}
