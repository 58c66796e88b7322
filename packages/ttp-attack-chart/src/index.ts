export * from './ttp-attack-chart.js';
export * from './ttp-attack-chart.model.js';
