/**
 * What a timeline draws: a horizontal plot (eras, time axis, events in lanes, counts for crowded
 * periods) in SVG coordinates, 1 unit = 1 CSS px, or on narrow containers a chronology, the events
 * as rows of a list that the page's text layout wraps.
 */
import type { Box, LocaleFormat, Scene } from '@conflict-viz/core/pure';
import type { Orientation, TimelineCategory, TimelineData, TimelineEra, TimelineEvent } from './data.js';
import type { TimeWindow } from './window.js';

export interface TimelineOptions {
  /** The categories events may name (they are read with the data, see `TimelineData.categories`). */
  readonly categories: readonly TimelineCategory[];
  /** Ids of categories the legend hides, as JSON text (`["war"]`; a string, so options compare cheaply); see `toggleHidden`. */
  readonly hidden: string;
  /** The initial window (UTC ms), from the `from` and `to` attributes. */
  readonly from?: number;
  readonly to?: number;
  /** The current window after zoom and pan; absent: the initial window. */
  readonly view0?: number;
  readonly view1?: number;
  readonly orientation: Orientation;
  /** The horizontal plot's height (the SVG's): what the timeline's fixed height leaves under its controls. Default HORIZONTAL_HEIGHT. */
  readonly height?: number;
}

/** A line [x1, y1, x2, y2]. */
export type Line = readonly [number, number, number, number];

export type TextAnchor = 'start' | 'end' | 'middle';

/** A label: its text, where it is anchored and how, and the box it covers. */
export interface TimelineLabel {
  readonly text: string;
  readonly x: number;
  /** The middle of the text's line. */
  readonly y: number;
  readonly anchor: TextAnchor;
  readonly box: Box;
}

export interface PlacedEvent {
  /** Mark index: position in `scene.events`. */
  readonly index: number;
  readonly lane: number;
  /** The glyph's centre. */
  readonly x: number;
  readonly y: number;
  /** The event's extent as a bar (absent when it is narrower than the glyph: a point). */
  readonly bar?: Box;
  readonly label: TimelineLabel;
  /** Everything the event occupies: glyph, bar and label. No two boxes overlap. */
  readonly box: Box;
}

/** Events of a crowded period, drawn as one count; choosing it zooms into `t0`–`t1`. */
export interface Cluster {
  readonly count: number;
  /** Mark index of its first event. */
  readonly first: number;
  readonly t0: number;
  readonly t1: number;
  readonly label: string;
  readonly box: Box;
}

export interface PlacedEra {
  readonly era: TimelineEra;
  /** The era's row, from the top. */
  readonly row: number;
  readonly box: Box;
  /** Its name, inside the band or beside it in its row; absent where neither has room. */
  readonly label?: TimelineLabel;
}

export interface TimelineTick {
  readonly time: number;
  readonly label: string;
  /** The tick mark on the axis, and the grid line across the lanes. */
  readonly line: Line;
  readonly grid: Line;
  /** The label's anchor point (its middle). */
  readonly x: number;
  readonly y: number;
}

/** What both orientations share: the data, what is shown of it, and the window. */
interface TimelineSceneBase extends Scene {
  readonly rtl: boolean;
  /** Numbers, dates and lists in the page's locale. */
  readonly format: LocaleFormat;
  /** The events of the shown categories, in time order: mark i is events[i]. */
  readonly events: readonly TimelineEvent[];
  /** All events and eras, shown or not. */
  readonly data: TimelineData;
  /** The categories that have events, with their counts and whether the legend hides them. */
  readonly categories: readonly (TimelineCategory & { readonly count: number; readonly hidden: boolean })[];
  /** The visible window and the zoom-out limits, in UTC ms. */
  readonly window: TimeWindow;
  readonly limits: TimeWindow;
}

export interface HorizontalScene extends TimelineSceneBase {
  readonly vertical: false;
  readonly eras: readonly PlacedEra[];
  readonly placed: readonly PlacedEvent[];
  readonly clusters: readonly Cluster[];
  /** Per mark: index into `placed` (≥ 0), `-2 - cluster index` when counted in a cluster, -1 outside the window. */
  readonly slots: Int32Array;
  readonly ticks: readonly TimelineTick[];
  readonly axis: Line;
  /** The time axis runs along [a0, a1], in px from the start side (x, mirrored on RTL pages). */
  readonly a0: number;
  readonly a1: number;
}

/** A row of the chronology: an event, the start of an era, or a crowded period counted. */
export type ChronologyRow =
  | { readonly kind: 'event'; readonly index: number; readonly date: string; readonly eras: readonly number[] }
  | { readonly kind: 'era'; readonly era: TimelineEra; readonly column: number; readonly date: string; readonly eras: readonly number[] }
  | {
      readonly kind: 'period';
      readonly label: string;
      readonly count: number;
      /** Mark index of its first event. */
      readonly first: number;
      readonly t0: number;
      readonly t1: number;
      readonly eras: readonly number[];
    };

/**
 * The chronology of a narrow container: rows in time order, each with the era columns it runs
 * beside. Its height is its text's: the page lays the rows out, and `height` is 0.
 */
export interface ChronologyScene extends TimelineSceneBase {
  readonly vertical: true;
  readonly rows: readonly ChronologyRow[];
  /** How many era columns run beside the rows. */
  readonly columns: number;
  /** Per mark: its row (≥ 0), `-2 - row` when counted in a period's row, -1 outside the window. */
  readonly slots: Int32Array;
}

export type TimelineScene = HorizontalScene | ChronologyScene;
