export * from './conflict-timeline.js';
// The pure model (parsers, layout, text) has its own entry, `@conflict-viz/conflict-timeline/model`, free of Lit and the DOM.
export type * from './conflict-timeline.model.js';
