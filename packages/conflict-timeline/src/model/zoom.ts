/**
 * Zooming and panning a drawn timeline: the window a gesture, a key or a focused event asks for,
 * kept inside the scene's limits. The element's zoom-pan controller turns input into these calls.
 */
import type { HorizontalScene, TimelineScene } from './scene.js';
import { timeAlong } from './query.js';
import { clampWindow, type TimeWindow } from './window.js';

/** `window` zoomed by `factor` (above 1 zooms in) around the time `at`, by default its middle. */
export function zoomWindow(scene: TimelineScene, [w0, w1]: TimeWindow, factor: number, at = (w0 + w1) / 2): TimeWindow {
  const start = at - (at - w0) / factor;
  return clampWindow(start, start + (w1 - w0) / factor, scene.limits);
}

/** The time under a point of the drawing (x, mirrored on RTL pages) in `window`, which the drawing may not show yet. */
export const timeUnder = (scene: HorizontalScene, x: number, window: TimeWindow) => timeAlong(scene, scene.rtl ? scene.width - x : x, window);

/** `window` dragged by `dx` px: the time under the pointer stays under it. */
export function panWindow(scene: HorizontalScene, [w0, w1]: TimeWindow, dx: number): TimeWindow {
  const shift = (-(scene.rtl ? -dx : dx) * (w1 - w0)) / (scene.a1 - scene.a0);
  return clampWindow(w0 + shift, w1 + shift, scene.limits);
}

/** `window`, or where event `index` lies past an edge of it, the window of the same span centred on it. */
export function revealInWindow(scene: TimelineScene, window: TimeWindow, index: number): TimeWindow {
  const event = scene.events[index];
  const [w0, w1] = window;
  const mid = (event.t0 + event.t1) / 2;
  const span = w1 - w0;
  return mid < w0 + span * 0.04 || mid > w1 - span * 0.04 ? clampWindow(mid - span / 2, mid + span / 2, scene.limits) : window;
}

/** The window that opens a crowded period (a count): the period with a margin, where the chronology takes it as it is. */
export function periodWindow(scene: TimelineScene, { t0, t1 }: { readonly t0: number; readonly t1: number }): TimeWindow {
  const pad = scene.vertical ? 0 : Math.max((t1 - t0) * 0.15, 864e6);
  return clampWindow(t0 - pad, t1 + pad, scene.limits);
}
