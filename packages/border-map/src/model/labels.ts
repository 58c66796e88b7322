/** Labels on the map at a zoom: beside their marks, along the border, on the countries; never on each other. */
import { boxesOverlap, clamp, type Box, type MeasureText } from '@conflict-viz/core/pure';
import type { BorderMapScene } from './scene.js';
import { markPosition, type Zoom } from './zoom.js';

export interface PlacedLabel {
  readonly text: string;
  readonly kind: 'mark' | 'border' | 'country';
  /** The mark it names, for marks and the border. */
  readonly index?: number;
  /** Text anchor point (start of the text, baseline). */
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly box: Box;
  readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** What a label keeps clear of, pass by pass: the border and the circles, then the border, then neither. */
const PASSES = [
  [true, true],
  [true, false],
  [false, false],
] as const;
/** A country's name is never over district circles, and crosses the border only where nothing else fits. */
const COUNTRY_PASSES = [
  [true, true],
  [false, true],
] as const;

/** A straight piece of the highlighted border, in px on screen. */
type Segment = readonly [number, number, number, number];

/** Where a label may go: its box's left edge and vertical centre, and a leader line to its mark. */
interface Candidate {
  readonly x: number;
  readonly y: number;
  readonly leader?: PlacedLabel['leader'];
}

/**
 * Labels for places, markers, the border and the countries at `zoom`, in that order of importance.
 * No label overlaps another label, a place or marker symbol, or a `reserved` box (the inset, the
 * zoom buttons); labels keep clear of the highlighted border and of district circles where they can (a
 * place's name goes further out on a leader line first), the border before the circles. A label that does not fit beside its
 * symbol moves out on a leader line; one that fits nowhere is left out (its mark keeps its tooltip
 * and its row in the table). Minor labels (neighbouring countries) are left out first, so narrow
 * maps keep the important ones.
 */
export function placeMapLabels(scene: BorderMapScene, zoom: Zoom, reserved: readonly Box[] = []): PlacedLabel[] {
  const labels = new LabelSpace(scene, zoom, reserved);
  placePointLabels(labels, scene, zoom);
  placeBorderLabel(labels, scene, zoom);
  placeCountryLabels(labels, scene, zoom);
  return labels.placed;
}

/** The labels placed so far, and what else they must keep clear of. */
class LabelSpace {
  readonly placed: PlacedLabel[] = [];
  readonly measure: MeasureText;
  readonly #width: number;
  readonly #height: number;
  readonly #reserved: readonly Box[];
  /** Place and marker symbols: never under a label. */
  readonly #symbols: Circle[] = [];
  /** District circles: avoided where a label can go elsewhere. */
  readonly #circles: Circle[] = [];
  /** The highlighted border: avoided where a label can go elsewhere, before the circles. */
  readonly #border: Segment[] = [];

  constructor(scene: BorderMapScene, zoom: Zoom, reserved: readonly Box[]) {
    this.measure = scene.measure;
    this.#width = scene.width;
    this.#height = scene.height;
    this.#reserved = reserved;
    for (const mark of scene.items) {
      if (mark.kind === 'border') continue;
      const [x, y] = markPosition(mark, zoom);
      if (mark.kind === 'district') this.#circles.push({ x, y, r: mark.r });
      else this.#symbols.push({ x, y, r: mark.r + 2 });
    }
    for (const line of scene.highlightPoints) {
      for (let i = 1; i < line.length; i++) {
        const [[x1, y1], [x2, y2]] = [line[i - 1], line[i]];
        this.#border.push([x1 * zoom.k + zoom.x, y1 * zoom.k + zoom.y, x2 * zoom.k + zoom.x, y2 * zoom.k + zoom.y]);
      }
    }
  }

