// The manifest behind Storybook's autodocs: every element package's sources, analysed as Lit elements.
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.model.ts'],
  outdir: '.storybook',
  litelement: true,
  packagejson: false, // do not write a "customElements" field into the root package.json
};
