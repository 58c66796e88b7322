/**
 * The pure model of <ttp-attack-chart>: raw records -> validated yearly rows -> scene (bars or a
 * line, axes, annotations, hit areas) for a given width. No Lit, no DOM; d3 lives here.
 */
export * from './model/data.js';
export * from './model/annotations.js';
export { yearTicks } from './model/axes.js';
export * from './model/layout.js';
export * from './model/text.js';
