/** What a timeline is made of once read: events, eras and the categories that colour and shape events. */
import type { DatePrecision } from '@conflict-viz/core/pure';
import { OTHER, SHAPES, palette, type TimelineCategory } from './categories.js';

export { SHAPES, type Shape, type TimelineCategory } from './categories.js';
export const PRECISIONS = ['year', 'month', 'day'] as const;
export const ORIENTATIONS = ['auto', 'horizontal', 'vertical'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** The default categories; `other` takes events that name none. */
export const DEFAULT_CATEGORIES: readonly TimelineCategory[] = [
  ['war', 'War and politics'],
  ['attack', 'Attacks'],
  ['military', 'Military operations'],
  ['diplomacy', 'Diplomacy'],
  ['displacement', 'Displacement'],
  ['other', 'Other'],
].map(([id, label], i) => ({ id, label, color: palette(i), shape: SHAPES[i] }));

export const OTHER_CATEGORY = DEFAULT_CATEGORIES.find((c) => c.id === OTHER)!;

export interface TimelineEvent {
  readonly id: string;
  /** ISO date at the event's precision, e.g. `2014`, `2014-06`, `2014-06-15`. */
  readonly start: string;
  /** ISO date of the last day, month or year the event covers. */
  readonly end?: string;
  readonly precision: DatePrecision;
  readonly title: string;
  readonly description?: string;
  /** Category id. */
  readonly category: string;
  /** Link to the source (http or https only). */
  readonly href?: string;
  readonly source?: string;
  /** The extent in UTC milliseconds: the first instant and the end (exclusive). A day event spans one day. */
  readonly t0: number;
  readonly t1: number;
}

export interface TimelineEra {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly source?: string;
  readonly from: string;
  /** Absent: ongoing. */
  readonly to?: string;
  readonly t0: number;
  /** Absent: ongoing. */
  readonly t1?: number;
}

export interface TimelineData {
  /** In time order: by start, then by end. */
  readonly events: readonly TimelineEvent[];
  readonly eras: readonly TimelineEra[];
  /** The categories the events were read with: a later, rejected list never changes a good drawing. */
  readonly categories: readonly TimelineCategory[];
}
