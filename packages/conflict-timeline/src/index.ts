export * from './conflict-timeline.js';
// The pure model (parsers, layout, text) has its own entry, `@conflict-viz/conflict-timeline/model`, free of Lit and the DOM.
export type * from './conflict-timeline.model.js';
// The data an app gives the element and what its events carry, with the events every element fires.
export type * from './conflict-timeline.types.js';
