// First: Lit's hydrate support must be installed before any element module loads Lit.
import './hydration.js';

export * from './ttp-attack-chart.js';
export * from './border-map.js';
export * from './conflict-timeline.js';
export { cvEvents } from './events.js';
export type { CvEvents } from './events.js';
