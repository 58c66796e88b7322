export * from './border-map.js';
export * from './border-map.model.js';
