/**
 * The scene of a timeline for a width and a window, in named steps: what is shown and over which
 * window, then either the horizontal plot (era rows, axis, events in lanes) or the chronology.
 */
import { clamp, type LayoutContext, type MeasureText, type LocaleFormat } from '@conflict-viz/core/pure';
import type { TimelineData, TimelineEvent } from './data.js';
import { timeScale, timeTicks, widestTickLabel, type TimeScale } from './axis.js';
import { layoutChronology } from './chronology.js';
import { eraRows, placeEras } from './eras.js';
import { placeEvents } from './events.js';
import { AXIS_INSET, FONT, plotFrame, plotRows, type PlotFrame } from './plot.js';
import type { HorizontalScene, TimelineOptions, TimelineScene, TimelineTick } from './scene.js';
import { HORIZONTAL_HEIGHT, MIN_PLOT_HEIGHT, isVertical } from './size.js';
import { currentWindow, windowLimits } from './window.js';

/** The ids of the hidden categories (`TimelineOptions.hidden`: a JSON array, since an id may hold any character, a newline too). */
export const hiddenIds = (hidden: string): Set<string> => new Set(hidden ? (JSON.parse(hidden) as string[]) : []);

/** `hidden` with category `id` hidden if it was shown, shown if it was hidden. */
export function toggleHidden(hidden: string, id: string): string {
  const ids = hiddenIds(hidden);
  if (!ids.delete(id)) ids.add(id);
  return JSON.stringify([...ids]);
}

/** The events of the categories the legend shows, in time order. */
function shownEvents(data: TimelineData, hidden: string): readonly TimelineEvent[] {
  if (!hidden) return data.events;
  const off = hiddenIds(hidden);
  return data.events.filter((e) => !off.has(e.category));
}

/** The legend's categories: those with events (shown or hidden), with their counts. */
function legendCategories(data: TimelineData, hidden: string) {
  const counts = new Map<string, number>();
  for (const e of data.events) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  const off = hiddenIds(hidden);
  return data.categories.filter((c) => counts.has(c.id)).map((c) => ({ ...c, count: counts.get(c.id)!, hidden: off.has(c.id) }));
}

/** Round times along the axis, with their grid lines across the lanes; a label at an end of the axis moves in rather than being cut. */
function placeTicks(
  scale: TimeScale,
  frame: PlotFrame,
  rows: { axis: number; lanesTop: number; lanesBottom: number },
  format: LocaleFormat,
  measure: MeasureText,
): TimelineTick[] {
  const gap = widestTickLabel(format, measure, FONT) + 12;
  return timeTicks(scale, gap, format).map(({ time, label }) => {
    const x = frame.x(scale.at(time));
    const half = measure(label, FONT) / 2 + 2;
    return {
      time,
      label,
      line: [x, rows.axis, x, rows.axis + 5],
      grid: [x, rows.lanesTop, x, rows.lanesBottom],
      x: clamp(x, half, frame.width - half),
      y: rows.axis + 15,
    };
  });
}

/** The horizontal plot: era rows chosen for the whole timeline, the axis and the events of the window. */
function layoutHorizontal(
  base: Omit<HorizontalScene, 'vertical' | 'height' | 'eras' | 'placed' | 'clusters' | 'slots' | 'ticks' | 'axis' | 'a0' | 'a1'>,
  height: number,
  { measure }: LayoutContext,
): HorizontalScene {
  const { width, rtl, data, limits, window, format } = base;
  const frame = plotFrame(width, rtl);
  const range = [AXIS_INSET, width - AXIS_INSET] as const;
  const scale = timeScale(window, range);
  const rows = eraRows(data.eras, timeScale(limits, range), limits[1], width, measure);
  const plot = plotRows(Math.max(0, ...rows) + (rows.some((r) => r >= 0) ? 1 : 0), height);
  const { lanesBottom, ...events } = placeEvents(base.events, scale, frame, plot, measure, format);
  return {
    ...base,
    vertical: false,
    height,
    eras: placeEras(data.eras, rows, scale, limits[1], frame, measure),
    ...events,
    ticks: placeTicks(scale, frame, { ...plot, lanesBottom }, format, measure),
    axis: [frame.x(range[0]), plot.axis, frame.x(range[1]), plot.axis],
    a0: range[0],
    a1: range[1],
  };
}

/**
 * The scene of a timeline at a width and a window. Horizontal from 600 px: eras in rows, the time
 * axis, and events in lanes with their whole titles, none overlapping, crowded periods counted where
 * lanes run out. Narrower (or `orientation: 'vertical'`): a chronology, one row per event.
 */
export function layoutTimeline(data: TimelineData, options: TimelineOptions, context: LayoutContext): TimelineScene {
  const width = Math.max(200, Math.round(context.width));
  const events = shownEvents(data, options.hidden);
  const limits = windowLimits(data, options);
  const base = {
    width,
    rtl: context.rtl,
    format: context.format,
    marks: events.length,
    events,
    data,
    categories: legendCategories(data, options.hidden),
    window: currentWindow(options, limits),
    limits,
  };
  if (isVertical(options.orientation, width)) return layoutChronology(base);
  return layoutHorizontal(base, Math.max(MIN_PLOT_HEIGHT, options.height ?? HORIZONTAL_HEIGHT), context);
}
