// The pure layer: data, formatting and layout helpers with no Lit and no DOM. Models import only this.
export * from './data/issues.js';
export * from './data/read.js';
export * from './data/color.js';
export * from './data/own.js';
export * from './data/records.js';
export * from './data/numbers.js';
export * from './data/text.js';
export * from './data/delimited.js';
export * from './format/locale.js';
export * from './format/locale-format.js';
export * from './format/describe.js';
export * from './format/wording.js';
export * from './layout/text.js';
export * from './layout/scene.js';
export * from './layout/lanes.js';
export * from './layout/last-result.js';
export * from './scales/linear.js';
