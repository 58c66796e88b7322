/** Whether two labels' boxes overlap. A module of its own, so a page whose elements place no labels by their boxes does not load it. */
import type { Box } from './lanes.js';

export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}
