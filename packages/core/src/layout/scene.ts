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

/** A mark's accessible name: its tooltip read as sentences. */
export function describeMark(mark: Tooltip): string {
  // A line that ends a sentence already ("…not at the strikes.") gets no second full stop.
  return [mark.title, ...mark.lines].map((line, i, all) => (i < all.length - 1 && !/[.!?]$/.test(line) ? `${line}.` : line)).join(' ');
}
