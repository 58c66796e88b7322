export * from './ttp-attack-chart.js';
export * from './border-map.js';
export * from './conflict-timeline.js';
export { cvEvents } from './events.js';
