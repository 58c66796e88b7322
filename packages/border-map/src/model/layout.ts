/**
 * The map's scene: geometry, highlighted pair, places, markers and districts -> paths, marks and
 * notes for a width, in SVG px at zoom 1.
 */
import { clamp, countOf, ownField, yearRange, type LayoutContext, type LocaleFormat } from '@conflict-viz/core/pure';
import type { BorderLines, CountryPair } from './borders.js';
import { borderLines } from './borders.js';
import { MapCache } from './cache.js';
import { countDistrictEvents, EVENT_YEARS, type MapMarker } from './points.js';
import { locatorInset, mapHeight, mapView, mapWidth, type MapView } from './projection.js';
import { rings, type MapCountry } from './geometry.js';
import type { BorderMapData, BorderMapOptions, BorderMapScene, MapMark } from './scene.js';

/** The Durand Line's length as the article states it. */
export const DURAND_ARTICLE_KM = 2640;
const PLACE_R = 4.5;
const EVENTS = { one: 'event', other: 'events' };
const MARKER_R = 5;

/** "34.53° N, 69.17° E" in the locale's digits. */
export function formatCoordinates(format: LocaleFormat, lon: number, lat: number): string {
  const n = (v: number) => format.number(Math.abs(v));
  return `${n(lat)}° ${lat >= 0 ? 'N' : 'S'}, ${n(lon)}° ${lon >= 0 ? 'E' : 'W'}`;
}

/** The scene of a map: everything the template draws, in SVG px at zoom 1. `cache` keeps views between calls. */
export function layoutBorderMap(data: BorderMapData, options: BorderMapOptions, context: LayoutContext, cache = new MapCache()): BorderMapScene {
  const width = mapWidth(context.width);
  const height = mapHeight(width, context.height);
  const { format } = context;
  const { geometry, pair, article } = data;
  const view = mapView(geometry, pair, options.projection, width, height, cache);
  const lines = borderLines(geometry, pair, cache);
  const frame = new MapFrame(view, width, height, format);

  const border = pair ? borderMark(pair, lines, view, article, format) : undefined;
  const places = options.layers.has('places')
    ? frame.pointMarks(
        'place',
        options.places.map((p) => ({ id: p.id, lon: p.lon, lat: p.lat, label: p.name, note: p.note, source: p.source, kindLabel: p.kind })),
      )
    : [];
  const markers = frame.pointMarks('marker', options.markers);
  const districts = options.layers.has('events') ? frame.districtMarks(options) : undefined;
  const items = [...(border ? [border.mark] : []), ...places, ...markers, ...(districts?.marks ?? [])];

  const hasDisputed = !!(lines.disputed || lines.highlightDisputed);
  return {
    width,
    height,
    marks: items.length,
    format,
    rtl: context.rtl,
    measure: context.measure,
    projectionName: options.projection,
    projection: view.projection,
    geometryFormat: geometry.format,
    countries: view.countries,
    borders: view.borders,
    disputed: options.disputed === 'hidden' ? '' : view.disputed,
    disputedStyle: options.disputed,
    highlight: view.highlight,
    highlightDisputed: options.disputed === 'hidden' ? '' : view.highlightDisputed,
    highlightPoints: view.highlightPoints,
    border: border?.border,
    items,
    events: districts?.events,
    inset: options.layers.has('inset') && options.land ? locatorInset(view, options.land, width, height, cache) : undefined,
    notes: mapNotes({ border, hasDisputed, events: districts?.events, offMap: frame.offMap, options, article, format, cut: cutCountries(data) }),
    hasDisputed,
    article,
  };
}

type BorderSummary = NonNullable<BorderMapScene['border']>;

