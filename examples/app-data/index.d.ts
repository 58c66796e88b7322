// Types of index.js, written by hand: the apps check their bindings against the elements' own types.
export declare const chartHeading: string;
export declare const mapHeading: string;
export declare const timelineHeading: string;

export interface ChartRow {
  year: number;
  events: number;
}
export declare const chartRows: ChartRow[];
export declare function nextYear(rows: readonly ChartRow[]): ChartRow[];

export declare const mapGeometry: {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    properties: { name: string };
    geometry: { type: 'Polygon'; coordinates: number[][][] };
  }[];
};
export declare const mapHighlight: string;
export declare const mapMarkers: { lon: number; lat: number; label: string }[];

export declare const timelineCategories: { id: string; label: string; color: number; shape: string }[];
export declare const timelineEvents: { start: string; end?: string; title: string; category: string }[];

export declare function selectionLabel(detail: unknown): string;
