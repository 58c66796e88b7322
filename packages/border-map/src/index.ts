export * from './border-map.js';
// The pure model (parsers, layout, text) has its own entry, `@conflict-viz/border-map/model`, free of Lit and the DOM.
export type * from './border-map.model.js';
