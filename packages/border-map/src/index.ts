export * from './border-map.js';
// The pure model (parsers, layout, text) has its own entry, `@conflict-viz/border-map/model`, free of Lit and the DOM.
export type * from './border-map.model.js';
// The data an app gives the element and what its events carry, with the events every element fires.
export type * from './border-map.types.js';