/** The highlighted border: its own mark, with its length measured on this geometry. */
function borderMark(
  pair: CountryPair,
  lines: BorderLines,
  view: MapView,
  article: boolean,
  format: LocaleFormat,
): { border: BorderSummary; mark: MapMark } | undefined {
  if (!lines.highlight) return undefined;
  const n = (v: number) => format.number(v);
  const km = lines.km!;
  const durand =
    article &&
    pair
      .map((c) => c.code)
      .sort()
      .join() === 'AFG,PAK';
  const name = durand ? 'Durand Line' : `${pair[0].name}–${pair[1].name} border`;
  const border: BorderSummary = { name, label: name, pair: [pair[0].code, pair[1].code], km, articleKm: durand ? DURAND_ARTICLE_KM : undefined };
  const [x, y] = middlePoint(view.highlightPoints);
  const lengthLine = durand
    ? `${n(DURAND_ARTICLE_KM)} km according to the article; ${n(Math.round(km))} km measured on this map, whose simplified line cuts corners`
    : `${n(Math.round(km))} km measured on this map`;
  const mark: MapMark = {
    kind: 'border',
    x,
    y,
    r: 0,
    title: name,
    lines: [
      durand ? 'The Afghanistan–Pakistan border' : `The border between ${pair[0].name} and ${pair[1].name}`,
      lengthLine,
      ...(durand ? ['Afghanistan does not recognise it as an international border'] : []),
    ],
    label: name,
    datum: { kind: 'border', name, pair: border.pair, lengthKm: Math.round(km), articleLengthKm: border.articleKm },
  };
  return { border, mark };
}

/** The middle vertex of the line with the most vertices: where the border's mark sits. */
function middlePoint(lines: readonly (readonly (readonly [number, number])[])[]): [number, number] {
  const line = lines.reduce((a, b) => (b.length > a.length ? b : a), []);
  const p = line[line.length >> 1] ?? [0, 0];
  return [p[0], p[1]];
}

/** A point to mark: a reader's marker, or a place (which also carries its id and kind). */
type MapPoint = MapMarker & { readonly id?: string; readonly kindLabel?: string };

/** Points on a projected map: where they fall, and the ones that fall outside it. */
class MapFrame {
  /** Points outside the map, named with their coordinates, for the notes. */
  readonly offMap: string[] = [];

  constructor(
    private readonly view: MapView,
    private readonly width: number,
    private readonly height: number,
    private readonly format: LocaleFormat,
  ) {}

  /** A point in px, or null where the projection cannot show it (the far side of a globe). */
  project(lon: number, lat: number): [number, number] | null {
    const p = this.view.projection([lon, lat]);
    return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : null;
  }

  inside([x, y]: [number, number]): boolean {
    return x >= 0 && x <= this.width && y >= 0 && y <= this.height;
  }

  /** A point outside the map is drawn as a pointer on its edge, in the direction it lies from the centre. */
  toEdge(p: [number, number] | null): { x: number; y: number; angle: number } {
    const { width, height } = this;
    const dx = p ? p[0] - width / 2 : -1;
    const dy = p ? p[1] - height / 2 : 0;
    const t = Math.min(Math.abs((width / 2 - 14) / (dx || 1e-9)), Math.abs((height / 2 - 14) / (dy || 1e-9)));
    return { x: width / 2 + dx * t, y: height / 2 + dy * t, angle: (Math.atan2(dy, dx) * 180) / Math.PI };
  }

  /** Places or markers, west to east; those outside the map point at it from its edge. */
  pointMarks(kind: 'place' | 'marker', points: readonly MapPoint[]): MapMark[] {
    return [...points]
      .sort((a, b) => a.lon - b.lon)
      .map((p) => {
        const at = this.project(p.lon, p.lat);
        const on = !!at && this.inside(at);
        const edge = on ? undefined : this.toEdge(at);
        const coordinates = formatCoordinates(this.format, p.lon, p.lat);
        if (!on) this.offMap.push(`${p.label} (${coordinates})`);
        return {
          kind,
          x: on ? at![0] : edge!.x,
          y: on ? at![1] : edge!.y,
          r: kind === 'place' ? PLACE_R : MARKER_R,
          title: p.label,
          lines: [
            ...(p.note ? [p.note] : []),
            ...(on ? [] : [`Outside this map, at ${coordinates}`]),
            // Own field: markers have no source, and a polluted Object.prototype.source must not lend one.
            ...(ownField(p, 'source') ? [`Source: ${p.source}`] : []),
            ...(p.href ? [`Link: ${p.href}`] : []),
          ],
          label: p.label,
          offMap: edge && { angle: edge.angle },
          lon: p.lon,
          lat: p.lat,
          datum: { kind, ...p },
        };
      });
  }

