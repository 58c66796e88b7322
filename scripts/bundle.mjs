// The bundling shared by the CDN bundle, the size check and the benchmarks: one self-contained ES
// module per entry, built from the TypeScript sources by esbuild and compressed further by terser
// (about 4% smaller gzip than esbuild's minifier alone, which matters against the size budgets).
import * as esbuild from 'esbuild';
import { minify } from 'terser';

export const BUNDLE_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // terser minifies (below): esbuild keeps names so terser can recognise d3's pure helpers.
  minify: false,
  conditions: ['source', 'production'],
  tsconfig: 'tsconfig.base.json',
  // Third-party licence texts go to a separate file (see build-bundle.mjs), not into every measurement.
  legalComments: 'external',
  logLevel: 'warning',
};

const TERSER_OPTIONS = {
  module: true,
  ecma: 2020,
  compress: {
    passes: 2,
    pure_getters: true,
    unsafe_arrows: true,
    // d3's single-file builds create helpers at the top level (bisector(ascending), Blur2(blurf),
    // shuffler(Math.random), dsv("\t"), new Adder() in d3-geo); marking them pure lets the unused ones go.
    pure_funcs: ['bisector', 'Blur2', 'shuffler', 'dsv', 'Adder', 'clip', 'transformer', 'azimuthalRaw'],
  },
  mangle: true,
};

/**
 * Bundle `entry` in memory; returns the minified code, the licence comments and esbuild's metafile.
 * `{ terser: false }` minifies with esbuild alone: for other libraries, whose code our pure-function
 * list was not written for.
 */
export async function bundle(entry, { terser = true } = {}) {
  const result = await esbuild.build({ ...BUNDLE_OPTIONS, minify: !terser, entryPoints: [entry], outfile: 'bundle.js', write: false, metafile: true });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const legal = result.outputFiles.find((file) => file.path.endsWith('.LEGAL.txt'));
  const code = terser ? (await minify(js.text, TERSER_OPTIONS)).code : js.text;
  return { code, legal: legal?.text ?? '', metafile: result.metafile };
}
