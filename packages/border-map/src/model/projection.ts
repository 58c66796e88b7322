/**
 * Projection and view: a geometry fitted to the map's size (d3-geo), the paths of its countries and
 * lines, where country names go, and the locator globe.
 */
import { geoBounds, geoConicConformal, geoEquirectangular, geoOrthographic, geoStream, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { clamp } from '@conflict-viz/core/pure';
import { borderLines, pairKey, type CountryPair } from './borders.js';
import { MapCache } from './cache.js';
import { containsPoint, rings, type MapGeometry } from './geometry.js';
import type { BorderMapScene, CountryShape, LocatorInset, ProjectionName } from './scene.js';

/**
 * The widest map drawn. Its height is held to a laptop's screen, and the article's region is about 1.4
 * times as wide as tall, so a map wider than this would show the straight cut edges of the region's geometry.
 */
export const MAX_MAP_WIDTH = 760;

/** Map width for a container width: all of it, from 200 px up to MAX_MAP_WIDTH. */
export function mapWidth(width: number): number {
  return clamp(Math.round(width), 200, MAX_MAP_WIDTH);
}

/** The lowest map drawn. */
const MIN_HEIGHT = 160;

/**
 * Map height: the height the page gives (the element's box, less its text), else one for the container's
 * width: 0.78 of the map's width, at least 230 px, so at most 593 px (it grew to about 830 px at 1,280 px
 * when it followed the container's width).
 */
export function mapHeight(width: number, given?: number): number {
  return Math.round(given ? Math.max(MIN_HEIGHT, given) : Math.max(230, mapWidth(width) * 0.78));
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

/**
 * The focus's extent on the sphere, its west edge shifted so west < east: a country across the
 * antimeridian (the United States with the Aleutians, Russia, Fiji) is centred on itself, not on
 * the far side of the globe.
 */
function focusBounds(focus: FeatureCollection): [[number, number], [number, number]] {
  const [[west, south], [east, north]] = geoBounds(focus);
  return [
    [east < west ? west - 360 : west, south],
    [east, north],
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
export interface MapView {
  readonly projection: GeoProjection;
  readonly countries: readonly CountryShape[];
  readonly borders: string;
  readonly disputed: string;
  readonly highlight: string;
  readonly highlightDisputed: string;
  readonly highlightPoints: BorderMapScene['highlightPoints'];
}

/** The view of a geometry, its pair and projection at a size (the height follows the width). */
export function mapView(geometry: MapGeometry, pair: CountryPair | null, name: ProjectionName, width: number, height: number, cache = new MapCache()): MapView {
  return cache.view(geometry, `${name} ${width}×${height} ${pairKey(pair)}`, () => {
    const projection = fitProjection(geometry, pair, name, width, height);
    return { projection, ...drawView(geometry, pair, projection, width, height, cache) };
  });
}

/**
 * A projection of `name` fitted to the pair (the story) or, without one, the whole geometry, leaving
 * room for labels, and clipped to the map.
 */
function fitProjection(geometry: MapGeometry, pair: CountryPair | null, name: ProjectionName, width: number, height: number): GeoProjection {
  const focus: FeatureCollection = { type: 'FeatureCollection', features: (pair ?? geometry.countries).map((c) => c.feature) };
  const projection = createProjection(name, focusBounds(focus));
  // d3's pre-clip cuts every ring at the antimeridian, which costs more than drawing the map; it is only
  // needed when some geometry reaches round the back of the globe from the centre.
  const [[all0], [all1]] = lonLatBounds(geometry.countries.map((c) => c.feature));
  const center = projection.rotate()[0] * -1;
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
  return projection;
}

/** Everything a view draws through its projection: countries, borders, the highlighted border. */
function drawView(
  geometry: MapGeometry,
  pair: CountryPair | null,
  projection: GeoProjection,
  width: number,
  height: number,
  cache: MapCache,
): Omit<MapView, 'projection'> {
  const lines = borderLines(geometry, pair, cache);
  const draw = (line: MultiLineString | undefined) => (line ? projectObject(projection, line) : { d: '', lines: [] });
  const highlight = draw(lines.highlight);
  return {
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
  };
}

/** The locator globe: an orthographic globe centred on the map, with the land and the map's outline on it. */
export function locatorInset(view: MapView, land: Feature | FeatureCollection, width: number, height: number, cache = new MapCache()): LocatorInset {
  return cache.inset(view, land, () => drawInset(view.projection, land, width, height));
}

function drawInset(projection: GeoProjection, land: Feature | FeatureCollection, width: number, height: number): LocatorInset {
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
  return { x, y, size, land: projectObject(globe, land).d, view: projectObject(globe, { type: 'LineString', coordinates }).d };
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
