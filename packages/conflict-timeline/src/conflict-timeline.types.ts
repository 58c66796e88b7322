/** What an app gives <conflict-timeline> (events, eras, categories) and what its events carry. Types only. */
import type { CvSelectEvent } from '@conflict-viz/core';
import type { TimelineEvent } from './conflict-timeline.model.js';

/** A date as `2014`, `2014-06` or `2014-06-15`. */
type IsoDateInput = string | number;

/** One event of the data: `start` (and `end`) as ISO dates; `category` one of the categories' ids. */
export interface TimelineEventRow {
  readonly id?: string;
  readonly start: IsoDateInput;
  readonly end?: IsoDateInput;
  /** `year`, `month` or `day` (a spreadsheet's text); finer than `start` is refused. Default: as precise as `start` is written. */
  readonly precision?: string;
  readonly title: string;
  readonly description?: string;
  readonly category?: string;
  /** Kept only when it is an http(s) link. */
  readonly href?: string;
  readonly source?: string;
}

/** A span drawn behind the events, e.g. a government or a war. */
export interface TimelineEraRow {
  readonly id?: string;
  readonly title: string;
  readonly from: IsoDateInput;
  readonly to?: IsoDateInput;
  readonly description?: string;
  readonly source?: string;
}

/** The timeline's data: its events, or its events and eras. */
export type TimelineInput = readonly TimelineEventRow[] | { readonly events: readonly TimelineEventRow[]; readonly eras?: readonly TimelineEraRow[] };

/** A category: a legend entry, a colour (a CSS colour, or a palette slot 1–6) and a shape, so colour is never alone. */
export interface TimelineCategoryRow {
  readonly id: string;
  readonly label?: string;
  readonly color?: string | number;
  /** `circle`, `triangle`, `square`, `diamond`, `star` or `cross` (text, as a file gives it). */
  readonly shape?: string;
}

/** What `cv-select` carries: the chosen event as read (its `id`, ISO `start`, `title`…, and `t0`/`t1` in UTC ms). */
export type TimelineSelection = TimelineEvent;

/** The timeline's `cv-select` event. */
export type TimelineSelectEvent = CvSelectEvent<TimelineSelection>;

// The events every element fires, so an app needs no import from @conflict-viz/core.
export type { CvErrorDetail, CvErrorEvent, CvEventMap, CvLinkDetail, CvLinkEvent, CvRenderDetail, CvRenderEvent, CvSelectEvent } from '@conflict-viz/core';
