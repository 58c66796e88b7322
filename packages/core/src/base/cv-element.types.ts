/**
 * The shapes an element and its base class agree on besides the pure ones (options, preset, scene
 * description: layout/scene.ts): its keywords, downloads and frame parts.
 */

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
/** What `actions`, `toBlob()` and `download()` make: the drawing as PNG or SVG, the data drawn as CSV. */
export const EXPORT_FORMATS = ['png', 'svg', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** What `actions` may ask for: a download button per format, and `sound`, a button that plays the values as pitch. */
export const ACTIONS = [...EXPORT_FORMATS, 'sound'] as const;
export type Action = (typeof ACTIONS)[number];

/** The data a CSV download writes: a header row, then one row per record, values unformatted. */
export interface ExportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** What an element's `render()` puts in the frame. */
export interface FrameParts {
  /** Height the plot reserves before anything is drawn, so the page does not shift (an element without a plotBox). */
  readonly reservedHeight?: number;
  /** Between the heading and the plot: a legend, controls. */
  readonly legend?: unknown;
  readonly plot?: unknown;
  /** After the whole frame, e.g. the timeline as a list. */
  readonly after?: unknown;
}
