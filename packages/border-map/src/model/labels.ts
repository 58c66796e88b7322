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

/** Where a label may go: its box's left edge and vertical centre, and a leader line to its mark. */
interface Candidate {
  readonly x: number;
  readonly y: number;
  readonly leader?: PlacedLabel['leader'];
}

/**
 * Labels for places, markers, the border and the countries at `zoom`, in that order of importance.
 * No label overlaps another label, a place or marker symbol, or a `reserved` box (the inset, the
 * zoom buttons); labels avoid district circles where they can. A label that does not fit beside its
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
  }

  /**
   * Place `text` at the first candidate where it fits, avoiding district circles; failing that, at
   * the first where it fits over them (not for country names). Whether it was placed.
   */
  tryPlace(text: string, size: number, kind: PlacedLabel['kind'], index: number | undefined, candidates: readonly Candidate[]): boolean {
    const w = this.measure(text, size);
    const h = size * 1.25;
    for (const avoidCircles of [true, false]) {
      for (const c of candidates) {
        const box = { x: c.x, y: c.y - h / 2, width: w, height: h };
        if (this.#fits(box, avoidCircles)) {
          this.placed.push({ text, kind, index, x: c.x, y: c.y + size * 0.35, size, box, leader: c.leader });
          return true;
        }
      }
      if (kind === 'country') break;
    }
    return false;
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

function boxHitsCircle(box: Box, c: Circle): boolean {
  const dx = c.x - clamp(c.x, box.x, box.x + box.width);
  const dy = c.y - clamp(c.y, box.y, box.y + box.height);
  return dx * dx + dy * dy < c.r * c.r;
}

/** Places and markers, the reader's own markers first. */
function placePointLabels(labels: LabelSpace, scene: BorderMapScene, zoom: Zoom): void {
  const size = scene.width < 480 ? 11 : 12;
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
    const size = c.focus ? 12 : 11;
    const w = labels.measure(text, size);
    const [x, y] = [c.labelAt![0] * zoom.k + zoom.x, c.labelAt![1] * zoom.k + zoom.y];
    labels.tryPlace(text, size, 'country', undefined, [
      { x: x - w / 2, y },
      { x: x - w / 2, y: y - size * 1.6 },
      { x: x - w / 2, y: y + size * 1.6 },
    ]);
  }
}
