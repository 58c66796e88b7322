/** What an app gives <ttp-attack-chart> (rows, annotations) and what its events carry. Types only. */
import type { CvSelectEvent } from '@conflict-viz/core';
import type { YearRow } from './ttp-attack-chart.model.js';

/**
 * One row of data: a year and values by field name (by default `year`, `events`, `deaths_best`,
 * `deaths_low`, `deaths_high`; other names through `year-field`, `value-field`, `low-field`, `high-field`
 * and `stack-fields`). Numbers may be text, as a spreadsheet gives them ("1,234"); a blank is a missing value.
 */
export interface AttackChartRow {
  readonly year?: number | string;
  // `any`, not `unknown`: an app's own row interface ({year: number; events: number}) has no index signature,
  // and TypeScript lets only such a one through. The element checks every value as it reads it.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  readonly [field: string]: any;
}

/** A vertical marker on the chart: `date` as `2014`, `2014-06` or `2014-06-15`. */
export interface AttackChartAnnotation {
  readonly date: string | number;
  readonly label: string;
  readonly note?: string;
}

/** What `cv-select` carries: the chosen year as drawn (`year`, `value`; `low`, `high` and `parts` where the data has them). */
export type AttackChartSelection = YearRow;

/** The chart's `cv-select` event. */
export type AttackChartSelectEvent = CvSelectEvent<AttackChartSelection>;

// The events every element fires, so an app needs no import from @conflict-viz/core.
export type { CvErrorDetail, CvErrorEvent, CvEventMap, CvLinkDetail, CvLinkEvent, CvRenderDetail, CvRenderEvent, CvSelectEvent } from '@conflict-viz/core';
