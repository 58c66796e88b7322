/** The shapes an element and its base class agree on: options, preset, description, frame parts. */
import type { TableModel } from '../on-request/data-table.js';
import type { DatasetText } from '../layout/scene.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
/** What `actions`, `toBlob()` and `download()` make: the drawing as PNG or SVG, the data drawn as CSV. */
export const EXPORT_FORMATS = ['png', 'svg', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The data a CSV download writes: a header row, then one row per record, values unformatted. */
export interface ExportTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

/** An element's options; `parse` holds those its data is read with (a change there parses the data again). */
export interface ElementOptions {
  readonly parse: object;
}

/** The article's defaults: the data drawn when no data is given, and the text that goes with it. */
export interface Preset<TOptions extends ElementOptions> {
  /** The article's data for the options data is read with (a chart's metric picks its series). */
  data(options: TOptions['parse']): unknown;
  text(options: TOptions): DatasetText;
}

/** What the frame says about a scene besides drawing it. */
export interface SceneDescription {
  /** Accessible name when there is no heading, e.g. "Bar chart of events per year, 2007–2021". */
  readonly label: string;
  /** The generated summary: range, peak, trend. */
  readonly summary: string;
  /** The data table (its caption is the plot's name), built when it is opened. */
  table(): Omit<TableModel, 'caption'>;
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
