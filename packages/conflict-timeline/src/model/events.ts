/**
 * Events in lanes under the axis, each with its whole title beside its glyph (after it, or before it
 * where the axis ends too soon), nothing overlapping. Core's lane packer keeps each lane's marks and
 * labels apart; what no lane can hold is counted, per crowded period, in a row of its own.
 */
import { Lanes, clamp, truncateText, type Interval, type LocaleFormat, type MeasureText } from '@conflict-viz/core/pure';
import type { TimelineEvent } from './data.js';
import { EDGE, FONT, GLYPH_RADIUS, ITEM_GAP, LABEL_GAP, LANE, SMALL_FONT, lanePitch, type PlotFrame } from './plot.js';
import type { TimeScale } from './axis.js';
import type { Cluster, PlacedEvent } from './scene.js';

/** Where an event is along the axis: its glyph's centre, its bar (where wider than the glyph), and both together. */
interface EventMark extends Interval {
  readonly index: number;
  readonly center: number;
  readonly bar?: Interval;
}

type Side = 'after' | 'before';

/** An event given a lane, with its label on one side. */
interface Placement {
  readonly mark: EventMark;
  readonly lane: number;
  readonly text: string;
  readonly label: Interval;
}

/**
 * How events are given lanes: as a cascade (each event one lane below the one before it, so the eye
 * reads a crowded stretch in time order down the plot and the lanes fill evenly), or each in the
 * lowest lane that fits (the most compact).
 */
type Strategy = 'cascade' | 'lowest';

/** The last event placed: where the cascade goes on from. */
interface Previous {
  readonly lane: number;
  readonly end: number;
}

export interface EventLanes {
  readonly lanesTop: number;
  /** How many lanes fit, and the height they have. */
  readonly lanes: number;
  readonly room: number;
}

function eventMark(event: TimelineEvent, index: number, scale: TimeScale): EventMark {
  const [a0, a1] = scale.range;
  const s0 = scale.at(event.t0);
  const s1 = scale.at(event.t1);
  const center = clamp((s0 + s1) / 2, a0 + GLYPH_RADIUS, a1 - GLYPH_RADIUS);
  const barStart = Math.max(s0, a0);
  const barEnd = Math.min(s1, a1);
  const bar = barEnd - barStart >= 2 * GLYPH_RADIUS ? { start: barStart, end: barEnd } : undefined;
  const start = Math.min(bar?.start ?? Infinity, center - GLYPH_RADIUS);
  const end = Math.max(bar?.end ?? -Infinity, center + GLYPH_RADIUS);
  return { index, center, bar, start, end };
}

/** The label's stretch on `side` of a mark, for text `width` px wide. */
function labelOn(mark: EventMark, side: Side, width: number): Interval {
  return side === 'after'
    ? { start: mark.end + LABEL_GAP, end: mark.end + LABEL_GAP + width }
    : { start: mark.start - LABEL_GAP - width, end: mark.start - LABEL_GAP };
}

/**
 * Titles as drawn: whole, unless one is wider than `maxWidth` (then cut, as a last resort: the
 * tooltip, the list and the table give it whole). Each is measured once per layout, when first needed.
 */
function labelTexts(events: readonly TimelineEvent[], maxWidth: number, measure: MeasureText) {
  const made = new Map<number, { text: string; width: number }>();
  return (index: number) => {
    let label = made.get(index);
    if (!label) {
      const title = events[index].title;
      const text = measure(title, FONT) <= maxWidth ? title : truncateText(title, maxWidth, FONT, measure);
      made.set(index, (label = { text, width: measure(text, FONT) }));
    }
    return label;
  };
}

type LabelText = ReturnType<typeof labelTexts>;

/** How many marks after mark `position` a label over `label` would stand beside: the events still to place there. */
function crowding(marks: readonly EventMark[], position: number, label: Interval): number {
  let count = 0;
  // Marks come in time order; a few dozen ahead tell enough.
  for (let j = position + 1; j < marks.length && j <= position + 48 && marks[j].start < label.end; j++) if (marks[j].end > label.start) count++;
  return count;
}

/**
 * Where the cascade goes next: one lane down from the last event, so the lanes fill evenly and a
 * crowded stretch reads in time order down the plot. Where the events within this label's reach
 * would run out of lanes below, it starts again at the top (only between crowded stretches).
 */
