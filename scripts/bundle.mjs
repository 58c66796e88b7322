// The bundling shared by the CDN bundle, the size check and the benchmarks: one self-contained ES
// module per entry, built from the TypeScript sources by esbuild and compressed further by terser
// (about 4% smaller gzip than esbuild's minifier alone, which matters against the size budgets).
import fs from 'node:fs';
import { dirname } from 'node:path';
import * as acorn from 'acorn';
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

/** The compiler options esbuild reads from tsconfig.base.json (decorators, class fields). */
const TS_OPTIONS = JSON.parse(fs.readFileSync(new URL('../tsconfig.base.json', import.meta.url), 'utf8')).compilerOptions;

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

/** Lit's template tags, as our sources import them. */
const TEMPLATE_TAG = /^(css|html|svg)$/;

/**
 * The whitespace and comments of Lit's css, html and svg templates, which no JS minifier touches:
 * CSS loses comments and the spaces around punctuation; markup keeps one space where it had a line
 * break and indentation (HTML renders the two alike, and no template here has <pre> text).
 */
function minifyTemplates(code) {
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TEMPLATE_TAG.test(node.tag.name)) {
      const css = node.tag.name === 'css';
      for (const quasi of node.quasi.quasis) {
        const raw = code.slice(quasi.start, quasi.end);
        const small = css
          ? raw.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}')
          : raw.replace(/\s*\n\s*/g, ' ');
        if (small !== raw) edits.push([quasi.start, quasi.end, small]);
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + text + code.slice(end);
  return code;
}

/** Our sources compiled one by one, so their templates are minified while the tags still have their names. */
const templatePlugin = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const { code } = await esbuild.transform(fs.readFileSync(path, 'utf8'), { loader: 'ts', target: 'es2022', tsconfigRaw: { compilerOptions: TS_OPTIONS } });
      return { contents: minifyTemplates(code), loader: 'js', resolveDir: dirname(path) };
    });
  },
};

/**
 * Bundle `entry` in memory; returns the minified code, the licence comments and esbuild's metafile.
 * `{ terser: false }` minifies with esbuild alone: for other libraries, whose code our pure-function
 * list was not written for.
 */
export async function bundle(entry, { terser = true } = {}) {
  const result = await esbuild.build({ ...BUNDLE_OPTIONS, minify: !terser, entryPoints: [entry], outfile: 'bundle.js', write: false, metafile: true, plugins: terser ? [templatePlugin] : [] });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const legal = result.outputFiles.find((file) => file.path.endsWith('.LEGAL.txt'));
  const code = terser ? (await minify(js.text, TERSER_OPTIONS)).code : js.text;
  return { code, legal: legal?.text ?? '', metafile: result.metafile };
}
