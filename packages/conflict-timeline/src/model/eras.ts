/**
 * Eras as bands in rows above the axis, each named in full: inside its band where the name fits,
 * else beside the band in its own row, where nothing else is. Rows are chosen for the whole timeline
 * (zoomed all the way out), so zooming never moves an era to another row or changes the height.
 */
import { Lanes, type Interval, type MeasureText } from '@conflict-viz/core/pure';
import type { TimelineEra } from './data.js';
import { EDGE, ERA_BAND, ERA_ROW, ITEM_GAP, LABEL_GAP, MAX_ERA_ROWS, SMALL_FONT, TOP, type PlotFrame } from './plot.js';
import type { TimeScale } from './axis.js';
import type { PlacedEra } from './scene.js';

/** Space between a band's edge and the name inside it. */
const INSET = 5;

type Side = 'inside' | 'after' | 'before';

interface EraSpan {
  readonly start: number;
  readonly end: number;
  /** The width of the era's name. */
  readonly textWidth: number;
}

/** Where an era is along the axis (clipped to it; an ongoing era runs to `openEnd`), and its name's width. */
function eraSpan(era: TimelineEra, scale: TimeScale, openEnd: number, measure: MeasureText): EraSpan {
  const [a0, a1] = scale.range;
  const start = Math.max(scale.at(era.t0), a0);
  const end = Math.min(scale.at(era.t1 ?? openEnd), a1);
  return { start, end, textWidth: measure(era.title, SMALL_FONT) };
}

/** The stretch of the axis the name covers on `side` of its band. */
function textExtent(span: EraSpan, side: Side): Interval {
  if (side === 'inside') return { start: span.start + INSET, end: span.start + INSET + span.textWidth };
  if (side === 'after') return { start: span.end + LABEL_GAP, end: span.end + LABEL_GAP + span.textWidth };
  return { start: span.start - LABEL_GAP - span.textWidth, end: span.start - LABEL_GAP };
}

/** Whether the name fits on `side`: inside the band with its insets, or beside it within the plot. */
function fitsSide(span: EraSpan, side: Side, width: number): boolean {
  const text = textExtent(span, side);
  if (side === 'inside') return text.end + INSET <= span.end;
  return text.start >= EDGE && text.end <= width - EDGE;
}

/** What the band and its name cover together. */
function footprint(span: EraSpan, side: Side): Interval {
  const text = textExtent(span, side);
  return { start: Math.min(span.start, text.start), end: Math.max(span.end, text.end) };
}

const SIDES: readonly Side[] = ['inside', 'after', 'before'];

/**
 * Each era's row (-1: left out, past the fourth row), for the whole timeline drawn over `scale`:
 * in order of start, the lowest row where the band and its name fit (inside, after or before the
 * band). An era whose name fits in no row keeps its band.
 */
export function eraRows(eras: readonly TimelineEra[], scale: TimeScale, openEnd: number, width: number, measure: MeasureText): number[] {
  const rows = new Lanes({ gap: ITEM_GAP, maxLanes: MAX_ERA_ROWS });
  const order = eras.map((_, i) => i).sort((a, b) => eras[a].t0 - eras[b].t0 || a - b);
  const result = new Array<number>(eras.length).fill(-1);
  for (const i of order) {
    const span = eraSpan(eras[i], scale, openEnd, measure);
    if (span.end - span.start < 1) continue;
    const row = (candidate: Interval) => [...Array(MAX_ERA_ROWS).keys()].find((r) => rows.fits(r, candidate)) ?? Infinity;
    // The lowest row that takes the band with its name; there, the name that reaches least far along,
    // leaving room for the eras after it. Only where no row takes a name, the band alone.
    const named = SIDES.filter((side) => fitsSide(span, side, width))
      .map((side) => ({ footprint: footprint(span, side), row: row(footprint(span, side)) }))
      .sort((a, b) => a.row - b.row || a.footprint.end - b.footprint.end);
    const chosen = named[0]?.row < Infinity ? named[0] : { footprint: span, row: row(span) };
    if (chosen.row === Infinity) continue;
    rows.add(chosen.row, chosen.footprint);
    result[i] = chosen.row;
  }
  return result;
}

/**
 * The eras of the window as bands in their rows, each named where its row has room at this zoom:
 * inside the visible part of the band, else beside it; zoomed in, a band cut by the window's edge
 * may have no room for its name, which the summary, the list and the table still give.
 */
export function placeEras(
  eras: readonly TimelineEra[],
  rows: readonly number[],
  scale: TimeScale,
  openEnd: number,
  frame: PlotFrame,
  measure: MeasureText,
): PlacedEra[] {
  const spans = eras.map((era) => eraSpan(era, scale, openEnd, measure));
  const visible = eras.map((_, i) => i).filter((i) => rows[i] >= 0 && spans[i].end - spans[i].start >= 1);
  /** What each row holds so far: the visible bands, then the names put beside them. */
  const taken = new Map<number, Interval[]>();
  for (const i of visible) taken.set(rows[i], [...(taken.get(rows[i]) ?? []), spans[i]]);
  const free = (row: number, interval: Interval, own: EraSpan) =>
    (taken.get(row) ?? []).every((other) => other === own || interval.end + ITEM_GAP <= other.start || other.end + ITEM_GAP <= interval.start);
  return visible.map((i) => {
    const span = spans[i];
    const row = rows[i];
    const top = rowTop(row);
    const side = SIDES.find((s) => fitsSide(span, s, frame.width) && (s === 'inside' || free(row, textExtent(span, s), span)));
    const box = frame.box(span.start, span.end, top, top + ERA_BAND);
    if (!side) return { era: eras[i], row, box };
    const text = textExtent(span, side);
    if (side !== 'inside') taken.get(row)!.push(text);
    const label = {
      text: eras[i].title,
      x: frame.x(text.start),
      y: top + ERA_BAND / 2,
      anchor: frame.rtl ? 'end' : 'start',
      box: frame.box(text.start, text.end, top, top + ERA_BAND),
    } as const;
    return { era: eras[i], row, box, label };
  });
}

/** The top of era row `row`. */
const rowTop = (row: number) => TOP + row * ERA_ROW;