function cascadeLane(marks: readonly EventMark[], position: number, textWidth: number, count: number, previous?: Previous): number {
  if (!previous) return 0;
  const next = (previous.lane + 1) % count;
  const mark = marks[position];
  const crowded = mark.start - LABEL_GAP - textWidth < previous.end + ITEM_GAP;
  if (crowded) return next;
  const ahead = crowding(marks, position, { start: mark.start, end: mark.end + LABEL_GAP + textWidth });
  return ahead >= count - next ? 0 : next;
}

/**
 * The lane and side that take mark `position`: the nearest lane to where `strategy` would put it,
 * with the label on the side where fewer events are still to come (so a crowded period ahead keeps
 * its lanes), weighing one against the other; after the mark on a tie. Labels stay on the plot.
 */
function chooseLane(
  lanes: Lanes,
  count: number,
  marks: readonly EventMark[],
  position: number,
  text: { width: number },
  plotWidth: number,
  strategy: Strategy,
  previous?: Previous,
) {
  const mark = marks[position];
  const options = (['after', 'before'] as const)
    .map((side) => labelOn(mark, side, text.width))
    .filter((label) => label.start >= EDGE && label.end <= plotWidth - EDGE);
  const item = (label: Interval) => ({ start: Math.min(mark.start, label.start), end: Math.max(mark.end, label.end) });
  const first = strategy === 'cascade' ? cascadeLane(marks, position, text.width, count, previous) : 0;
  let best: { lane: number; label: Interval; cost: number } | undefined;
  for (const label of options) {
    for (let step = 0; step < count; step++) {
      const lane = (first + step) % count;
      if (!lanes.fits(lane, item(label))) continue;
      // Each lane further from where the cascade goes costs as much as an event still to come under the label.
      const cost = step + crowding(marks, position, label);
      if (!best || cost < best.cost) best = { lane, label, cost };
      break;
    }
  }
  return best && { lane: best.lane, label: best.label };
}

/** A label too wide for either side: cut to the wider room, when that room can hold a few letters. */
function squeezed(mark: EventMark, title: string, plotWidth: number, measure: MeasureText) {
  const after = plotWidth - EDGE - (mark.end + LABEL_GAP);
  const before = mark.start - LABEL_GAP - EDGE;
  const room = Math.max(after, before);
  const text = room >= 24 ? truncateText(title, room, FONT, measure) : '';
  return text ? { text, width: measure(text, FONT) } : undefined;
}

/** What packing needs of the layout: the marks of the window, their titles, and the plot's width. */
interface PackInput {
  readonly marks: readonly EventMark[];
  readonly events: readonly TimelineEvent[];
  readonly labelText: LabelText;
  readonly plotWidth: number;
  readonly measure: MeasureText;
}

const anyLaneFits = (lanes: Lanes, count: number, item: Interval) => {
  for (let lane = 0; lane < count; lane++) if (lanes.fits(lane, item)) return true;
  return false;
};

/** The label text and the lane for mark `position`, or undefined when no lane takes it. */
function fitMark(lanes: Lanes, count: number, position: number, input: PackInput, strategy: Strategy, previous?: Previous) {
  const mark = input.marks[position];
  // A mark no lane has room for cannot take a label either: no need to measure its title.
  if (!anyLaneFits(lanes, count, mark)) return undefined;
  const text = input.labelText(mark.index);
  const chosen = chooseLane(lanes, count, input.marks, position, text, input.plotWidth, strategy, previous);
  if (chosen) return { text, chosen };
  const tooWide = labelOn(mark, 'after', text.width).end > input.plotWidth - EDGE && labelOn(mark, 'before', text.width).start < EDGE;
  const shorter = tooWide ? squeezed(mark, input.events[mark.index].title, input.plotWidth, input.measure) : undefined;
  const retried = shorter && chooseLane(lanes, count, input.marks, position, shorter, input.plotWidth, strategy, previous);
  return retried ? { text: shorter, chosen: retried } : undefined;
}

/**
 * Give the marks lanes, in time order. With `stopAtMiss`, stop at the first mark no lane takes (the
 * caller then tries another way); else leave it out, to be counted.
 */
function pack(input: PackInput, count: number, strategy: Strategy, stopAtMiss: boolean) {
  const lanes = new Lanes({ gap: ITEM_GAP, maxLanes: count });
  const placements: Placement[] = [];
  const missed: EventMark[] = [];
  let previous: Previous | undefined;
  for (let position = 0; position < input.marks.length; position++) {
    const mark = input.marks[position];
    const fit = fitMark(lanes, count, position, input, strategy, previous);
    if (!fit) {
      if (stopAtMiss) return undefined;
      missed.push(mark);
      continue;
    }
    const { text, chosen } = fit;
    const item = { start: Math.min(mark.start, chosen.label.start), end: Math.max(mark.end, chosen.label.end) };
    lanes.add(chosen.lane, item);
    previous = { lane: chosen.lane, end: item.end };
    placements.push({ mark, lane: chosen.lane, text: text.text, label: chosen.label });
  }
  return { placements, missed };
}

