/** Reading a drawn scene back: the time at a point, the mark under a point, where a mark is drawn. */
import type { Box, InteractiveScene } from '@conflict-viz/core/pure';
import { describeEvent } from './describe.js';
import type { HorizontalScene, TimelineScene } from './scene.js';
import type { TimeWindow } from './window.js';

/** The time at `along` the axis (x from the start side) in `window`, by default the scene's. */
export function timeAlong(scene: HorizontalScene, along: number, [w0, w1]: TimeWindow = scene.window): number {
  return w0 + ((along - scene.a0) / (scene.a1 - scene.a0)) * (w1 - w0);
}

/** The time at a point of the plot. */
export const timeAt = (scene: HorizontalScene, x: number) => timeAlong(scene, scene.rtl ? scene.width - x : x);

/** Where mark `index` is drawn: its box in a lane or its count's; none outside the window, nor in a chronology (the page lays it out). */
export function markBox(scene: TimelineScene, index: number): Box | undefined {
  if (scene.vertical) return undefined;
  const slot = scene.slots[index];
  if (slot >= 0) return scene.placed[slot].box;
  return slot < -1 ? scene.clusters[-2 - slot].box : undefined;
}

/** The mark whose box holds the point, or -1; a chronology's rows answer pointers themselves. */
export function indexAtPoint(scene: TimelineScene, x: number, y: number): number {
  if (scene.vertical) return -1;
  const hit = scene.placed.find(({ box: b }) => x >= b.x - 2 && x <= b.x + b.width + 2 && y >= b.y - 2 && y <= b.y + b.height + 2);
  return hit ? hit.index : -1;
}

/** Where a mark's tooltip points: its glyph along a horizontal axis, else the middle of its count's box. */
export function markAnchor(scene: TimelineScene, index: number): { x: number; y: number } {
  const box = markBox(scene, index) ?? { x: scene.width / 2, y: 0, width: 0, height: 0 };
  const slot = scene.slots[index];
  return { x: !scene.vertical && slot >= 0 ? scene.placed[slot].x : box.x + box.width / 2, y: box.y };
}

/** The scene as the frame navigates it: each mark's anchor, name, datum and box, the mark at a point, a datum's index. */
export function navigableTimeline(scene: TimelineScene): TimelineScene & InteractiveScene {
  return {
    ...scene,
    mark: (index) => ({ ...markAnchor(scene, index), ...describeEvent(scene, index), datum: scene.events[index], box: markBox(scene, index) }),
    markAt: (x, y) => indexAtPoint(scene, x, y),
    // Hiding a category renumbers the events: the focused one keeps focus.
    indexOf: (datum) => scene.events.indexOf(datum as TimelineScene['events'][number]),
  };
}
