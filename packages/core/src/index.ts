export * from './pure.js';
// Lit layer: base element, controllers, a11y, events, styles.
export * from './base/cv-element.js';
export * from './base/define.js';
export * from './base/fetch-data.js';
export * from './base/inline-data.js';
export * from './controllers/size.js';
export * from './controllers/locale.js';
export * from './controllers/media.js';
export * from './a11y/data-table.js';
export * from './a11y/keyboard.js';
export * from './events/events.js';
export * from './styles/tokens.styles.js';
export * from './styles/frame.styles.js';
