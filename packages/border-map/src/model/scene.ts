/** What a map draws: the options it is drawn with, and the scene the element renders. */
import type { GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapPlace } from '@conflict-viz/data/map-places';
import type { LocaleFormat, MeasureText, Read, Scene } from '@conflict-viz/core/pure';
import type { CountryPair } from './borders.js';
import type { MapGeometry } from './geometry.js';
import type { DistrictRecord, MapMarker } from './points.js';

export const PROJECTIONS = ['conic-conformal', 'equirectangular', 'orthographic'] as const;
export const DISPUTED_STYLES = ['dashed', 'solid', 'hidden'] as const;
export const LAYERS = ['places', 'events', 'inset'] as const;
export type ProjectionName = (typeof PROJECTIONS)[number];
export type DisputedStyle = (typeof DISPUTED_STYLES)[number];
export type LayerName = (typeof LAYERS)[number];

/** Layer names separated by spaces or commas, each one of LAYERS; an empty list draws none. */
export function readLayers(list: string): Read<ReadonlySet<LayerName>> {
  const names = list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((name) => name.toLowerCase());
  const unknown = names.filter((name) => !(LAYERS as readonly string[]).includes(name));
  if (unknown.length)
    return { ok: false, message: `unknown layer ${unknown.map((n) => JSON.stringify(n)).join(', ')} (expected "places", "events" or "inset")` };
  return { ok: true, value: new Set(names as LayerName[]) };
}

// The places' shape is the data package's, where the default places are generated.
export type { MapPlace };

export interface BorderMapData {
  readonly geometry: MapGeometry;
  readonly pair: CountryPair | null;
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