  /** Districts with events in the chosen years as circles, area in proportion to the count, and their legend. */
  districtMarks(options: BorderMapOptions): { marks: MapMark[]; events: NonNullable<BorderMapScene['events']> } {
    const from = options.from ?? EVENT_YEARS[0];
    const to = options.to ?? EVENT_YEARS[1];
    const counted = countDistrictEvents(options.districts, from, to);
    const rMax = clamp(this.width * 0.032, 9, 26);
    // The smallest circles are held at 1.5 px so they stay visible.
    const radius = (v: number) => Math.max(1.5, rMax * Math.sqrt(v / counted.max));
    const years = yearRange(this.format, from, to);
    const marks: MapMark[] = [];
    for (const d of counted.districts) {
      const at = this.project(d.lon, d.lat);
      if (!at || !this.inside(at)) continue;
      marks.push({
        kind: 'district',
        x: at[0],
        y: at[1],
        r: radius(d.events),
        title: d.name,
        lines: [`${countOf(this.format, d.events, EVENTS)} involving the TTP, ${years}`, d.province, 'UCDP GED 22.1'],
        lon: d.lon,
        lat: d.lat,
        datum: { kind: 'district', ...d, from, to },
      });
    }
    const legend = [10, 50, 100, 250, 500, 1000, 2500]
      .filter((v) => v <= counted.max)
      .slice(-3)
      .map((value) => ({ value, r: radius(value) }));
    const total = counted.districts.reduce((s, d) => s + d.events, 0);
    return { marks, events: { from, to, total, unplaced: counted.unplaced, districts: counted.districts.length, legend } };
  }
}

interface NoteFacts {
  readonly border?: { readonly border: BorderSummary; readonly mark: MapMark };
  readonly hasDisputed: boolean;
  readonly events?: BorderMapScene['events'];
  readonly offMap: readonly string[];
  readonly options: BorderMapOptions;
  readonly article: boolean;
  readonly format: LocaleFormat;
  /** The highlighted countries that continue beyond a geometry cut to a box, and the box. */
  readonly cut?: { readonly names: readonly string[]; readonly region: readonly [number, number, number, number] };
}

/** The countries of the pair that reach the edge of the box the geometry was cut to. */
function cutCountries({ geometry, pair }: BorderMapData): NoteFacts['cut'] {
  const { region } = geometry;
  if (!region || !pair) return undefined;
  const [west, south, east, north] = region;
  const touches = (c: MapCountry) => rings(c.feature).some((ring) => ring.some(([x, y]) => Math.min(x - west, east - x, y - south, north - y) < 1e-6));
  const names = pair.filter(touches).map((c) => c.name);
  return names.length ? { names, region } : undefined;
}

/** The notes under the map: the border's lengths, the point of view on disputed lines, the events, points outside, the projection. */
function mapNotes({ border, hasDisputed, events, offMap, options, article, format, cut }: NoteFacts): string[] {
  const n = (v: number) => format.number(v);
  const notes: string[] = [];
  if (border) {
    const { name, articleKm, km } = border.border;
    notes.push(articleKm ? `${name}: ${border.mark.lines.slice(1).join('. ')}.` : `${name}: ${n(Math.round(km))} km measured on this map.`);
  }
  if (cut) {
    const [west, south, east, north] = cut.region;
    const lon = (v: number) => `${n(Math.abs(v))}° ${v < 0 ? 'W' : 'E'}`;
    const lat = (v: number) => `${n(Math.abs(v))}° ${v < 0 ? 'S' : 'N'}`;
    const box = `${lon(west)}–${lon(east)}, ${lat(south)}–${lat(north)}`;
    notes.push(
      `${format.list(cut.names)} ${cut.names.length > 1 ? 'continue' : 'continues'} beyond this map, which is cut to ${box}: ` +
        'to draw both countries whole, set src to a world map such as world-atlas countries-50m.json.',
    );
  }
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
      `Circles: UCDP events involving the TTP in ${yearRange(format, events.from, events.to)} per district, at the mean of the events' coordinates; area shows the count.` +
        (events.unplaced
          ? ` ${countOf(format, events.unplaced, EVENTS)} located only to a province or to Pakistan as a whole ${events.unplaced === 1 ? 'is' : 'are'} not drawn.`
          : ''),
    );
  }
  if (offMap.length) notes.push(`Outside this map, shown by arrows at its edge: ${format.list(offMap)}.`);
  notes.push(`Projection: ${options.projection.replace(/-/g, ' ')}.`);
  return notes;
}
