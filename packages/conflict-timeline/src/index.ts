export * from './conflict-timeline.js';
export * from './conflict-timeline.model.js';
