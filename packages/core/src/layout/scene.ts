/** The shapes shared by every element's pure model and the Lit layer that draws it. */
import type { MeasureText } from './text.js';

/** What a model needs to know about where it is drawn. */
export interface LayoutContext {
  readonly width: number;
  readonly locale: string;
  readonly rtl: boolean;
  readonly measure: MeasureText;
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

/** Text that belongs to the article's dataset and is shown only while that dataset is drawn. */
export interface DatasetText {
  readonly heading?: string;
  readonly description?: string;
  readonly source?: string;
  readonly sourceHref?: string;
}