  /**
   * Place `text` at the first candidate where it fits clear of the border and the district circles;
   * failing that, clear of the border only; failing that, over both (country names: clear of the circles,
   * over the border only as a last resort). Whether it was placed.
   */
  tryPlace(text: string, size: number, kind: PlacedLabel['kind'], index: number | undefined, candidates: readonly Candidate[]): boolean {
    const w = this.measure(text, size);
    const h = size * 1.25;
    for (const [avoidBorder, avoidCircles] of kind === 'country' ? COUNTRY_PASSES : PASSES) {
      for (const c of candidates) {
        const box = { x: c.x, y: c.y - h / 2, width: w, height: h };
        if (this.#fits(box, avoidCircles) && !(avoidBorder && this.#crosses(box, c.leader))) {
          this.placed.push({ text, kind, index, x: c.x, y: c.y + size * 0.35, size, box, leader: c.leader });
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the label's box or leader line crosses the border (a leader across it puts the name in the
   * other country), or another label's leader line (names would read swapped).
   */
  #crosses(box: Box, leader: Candidate['leader']): boolean {
    const line = leader && segmentOf(leader);
    if (this.#border.some((segment) => segmentHitsBox(segment, box) || (!!line && segmentsCross(segment, line)))) return true;
    return this.placed.some((other) => {
      const otherLine = other.leader && segmentOf(other.leader);
      return (!!line && segmentHitsBox(line, other.box)) || (!!otherLine && (segmentHitsBox(otherLine, box) || (!!line && segmentsCross(otherLine, line))));
    });
  }

  #fits(box: Box, avoidCircles: boolean): boolean {
    return (
      box.x >= 2 &&
      box.y >= 2 &&
      box.x + box.width <= this.#width - 2 &&
      box.y + box.height <= this.#height - 2 &&
      !this.placed.some((l) => boxesOverlap(l.box, box, 2)) &&
      !this.#reserved.some((r) => boxesOverlap(r, box, 2)) &&
      !this.#symbols.some((c) => boxHitsCircle(box, c)) &&
      !(avoidCircles && this.#circles.some((c) => boxHitsCircle(box, c)))
    );
  }
}

/** Whether a segment passes through a box (grown by 1 px): an end inside, or a crossing of one of its sides. */
function segmentHitsBox([x1, y1, x2, y2]: Segment, box: Box): boolean {
  const [left, top, right, bottom] = [box.x - 1, box.y - 1, box.x + box.width + 1, box.y + box.height + 1];
  if (Math.max(x1, x2) < left || Math.min(x1, x2) > right || Math.max(y1, y2) < top || Math.min(y1, y2) > bottom) return false;
  const inside = (x: number, y: number) => x >= left && x <= right && y >= top && y <= bottom;
  if (inside(x1, y1) || inside(x2, y2)) return true;
  // Liang–Barsky: the part of the segment within the box's slab in x and in y.
  let [t0, t1] = [0, 1];
  const dx = x2 - x1;
  const dy = y2 - y1;
  for (const [p, q] of [
    [-dx, x1 - left],
    [dx, right - x1],
    [-dy, y1 - top],
    [dy, bottom - y1],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 <= t1;
}

const segmentOf = ({ x1, y1, x2, y2 }: NonNullable<PlacedLabel['leader']>): Segment => [x1, y1, x2, y2];

/** Whether two segments cross (touching ends count). */
function segmentsCross([ax, ay, bx, by]: Segment, [cx, cy, dx, dy]: Segment): boolean {
  const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return side(ax, ay, bx, by, cx, cy) !== side(ax, ay, bx, by, dx, dy) && side(cx, cy, dx, dy, ax, ay) !== side(cx, cy, dx, dy, bx, by);
}

function boxHitsCircle(box: Box, c: Circle): boolean {
  const dx = c.x - clamp(c.x, box.x, box.x + box.width);
  const dy = c.y - clamp(c.y, box.y, box.y + box.height);
  return dx * dx + dy * dy < c.r * c.r;
}

/** Places and markers, the reader's own markers first. */
function placePointLabels(labels: LabelSpace, scene: BorderMapScene, zoom: Zoom): void {
  const size = 12;
  const pointMarks = scene.items
    .map((mark, index) => ({ mark, index }))
    .filter(({ mark }) => mark.label && mark.kind !== 'border')
    .sort((a, b) => (a.mark.kind === b.mark.kind ? a.index - b.index : a.mark.kind === 'marker' ? -1 : 1));
  for (const { mark, index } of pointMarks) {
    const [x, y] = markPosition(mark, zoom);
    const w = labels.measure(mark.label!, size);
    labels.tryPlace(mark.label!, size, 'mark', index, around(x, y, mark.r, w));
  }
}

/** Boxes `w` wide around a symbol of radius `r`: beside it, above or below, then further out on a leader line. */
function around(x: number, y: number, r: number, w: number): Candidate[] {
  const out: Candidate[] = [];
  for (const [gap, leader] of [
    [r + 3, false],
    [r + 20, true],
    [r + 40, true],
    [r + 65, true],
  ] as const) {
    const d = gap * 0.72;
    const spots: [number, number][] = [
      [x + gap, y],
      [x - gap - w, y],
      [x + d, y - d - 6],
      [x - d - w, y - d - 6],
      [x + d, y + d + 6],
      [x - d - w, y + d + 6],
      [x - w / 2, y - gap - 7],
      [x - w / 2, y + gap + 7],
    ];
    for (const [bx, by] of spots) {
      const cx = clamp(x, bx, bx + w);
      out.push({ x: bx, y: by, leader: leader ? { x1: x, y1: y, x2: cx, y2: by } : undefined });
    }
  }
  return out;
}

/** The border's name beside its visible part, nearest the middle of that part first. */
function placeBorderLabel(labels: LabelSpace, scene: BorderMapScene, zoom: Zoom): void {
  if (!scene.border || !scene.highlightPoints.length) return;
  const { width, height } = scene;
  const text = scene.border.label;
  const w = labels.measure(text, 12);
  const points = scene.highlightPoints
    .flat()
    .map(([x, y]) => [x * zoom.k + zoom.x, y * zoom.k + zoom.y] as const)
    .filter(([x, y]) => x > 0 && x < width && y > 0 && y < height);
  const mid = points[Math.floor(points.length / 2)];
  if (!mid) return;
  points.sort((a, b) => Math.hypot(a[0] - mid[0], a[1] - mid[1]) - Math.hypot(b[0] - mid[0], b[1] - mid[1]));
  const candidates = points.slice(0, 40).flatMap(([x, y]) => [
    { x: x + 8, y },
    { x: x - 8 - w, y },
  ]);
  labels.tryPlace(text, 12, 'border', 0, candidates);
}

/** Country names, the highlighted pair first; neighbours only where the map is wide enough. */
function placeCountryLabels(labels: LabelSpace, scene: BorderMapScene, zoom: Zoom): void {
  const narrow = scene.width < 480;
  const countries = scene.countries.filter((c) => c.labelAt).sort((a, b) => Number(b.focus) - Number(a.focus));
  for (const c of countries) {
    if (!c.focus && narrow) continue;
    const text = c.name.toUpperCase();
    const size = 12;
    const w = labels.measure(text, size);
    const [x, y] = [c.labelAt![0] * zoom.k + zoom.x, c.labelAt![1] * zoom.k + zoom.y];
    labels.tryPlace(text, size, 'country', undefined, [
      { x: x - w / 2, y },
      { x: x - w / 2, y: y - size * 1.6 },
      { x: x - w / 2, y: y + size * 1.6 },
    ]);
  }
}
