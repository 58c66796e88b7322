/** The shapes shared by every element's pure model and the Lit layer that draws it. */
import { LocaleFormat } from '../format/locale-format.js';
import type { Box } from './lanes.js';
import { estimateTextWidth, type MeasureText } from './text.js';

/** What a model needs to know about where it is drawn. */
export interface LayoutContext {
  readonly width: number;
  /** The plot's height where the page decides it (a box reserved by CSS); undefined: the model picks one for the width. */
  readonly height?: number;
  readonly rtl: boolean;
  readonly measure: MeasureText;
  /** Numbers, dates and lists in the element's locale (`format.locale`). */
  readonly format: LocaleFormat;
}

/** A layout context for a width, by default English, left to right, with estimated text widths (tests, servers). */
export function createLayoutContext({
  width,
  locale = 'en',
  rtl = false,
  measure = estimateTextWidth,
}: {
  readonly width: number;
  readonly locale?: string;
  readonly rtl?: boolean;
  readonly measure?: MeasureText;
}): LayoutContext {
  return { width, rtl, measure, format: new LocaleFormat(locale) };
}

/** The minimum a scene tells the frame. */
export interface Scene {
  readonly width: number;
  readonly height: number;
  /** Number of navigable marks, in reading order. */
  readonly marks: number;
}

/** A tooltip: plain text only, anchored in SVG coordinates. */
export interface Tooltip {
  readonly x: number;
  readonly y: number;
  readonly title: string;
  readonly lines: readonly string[];
}

/** One mark as the frame needs it: its tooltip (text and anchor) and the datum `cv-select` carries. */
export interface Mark extends Tooltip {
  readonly datum: unknown;
  /** Where it is drawn, in SVG units: its node in the accessibility tree covers it, for touch exploration. */
  readonly box?: Box;
  /** The group it is read in (e.g. "Places"); PageUp and PageDown jump between groups. */
  readonly group?: string;
}

/** The keys that move between marks. */
export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * A scene the frame can navigate, point at and announce. Marks are read one at a time, so a scene of
 * 100,000 marks builds none of them until a reader reaches one.
 */
export interface InteractiveScene extends Scene {
  /** Mark `index`, 0 ≤ index < marks. */
  mark(index: number): Mark;
  /** The mark under a point in SVG units, or -1. */
  markAt(x: number, y: number): number;
  /** For marks laid out in two dimensions: the mark a key leads to from `index` (-1: none yet). Without it, keys follow the reading order. */
  markToward?(index: number, key: NavigationKey): number;
  /** Where a datum of an earlier scene is in this one (-1: gone), so focus stays on a mark when marks are renumbered. */
  indexOf?(datum: unknown): number;
}

/** Text that belongs to the article's dataset and is shown only while that dataset is drawn. */
export interface DatasetText {
  readonly heading?: string;
  readonly description?: string;
  readonly source?: string;
  readonly sourceHref?: string;
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

export interface TableColumn {
  readonly label: string;
  /** Numbers are right-aligned (end-aligned in RTL). */
  readonly numeric?: boolean;
}

/** The data behind a drawing as a table: the accessible alternative to the drawing. */
export interface TableModel {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** Cells already formatted for the locale. The first cell of a row is its header. */
  readonly rows: readonly (readonly string[])[];
  /** A note under the table, e.g. what the figures do not cover. */
  readonly note?: string;
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

/** A mark's accessible name: its tooltip read as sentences. */
export function describeMark(mark: Tooltip): string {
  // A line that ends a sentence already ("…not at the strikes.") gets no second full stop.
  return [mark.title, ...mark.lines].map((line, i, all) => (i < all.length - 1 && !/[.!?]$/.test(line) ? `${line}.` : line)).join(' ');
}