/** The counts of crowded periods: runs of left-out events, each boxed where its first event is. */
function countRuns(missed: readonly EventMark[], events: readonly TimelineEvent[], scale: TimeScale, plotWidth: number) {
  const BADGE = 52;
  const runs: { first: number; indices: number[]; t0: number; t1: number; start: number }[] = [];
  let runEnd = -Infinity;
  for (const mark of missed) {
    const event = events[mark.index];
    const at = mark.center - GLYPH_RADIUS;
    const open = runs[runs.length - 1];
    if (!open || at > runEnd + ITEM_GAP) {
      const start = Math.max(Math.min(at, plotWidth - EDGE - BADGE), scale.range[0] - GLYPH_RADIUS, runEnd + ITEM_GAP);
      runs.push({ first: mark.index, indices: [mark.index], t0: event.t0, t1: event.t1, start });
      runEnd = start + BADGE;
    } else {
      open.indices.push(mark.index);
      open.t1 = Math.max(open.t1, event.t1);
    }
  }
  return runs;
}

/**
 * The events of the window in lanes, or counted. First as a cascade; if some do not fit, each in the
 * lowest lane that takes it; if some still do not, the last lane becomes a row of counts, one per
 * crowded period, which zooming in takes apart.
 */
export function placeEvents(
  events: readonly TimelineEvent[],
  scale: TimeScale,
  frame: PlotFrame,
  { lanesTop, lanes, room }: EventLanes,
  measure: MeasureText,
  format: LocaleFormat,
) {
  const [w0, w1] = scale.window;
  const marks: EventMark[] = [];
  for (let i = 0; i < events.length && events[i].t0 < w1; i++) if (events[i].t1 > w0) marks.push(eventMark(events[i], i, scale));
  const plotWidth = frame.width;
  const input = { marks, events, labelText: labelTexts(events, Math.max(240, plotWidth * 0.4), measure), plotWidth, measure };
  const packed = pack(input, lanes, 'cascade', true) ?? pack(input, lanes, 'lowest', true) ?? pack(input, Math.max(1, lanes - 1), 'lowest', false)!;
  const used = Math.max(0, ...packed.placements.map((p) => p.lane + 1)) + (packed.missed.length ? 1 : 0);
  const pitch = lanePitch(room, used);
  const slots = new Int32Array(events.length).fill(-1);
  const placed = packed.placements.map((p, slot) => {
    slots[p.mark.index] = slot;
    return placedEvent(p, lanesTop + p.lane * pitch, pitch, frame);
  });
  const countsTop = lanesTop + (used - 1) * pitch + (pitch - LANE) / 2;
  const clusters: Cluster[] = countRuns(packed.missed, events, scale, plotWidth).map((run, i) => {
    for (const index of run.indices) slots[index] = -2 - i;
    const label = `+${format.number(run.indices.length)}`;
    const width = Math.min(52, measure(label, SMALL_FONT) + 12);
    const box = frame.box(run.start, run.start + width, countsTop + 4, countsTop + LANE - 4);
    return { count: run.indices.length, first: run.first, t0: run.t0, t1: run.t1, label, box };
  });
  return { placed, clusters, slots, lanesBottom: lanesTop + used * pitch };
}

/** A placement in SVG coordinates, in the lane from `top` down `pitch` px: glyph, bar, label and the box around them. */
function placedEvent({ mark, lane, text, label }: Placement, top: number, pitch: number, frame: PlotFrame): PlacedEvent {
  const middle = top + pitch / 2;
  return {
    index: mark.index,
    lane,
    x: frame.x(mark.center),
    y: middle,
    bar: mark.bar && frame.box(mark.bar.start, mark.bar.end, middle - 5, middle + 5),
    label: {
      text,
      x: frame.x(label.start),
      y: middle,
      anchor: frame.rtl ? 'end' : 'start',
      box: frame.box(label.start, label.end, middle - FONT / 2 - 2, middle + FONT / 2 + 2),
    },
    box: frame.box(Math.min(mark.start, label.start), Math.max(mark.end, label.end), top + 1, top + pitch - 1),
  };
}
