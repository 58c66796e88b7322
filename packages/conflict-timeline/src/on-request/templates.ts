/** What the timeline's parts drawn on request are handed by the element, so that they import none of the code it loads up front. */
import type { LitTemplates } from '@conflict-viz/core';
import type { TimelineEra, TimelineEvent } from '../conflict-timeline.model.js';

export interface TimelineTemplates extends LitTemplates {
  /** An event's or an era's date as the timeline writes it: `June 2014`, `2001–2021`. */
  readonly date: (item: TimelineEvent | TimelineEra) => string;
  /** An event's category in words; undefined for none. */
  readonly category: (event: TimelineEvent) => string | undefined;
  /** An event's category as its glyph (shape and colour); nothing for none. */
  readonly glyph: (event: TimelineEvent) => unknown;
}
