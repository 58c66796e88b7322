/** Zoom and pan of the map, and finding marks on it: by pointer, by arrow key, and into view. */
import { clamp, type Mark, type NavigationKey } from '@conflict-viz/core/pure';
import type { MapGeometry } from './geometry.js';
import type { BorderMapScene, MapMark } from './scene.js';

/** Zoom state: screen = k · map + (x, y), with x, y in px. */
export interface Zoom {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export const NO_ZOOM: Zoom = { k: 1, x: 0, y: 0 };
export const MAX_ZOOM = 8;

/** Keep the view inside the map: k within 1–8, and no edge of the map pulled into view. */
export function constrainZoom(zoom: Zoom, width: number, height: number): Zoom {
  const k = clamp(zoom.k, 1, MAX_ZOOM);
  return { k, x: clamp(zoom.x, width - width * k, 0), y: clamp(zoom.y, height - height * k, 0) };
}

/** Zoom by `factor` around the screen point (cx, cy). */
export function zoomAround(zoom: Zoom, factor: number, cx: number, cy: number, width: number, height: number): Zoom {
  const k = clamp(zoom.k * factor, 1, MAX_ZOOM);
  const f = k / zoom.k;
  return constrainZoom({ k, x: cx - (cx - zoom.x) * f, y: cy - (cy - zoom.y) * f }, width, height);
}

/**
 * The zoom a fraction `t` of the way from `from` to `to`: the scale geometrically, and the map point at the
 * view's centre in a straight line, so nothing swings sideways on the way.
 */
export function zoomBetween(from: Zoom, to: Zoom, t: number, width: number, height: number): Zoom {
  const k = from.k * Math.pow(to.k / from.k, t);
  const centre = (zoom: Zoom) => [(width / 2 - zoom.x) / zoom.k, (height / 2 - zoom.y) / zoom.k];
  const [c0, c1] = [centre(from), centre(to)];
  const [cx, cy] = [c0[0] + (c1[0] - c0[0]) * t, c0[1] + (c1[1] - c0[1]) * t];
  return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}

/** Where a mark is on screen at `zoom`: positions scale, symbols keep their size; off-map pointers stay on the edge. */
export function markPosition(mark: MapMark, zoom: Zoom): [number, number] {
  return mark.offMap ? [mark.x, mark.y] : [mark.x * zoom.k + zoom.x, mark.y * zoom.k + zoom.y];
}

/** The groups marks are read in: the border, then places west to east, markers, and districts by their number of events. */
const GROUPS = { border: 'Border', place: 'Places', marker: 'Markers', district: 'Districts' } as const;

/**
 * A mark as the frame needs it at `zoom`: its tooltip's anchor and words, its group, and the box of its node in
 * the accessibility tree: the symbol and at least the 24 px target around it; the border's, the whole map.
 */
export function frameMark(scene: BorderMapScene, mark: MapMark, zoom: Zoom): Mark {
  const [x, y] = markPosition(mark, zoom);
  const r = Math.max(12, mark.r);
  const box = mark.kind === 'border' ? { x: 0, y: 0, width: scene.width, height: scene.height } : { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
  const anchor = { x: clamp(x, 0, scene.width), y: clamp(y - mark.r, 0, scene.height) };
  return { ...anchor, title: mark.title, lines: mark.lines, datum: mark.datum, box, group: GROUPS[mark.kind] };
}

/**
 * The mark under a screen point at `zoom`, or -1: of the marks that reach the point, the one nearest, measured in
 * its own reach, so that every mark keeps the middle of its symbol (a big circle under small ones too). Each
 * reaches 12 px at least (a 24 px target, WCAG 2.5.8). A place or marker counts half as far, so it wins over the
 * circles it sits on; a circle reaches 2 px further than a place, so one under a place is reached around it.
 * Then the border.
 */
export function markAt(scene: BorderMapScene, zoom: Zoom, x: number, y: number): number {
  let best = -1;
  let bestScore = Infinity;
  scene.items.forEach((mark, i) => {
    if (mark.kind === 'border') return;
    const [mx, my] = markPosition(mark, zoom);
    const d = Math.hypot(mx - x, my - y);
    const circle = mark.kind === 'district';
    const reach = circle ? Math.max(mark.r, 14) : Math.max(mark.r + 4, 12);
    const score = (d / reach) * (circle ? 1 : 0.5);
    if (d <= reach && score < bestScore) [best, bestScore] = [i, score];
  });
  if (best >= 0 || !scene.border) return best;
  const px = (x - zoom.x) / zoom.k;
  const py = (y - zoom.y) / zoom.k;
  const tolerance = 7 / zoom.k;
  for (const line of scene.highlightPoints) {
    for (let i = 1; i < line.length; i++) if (segmentDistance(px, py, line[i - 1], line[i]) <= tolerance) return 0;
  }
  return -1;
}

function segmentDistance(x: number, y: number, a: readonly [number, number], b: readonly [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = dx || dy ? clamp(((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy), 0, 1) : 0;
  return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
}

/**
 * Arrow-key navigation by position: Right goes to the next mark to the east, Left to the west, Down
 * to the south, Up to the north (ties by index). Every mark is reachable from every other.
 */
export function nextMark(scene: BorderMapScene, index: number, key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown'): number {
  const horizontal = key === 'ArrowLeft' || key === 'ArrowRight';
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  const order = scene.items
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = horizontal ? scene.items[a].x : scene.items[a].y;
      const pb = horizontal ? scene.items[b].x : scene.items[b].y;
      return pa - pb || a - b;
    });
  if (index < 0) return order.length ? order[forward ? 0 : order.length - 1] : -1;
  const at = order.indexOf(index);
  return order[clamp(at + (forward ? 1 : -1), 0, order.length - 1)];
}

/** The zoom that brings a mark into view (with a margin), moving as little as possible. */
export function zoomToShow(zoom: Zoom, mark: MapMark, width: number, height: number): Zoom {
  if (mark.offMap || zoom.k === 1) return zoom;
  const [x, y] = markPosition(mark, zoom);
  const m = 40;
  const dx = x < m ? m - x : x > width - m ? width - m - x : 0;
  const dy = y < m ? m - y : y > height - m ? height - m - y : 0;
  return constrainZoom({ k: zoom.k, x: zoom.x + dx, y: zoom.y + dy }, width, height);
}

/** The zoom as last set, and the geometry and size it was set on. */
export interface ZoomRequest {
  readonly zoom: Zoom;
  readonly geometry: MapGeometry;
  readonly width: number;
  readonly height: number;
}

/** The zoom last set, for a geometry and size: none on another geometry, scaled to another size. */
export function resolveZoom(request: ZoomRequest | undefined, geometry: MapGeometry, width: number, height: number): Zoom {
  if (!request || request.geometry !== geometry) return NO_ZOOM;
  const { zoom } = request;
  if (request.width === width && request.height === height) return zoom;
  return constrainZoom({ k: zoom.k, x: (zoom.x * width) / request.width, y: (zoom.y * height) / request.height }, width, height);
}

/** Arrows go to the next mark in their direction; Home and End to the ends of the west–east order, so Home then → reaches every mark. */
export function markToward(scene: BorderMapScene, index: number, key: NavigationKey): number {
  if (key === 'Home') return nextMark(scene, -1, 'ArrowRight');
  if (key === 'End') return nextMark(scene, -1, 'ArrowLeft');
  return nextMark(scene, index, key);
}
