/**
 * Annotations: dated notes marked on the chart. Validated from records, then placed as labels in
 * lanes above the plot, or numbered where labels do not fit.
 */
import { Lanes, clamp, daysInMonth, parseRecords, readIsoDate, readText, truncateText, type MeasureText, type Parsed } from '@conflict-viz/core/pure';
import { FONT } from './axes.js';

export interface Annotation {
  /** ISO date at year, month or day precision. */
  readonly date: string;
  readonly label: string;
  readonly note?: string;
}

export interface ParsedAnnotation {
  readonly label: string;
  readonly note?: string;
  readonly year: number;
  /** Position within the year, 0–1: the middle of the month or day the date names. */
  readonly fraction: number;
  /** The date as written, for the tooltip. */
  readonly date: string;
  readonly precision: 'year' | 'month' | 'day';
  readonly time: number;
}

/** The most annotations a chart takes: each is a labelled line, placed against every other. */
const MAX_ANNOTATIONS = 100;

/** Validate annotations (property array or `annotations` attribute JSON); more than MAX_ANNOTATIONS are refused. */
export function parseAnnotations(input: unknown, source = 'annotations'): Parsed<ParsedAnnotation[]> {
  if (Array.isArray(input) && input.length === 0) return { value: [], issues: [] };
  if (Array.isArray(input) && input.length > MAX_ANNOTATIONS) {
    return { issues: [{ source, message: `has ${input.length} annotations; a chart takes at most ${MAX_ANNOTATIONS}: keep the moments that matter` }] };
  }
  return parseRecords<ParsedAnnotation>(input, source, (row) => {
    const date = row.get('date', readIsoDate, true);
    const label = row.get('label', readText, true, 60);
    const note = row.get('note', readText, false, 300);
    if (!date || label === undefined) return undefined;
    const dayOfYear = (Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) - Date.UTC(date.year, 0, 1)) / 86_400_000;
    const daysInYear = (Date.UTC(date.year + 1, 0, 1) - Date.UTC(date.year, 0, 1)) / 86_400_000;
    const span = date.precision === 'year' ? daysInYear : date.precision === 'month' ? daysInMonth(date.year, date.month!) : 1;
    const fraction = date.precision === 'year' ? 0.5 : (dayOfYear + span / 2) / daysInYear;
    return { label, note, year: date.year, fraction, date: String(row.raw('date')).trim(), precision: date.precision, time: date.time };
  });
}

export interface PlacedAnnotation extends ParsedAnnotation {
  readonly x: number;
  /** Label position and anchor; `text` may be truncated (the full label is in `label`). */
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly text: string;
  readonly lane: number;
  /** Label box, for collision checks. */
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

export interface PlaceOptions {
  readonly left: number;
  readonly right: number;
  readonly rtl: boolean;
  readonly measure: MeasureText;
}

export interface AnnotationLayout {
  readonly placed: PlacedAnnotation[];
  /** Markers carry numbers, listed with their labels in a key. */
  readonly numbered: boolean;
  /** Where the plot can start below the labels. */
  readonly top: number;
}

/** At most this many lanes of labels; beyond it, or when lines would cross labels, markers are numbered. */
const MAX_LANES = 3;
const LANE_HEIGHT = 16;
/** Space between labels in a lane, and between a label and another marker's line. */
const LABEL_GAP = 6;

/** A label before it has a lane: its marker at `x`, its text from `start` to `start + width`. */
interface Label {
  readonly annotation: ParsedAnnotation;
  readonly x: number;
  readonly text: string;
  readonly width: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly start: number;
}

/**
 * Labels in lanes above the plot (lane 0 nearest the plot). No two labels overlap, and no marker
 * line, which runs from its label down through the lower lanes, crosses another label. Labels read
 * away from their marker (rightwards in LTR). When that cannot be done within three lanes, as in
 * narrow columns, each marker gets a number instead and the element lists the numbers in a key.
 */
export function placeAnnotations(annotations: readonly ParsedAnnotation[], position: (a: ParsedAnnotation) => number, options: PlaceOptions): AnnotationLayout {
  const inOrder = [...annotations].sort((a, b) => a.time - b.time);
  let labels = inOrder.map((a) => labelBeside(a, position(a), options));
  let lanes = stackInLanes(labels, options.rtl, { maxLanes: MAX_LANES, stems: true });
  const numbered = !lanes;
  if (!lanes) {
    // Numbers are narrow: they may sit over other markers' lines.
    labels = inOrder.map((a, i) => numberAbove(a, position(a), i + 1, options));
    lanes = stackInLanes(labels, options.rtl, { stems: false })!;
  }
  const laneCount = Math.max(0, ...lanes) + 1;
  const placed = labels.map((label, i) => {
    const lane = lanes[i];
    const labelY = 8 + (laneCount - 1 - lane) * LANE_HEIGHT + FONT;
    const labelX = label.anchor === 'start' ? label.start : label.anchor === 'end' ? label.start + label.width : label.start + label.width / 2;
    return {
      ...label.annotation,
      x: label.x,
      labelX,
      labelY,
      anchor: label.anchor,
      text: label.text,
      lane,
      box: { x: label.start, y: labelY - FONT, width: label.width, height: FONT + 3 },
    };
  });
  const usedLanes = placed.length ? laneCount : 0;
  return { placed, numbered, top: 8 + usedLanes * LANE_HEIGHT + (usedLanes ? 4 : 0) };
}

/** A label that reads away from its marker, flipped to the other side where it would leave the plot. */
function labelBeside(annotation: ParsedAnnotation, x: number, { left, right, rtl, measure }: PlaceOptions): Label {
  const text = truncateText(annotation.label, right - left, FONT, measure);
  const width = measure(text, FONT);
  let anchor: 'start' | 'end' = rtl ? 'end' : 'start';
  if (anchor === 'start' && x + 4 + width > right) anchor = 'end';
  else if (anchor === 'end' && x - 4 - width < left) anchor = 'start';
  const start = clamp(anchor === 'start' ? x + 4 : x - 4 - width, left, Math.max(left, right - width));
  return { annotation, x, text, width, anchor, start };
}

/** The marker's number, centred over it. */
function numberAbove(annotation: ParsedAnnotation, x: number, n: number, { left, right, measure }: PlaceOptions): Label {
  const text = String(n);
  const width = measure(text, FONT);
  return { annotation, x, text, width, anchor: 'middle', start: clamp(x - width / 2, left, right - width) };
}

/**
 * Lane of each label, or undefined when one fits no lane. Labels are taken from the far end of the
 * reading direction, so a label never lies over the marker of one placed before it in a lower lane.
 */
function stackInLanes(labels: readonly Label[], rtl: boolean, options: { maxLanes?: number; stems: boolean }): number[] | undefined {
  const lanes = new Lanes({ gap: LABEL_GAP, ...options });
  const order = labels.map((_, i) => i).sort((i, j) => (rtl ? labels[i].x - labels[j].x : labels[j].x - labels[i].x));
  const result = new Array<number>(labels.length);
  for (const i of order) {
    const { start, width, x } = labels[i];
    const lane = lanes.place({ start, end: start + width, stem: x });
    if (lane < 0) return undefined;
    result[i] = lane;
  }
  return result;
}
