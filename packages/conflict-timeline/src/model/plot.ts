/**
 * The horizontal plot's geometry: its rows from the top (eras, the axis, lanes of events) and the
 * mirror that turns positions along the axis, measured from the start side, into x on RTL pages.
 */
import type { Box } from '@conflict-viz/core/pure';

/** Font sizes (px) of event labels and of era names and counts. */
export const FONT = 12;
export const SMALL_FONT = 12;
/** Room kept at each end of the axis for the first and last tick labels. */
export const AXIS_INSET = 24;
/** Labels stay this far from the plot's sides. */
export const EDGE = 2;
export const TOP = 4;
/** An era row: its band and the 2 px under it, packed so that 12 px era names cost no lane at 600 px. */
export const ERA_ROW = 18;
export const ERA_BAND = 16;
/** At most this many rows of eras: an era that needs another is left out of the drawing (not of the summary). */
export const MAX_ERA_ROWS = 4;
/** From the axis line to the first lane: tick marks and their labels. */
export const AXIS_BLOCK = 28;
/** A lane of events: tall enough for a 24 px target (WCAG 2.5.8). Lanes to spare stretch up to MAX_LANE. */
export const LANE = 24;
export const MAX_LANE = 32;
export const BOTTOM = 4;
/** Half a glyph, plus a pixel. */
export const GLYPH_RADIUS = 6;
/** Between a mark and its label, and between neighbours in a lane. */
export const LABEL_GAP = 4;
export const ITEM_GAP = 8;

/** Positions along the axis and across it, turned into the SVG's x and y. */
export interface PlotFrame {
  readonly width: number;
  readonly rtl: boolean;
  /** x of a position along the axis (from the start side). */
  x(along: number): number;
  /** The box from `along0` to `along1`, `y0` to `y1`. */
  box(along0: number, along1: number, y0: number, y1: number): Box;
}

export function plotFrame(width: number, rtl: boolean): PlotFrame {
  const x = (along: number) => (rtl ? width - along : along);
  return {
    width,
    rtl,
    x,
    box: (along0, along1, y0, y1) => ({ x: Math.min(x(along0), x(along1)), y: y0, width: Math.abs(along1 - along0), height: y1 - y0 }),
  };
}

/** Where the rows sit, from the top, for `eraRows` rows of eras in a plot `height` px tall; `lanes` is how many fit. */
export function plotRows(eraRows: number, height: number) {
  const axis = TOP + eraRows * ERA_ROW + (eraRows ? 2 : 0);
  const lanesTop = axis + AXIS_BLOCK;
  const room = height - lanesTop - BOTTOM;
  return { axis, lanesTop, room, lanes: Math.max(1, Math.floor(room / LANE)) };
}

/** How far apart the lanes in use are: the lanes to spare shared out among them, up to MAX_LANE, so no empty band sits under them. */
export const lanePitch = (room: number, used: number) => Math.max(LANE, Math.min(MAX_LANE, room / Math.max(1, used)));
