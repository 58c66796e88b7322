/** What an app gives <border-map> (geometry, markers) and what its events carry. Types only. */
import type { CvSelectEvent } from '@conflict-viz/core';
import type { District, MapMarker } from './model/index.js';

/** GeoJSON (a FeatureCollection, Feature or geometry) or TopoJSON (a Topology), in longitude/latitude degrees. */
export interface BorderMapGeometry {
  readonly type: string;
  // `any`, not `unknown`: @types/geojson's interfaces have no index signature, and TypeScript lets only such a
  // one through. The element checks the geometry as it reads it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  readonly [key: string]: any;
}

/** A point the map marks with a labelled symbol; `href` is kept only when it is an http(s) link. */
export type BorderMapMarker = MapMarker;

/** What `cv-select` carries: the chosen place, marker, district circle or border. */
export type BorderMapSelection =
  | ({ readonly kind: 'marker' } & MapMarker)
  | {
      readonly kind: 'place';
      readonly id: string;
      readonly lon: number;
      readonly lat: number;
      readonly label: string;
      readonly note?: string;
      readonly source?: string;
      /** What the place is, e.g. `city`, `province`. */
      readonly kindLabel?: string;
    }
  | ({ readonly kind: 'district'; readonly from: number; readonly to: number } & District)
  | {
      readonly kind: 'border';
      readonly name: string;
      /** The two countries' codes. */
      readonly pair: readonly [string, string];
      /** As measured on the map's geometry. */
      readonly lengthKm: number;
      /** The length the article gives, for the Durand Line. */
      readonly articleLengthKm?: number;
    };

/** The map's `cv-select` event. */
export type BorderMapSelectEvent = CvSelectEvent<BorderMapSelection>;

// The events every element fires, so an app needs no import from @conflict-viz/core.
export type { CvErrorDetail, CvErrorEvent, CvEventMap, CvLinkDetail, CvLinkEvent, CvRenderDetail, CvRenderEvent, CvSelectEvent } from '@conflict-viz/core';
