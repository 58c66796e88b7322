// The browser builds of the elements, shared by the CDN build (build-bundle.mjs), the size check (size.mjs)
// and the benchmarks. esbuild bundles and minifies the TypeScript sources; terser then compresses each
// output file a little further with its default, safe options (about 4% smaller gzip), as Lit's own
// builds do. No patches to dependencies and no template minifier: readable sources and a plain build.
import path from 'node:path';
import * as esbuild from 'esbuild';
import { minify } from 'terser';

const root = path.resolve(import.meta.dirname, '..');

/** Each element's tag and the entry of its package. */
export const ELEMENTS = {
  'ttp-attack-chart': 'packages/ttp-attack-chart/src/index.ts',
  'border-map': 'packages/border-map/src/index.ts',
  'conflict-timeline': 'packages/conflict-timeline/src/index.ts',
};

/** The CDN loader's source, and the entry that defines every element at once. */
export const LOADER_ENTRY = 'packages/conflict-viz/src/loader.ts';
export const ALL_ENTRY = 'packages/conflict-viz/src/index.ts';

/** The name of the licence file written beside the CDN files. */
export const LICENCE_FILE = 'THIRD-PARTY-LICENSES.txt';

const ESBUILD_OPTIONS = {
  absWorkingDir: root,
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  minify: true,
  conditions: ['source', 'production'],
  tsconfig: 'tsconfig.base.json',
  // The bundled libraries' licences go in full to LICENCE_FILE (see licences.mjs), not into each file.
  legalComments: 'none',
  write: false,
  metafile: true,
  logLevel: 'warning',
};

async function compress(code, format, minified) {
  if (!minified) return code;
  return (await minify(code, { module: format === 'esm', ecma: 2020, compress: { passes: 2 }, mangle: true })).code;
}

/**
 * One self-contained file for `entry` (the element's code, Lit, d3 parts and its default data):
 * `format` 'esm' (a module) or 'iife' (a classic script); `minified: false` keeps names readable (profiles).
 * Returns the code and esbuild's metafile.
 */
export async function bundle(entry, { format = 'esm', banner, minified = true } = {}) {
  const result = await esbuild.build({
    ...ESBUILD_OPTIONS,
    minify: minified,
    format,
    entryPoints: [entry],
    outfile: 'bundle.js',
    ...(banner ? { banner: { js: banner } } : {}),
  });
  return { code: await compress(result.outputFiles[0].text, format, minified), metafile: result.metafile };
}

/**
 * The loader build: conflict-viz.js (the loader), one module per element (`<tag>.js`) and the chunks
 * they share (chunks/*.js: Lit, core, d3 parts, shared data), as esbuild's code splitting makes them.
 * Returns the files by name (relative to the output folder), the metafile, and for each element the
 * files a page loads for it: its module and the chunks that module imports, directly or not.
 */
export async function buildLoader({ banner, minified = true } = {}) {
  const outdir = path.join(root, 'packages/conflict-viz/dist');
  const result = await esbuild.build({
    ...ESBUILD_OPTIONS,
    minify: minified,
    format: 'esm',
    splitting: true,
    outdir,
    chunkNames: 'chunks/[hash]',
    entryPoints: [{ in: LOADER_ENTRY, out: 'conflict-viz' }, ...Object.entries(ELEMENTS).map(([tag, entry]) => ({ in: entry, out: tag }))],
    ...(banner ? { banner: { js: banner } } : {}),
  });
  const files = {};
  for (const file of result.outputFiles) files[path.relative(outdir, file.path)] = await compress(file.text, 'esm', minified);
  const staticImports = {};
  for (const [output, { imports }] of Object.entries(result.metafile.outputs)) {
    staticImports[path.relative(path.relative(root, outdir), output)] = imports
      .filter((i) => i.kind === 'import-statement')
      .map((i) => path.relative(path.relative(root, outdir), i.path));
  }
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const next of staticImports[file] ?? []) closure(next, seen);
    return seen;
  };
  const filesOf = Object.fromEntries(Object.keys(ELEMENTS).map((tag) => [tag, [...closure(`${tag}.js`)]]));
  return { files, metafile: result.metafile, filesOf };
}
