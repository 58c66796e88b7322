export * from './ttp-attack-chart.js';
// The pure model (parsers, layout, text) has its own entry, `@conflict-viz/ttp-attack-chart/model`, free of Lit and the DOM.
export type * from './ttp-attack-chart.model.js';
// The data an app gives the element and what its events carry, with the events every element fires.
export type * from './ttp-attack-chart.types.js';
