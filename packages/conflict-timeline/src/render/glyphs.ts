/** The category shapes, so colour is never the only cue: drawn in the plot, the chronology, the legend and the detail panel. */
import { html } from 'lit';
import type { Shape, TimelineCategory } from '../conflict-timeline.model.js';

/** Glyphs of the category shapes, about 12 px across, centred on 0,0. */
export const SHAPE_PATHS: Record<Shape, string> = {
  circle: 'M5.5,0A5.5,5.5 0 1 1-5.5,0A5.5,5.5 0 1 1 5.5,0Z',
  triangle: 'M0,-6L6,4.5H-6Z',
  square: 'M-4.8,-4.8H4.8V4.8H-4.8Z',
  diamond: 'M0,-6.5L6.5,0L0,6.5L-6.5,0Z',
  star: 'M0,-6.5L1.9,-2.6L6.2,-2L3.1,1L3.8,5.3L0,3.3L-3.8,5.3L-3.1,1L-6.2,-2L-1.9,-2.6Z',
  cross: 'M-2.2,-6H2.2V-2.2H6V2.2H2.2V6H-2.2V2.2H-6V-2.2H-2.2Z',
};

/** A category's shape in its colour, as a small inline SVG beside text. */
export function glyph(category: TimelineCategory) {
  return html`<svg class="key" viewBox="-7 -7 14 14" aria-hidden="true" .style=${`--_k:${category.color}`}>
    <path class="glyph" d=${SHAPE_PATHS[category.shape]}></path>
  </svg>`;
}
