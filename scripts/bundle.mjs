// The browser builds of the elements, shared by the CDN build (build-bundle.mjs), the size check (size.mjs)
// and the benchmarks. Rolldown bundles the TypeScript sources and minifies them (Oxc); terser then
// compresses each output file a little further with safe options only (see TERSER), as Lit's own builds do.
// minify-literals minifies the markup and CSS inside Lit's html, svg and css templates, which no JS
// minifier touches. No patches to dependencies: readable sources and a plain build.
import path from 'node:path';
import zlib from 'node:zlib';
import { minifyHTMLLiterals } from 'minify-literals';
import { rolldown } from 'rolldown';
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

/**
 * What the elements import with import() only when a page needs it: the exporter (SVG, PNG and CSV downloads),
 * the `src` file reader (fetching, decoding, CSV through d3-dsv), the map's ISO 3166-1 table, the frame's parts
 * drawn on request (the `actions` buttons, an opened data table), the timeline's (its list, an event's
 * details) and the linking of views (`group`). Through the loader each is a chunk. The one-file builds cannot split them off into chunks: they
 * load each from its file beside them instead (a module's import(), and a classic script's, resolves from the
 * script's own URL), so a page that never downloads, reads no file, matches no ISO code and asks for none of
 * those parts loads none of them. By file name: the module.
 */
export const BESIDE = {
  'conflict-viz.export.js': { entry: 'packages/core/src/export/export.ts' },
  'conflict-viz.reader.js': { entry: 'packages/core/src/base/fetch-data.ts' },
  'conflict-viz.iso-codes.js': { entry: 'packages/border-map/src/model/iso-codes.ts' },
  'conflict-viz.on-request.js': { entry: 'packages/core/src/on-request/index.ts' },
  'conflict-viz.timeline-parts.js': { entry: 'packages/conflict-timeline/src/on-request/index.ts' },
  'conflict-viz.linked.js': { entry: 'packages/core/src/linked/index.ts' },
};

/** Leaves the import() of each BESIDE module out of a one-file build, pointed at its file. */
const besideFiles = {
  name: 'beside-files',
  resolveDynamicImport(specifier, importer) {
    if (typeof specifier !== 'string' || !importer) return null;
    // The source imports the module by its compiled name (`../on-request/index.js`); the build reads its TypeScript.
    const module = path.resolve(path.dirname(importer), specifier).replace(/\.js$/, '.ts');
    const file = Object.keys(BESIDE).find((name) => module === path.resolve(root, BESIDE[name].entry));
    return file ? { id: `./${file}`, external: true } : null;
  },
};

/** The name of the licence file written beside the CDN files. */
export const LICENCE_FILE = 'THIRD-PARTY-LICENSES.txt';

/** The loader's import() of every element at once, pointed at the one-file build beside it (see loader.ts). */
const loaderLoadsAll = {
  name: 'loader-loads-all',
  resolveDynamicImport(specifier, importer) {
    return specifier === './index.js' && importer?.endsWith(path.normalize(LOADER_ENTRY)) ? { id: './conflict-viz.all.js', external: true } : null;
  },
};

/** Our own sources (not node_modules), whose templates the literal minifier rewrites. */
const OUR_SOURCES = /[\\/]packages[\\/][^\\/]+[\\/]src[\\/][^\\/].*\.ts$/;

/** Each source's text with its templates minified, by its text: a script builds several bundles from the same files. */
const minifiedSources = new Map();

/** Lit's html, svg and css templates of our sources, minified by minify-literals (HTML and SVG by html-minifier-next, CSS by Lightning CSS). */
const minifyTemplates = {
  name: 'minify-templates',
  transform: {
    filter: { id: OUR_SOURCES },
    async handler(code, id) {
      if (!minifiedSources.has(code)) {
        const result = await minifyHTMLLiterals(code, { fileName: id, sourceMap: false });
        minifiedSources.set(code, result?.code ?? code);
      }
      return { code: minifiedSources.get(code) };
    },
  },
};

/** Rolldown's input options for `input` (an entry or entries by output name), with the templates minified if `minified`. */
function inputOptions(input, minified, extraPlugins = []) {
  return {
    input,
    cwd: root,
    platform: 'browser',
    tsconfig: path.join(root, 'tsconfig.base.json'),
    // Our packages' `source` export points at their TypeScript; Lit's `production` build has no dev-mode checks.
    resolve: { conditionNames: ['source', 'production', 'browser', 'import', 'default'] },
    transform: { target: 'es2022' },
    plugins: [...(minified ? [minifyTemplates] : []), ...extraPlugins],
    checks: {
      // The classic script (format 'iife') defines the elements; the classes it exports stay inside it.
      missingNameOptionForIifeExport: false,
      // The template minifier takes most of a first build's time (about 3 s); that is expected.
      bundlerTimings: false,
    },
    logLevel: 'warn',
  };
}

/**
 * Rolldown's output options. The bundled libraries' licences go in full to LICENCE_FILE (see
 * licences.mjs), which ships in the package beside the files, not into each file: legal comments are
 * dropped, and the banner (added by `finish` to the one file of a page that bundles Lit) points there.
 */
function outputOptions({ format = 'esm', minified }) {
  return { format, minify: minified, comments: { legal: false }, sourcemap: false };
}

/**
 * terser's options: three passes; non-ASCII characters written as escapes, which gzip packs a little tighter
 * (every em dash and quote mark of the article's text is three bytes in UTF-8); and, where it makes the file
 * smaller, function declarations hoisted to the top of their scope (as the language already does), which
 * places the functions of a one-file build together and the classes and templates apart.
 */
const TERSER = { ecma: 2020, compress: { passes: 3 }, mangle: true, format: { ascii_only: true } };
const HOISTED = { ...TERSER, compress: { ...TERSER.compress, hoist_funs: true } };

/** An output file as shipped: compressed further by terser (if `minified`), under the banner if its `modules` include Lit. */
async function finish(code, modules, { format = 'esm', banner, minified }) {
  const compressed = minified ? await smallest(code, format) : code;
  return banner && modules.some((module) => LIT.test(module)) ? `${banner}\n${compressed}` : compressed;
}

/** Lit's template code: every page loads exactly one file that bundles it, which carries the banner. */
const LIT = /[\\/]node_modules[\\/]lit-html[\\/]/;

/** `code` minified by terser with and without hoisting, whichever is the smaller gzipped. */
async function smallest(code, format) {
  const results = await Promise.all([TERSER, HOISTED].map(async (options) => (await minify(code, { ...options, module: format === 'esm' })).code));
  const sizes = results.map((result) => zlib.gzipSync(result, { level: 9 }).length);
  return results[sizes.indexOf(Math.min(...sizes))];
}

/** The npm-installed and workspace modules a build bundled, as absolute paths (for licences.mjs). */
function bundledModules(chunks) {
  return [...new Set(chunks.flatMap((chunk) => chunk.moduleIds))].filter((id) => path.isAbsolute(id));
}

/**
 * One self-contained file for `entry` (the element's code, Lit, d3 parts and its default data; what it
 * imports only when a page needs it stays in the BESIDE files, which `buildLoader` writes):
 * `format` 'esm' (a module) or 'iife' (a classic script); `minified: false` keeps names and
 * templates readable (profiles). Returns the code and the modules it bundles.
 */
export async function bundle(entry, { format = 'esm', banner, minified = true } = {}) {
  const build = await rolldown(inputOptions(entry, minified, [besideFiles]));
  const { output } = await build.generate({ ...outputOptions({ format, minified }), codeSplitting: false });
  await build.close();
  const [chunk] = output;
  const modules = bundledModules([chunk]);
  return { code: await finish(chunk.code, modules, { format, banner, minified }), modules };
}

/**
 * `entry` as an app's bundler makes it (code splitting on): the files it loads up front (`upFront`: the
 * entry's file and the chunks it imports) and, for each module it imports with import(), the files
 * that import loads (`later`, by the module's path in the repository).
 */
export async function bundleSplit(entry, { minified = true } = {}) {
  const build = await rolldown(inputOptions({ entry }, minified));
  const { output } = await build.generate({ ...outputOptions({ minified }), entryFileNames: '[name].js', chunkFileNames: '[hash].js' });
  await build.close();
  const { files, closure, later } = await splitFiles(
    output.filter((file) => file.type === 'chunk'),
    {},
    minified,
  );
  const upFront = [...closure('entry.js')];
  return { files, upFront, later: later(upFront) };
}

/**
 * Each chunk's shipped text by file name, the closure of a file (it and the files it imports, directly
 * or not), and `later(upFront)`: for each module the files `upFront` import with import(), the files
 * loading it adds, by the module's path in the repository.
 */
async function splitFiles(chunks, { banner }, minified) {
  const files = {};
  for (const chunk of chunks) files[chunk.fileName] = await finish(chunk.code, bundledModules([chunk]), { banner, minified });
  const byName = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (file, seen = new Set()) => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const next of byName[file]?.imports ?? []) closure(next, seen);
    return seen;
  };
  const later = (upFront) => {
    const byModule = {};
    for (const file of upFront) {
      for (const lazy of byName[file].dynamicImports) {
        const module = path.relative(root, byName[lazy].facadeModuleId);
        byModule[module] = [...closure(lazy)].filter((name) => !upFront.includes(name));
      }
    }
    return byModule;
  };
  return { files, closure, later };
}

/**
 * The loader build: conflict-viz.js (the loader), one module per element (`<tag>.js`) and the chunks
 * they share (chunks/*.js). Rolldown puts each module in the chunk of the set of elements that use it,
 * so a page loads no module that none of its elements uses: Lit and most of core go in a chunk all
 * three share, and a d3 module that only the timeline uses stays in the timeline's own file.
 * Returns the files by name (relative to the output folder), the modules bundled, and for each element
 * the files a page loads for it (`filesOf`: its module and the chunks that module imports, directly or
 * not) and those it may load later, on demand (`laterFilesOf`: for each module its code imports with
 * import(), by the module's path, the files that adds). The files include the BESIDE files, as the
 * one-file builds load them (the loader's pages load the same modules as chunks instead).
 */
export async function buildLoader({ banner, minified = true } = {}) {
  const input = { 'conflict-viz': LOADER_ENTRY, ...ELEMENTS };
  const build = await rolldown(inputOptions(input, minified, [loaderLoadsAll]));
  const { output } = await build.generate({
    ...outputOptions({ minified }),
    entryFileNames: '[name].js',
    // Content hashes only: a chunk's name must not name an element (tests/loader.test.ts looks for them).
    chunkFileNames: 'chunks/[hash].js',
    // One chunk for what two or more elements share (Lit, core, the data helpers), but for the zoom that only
    // the map and the timeline use: each file a page loads is gzipped on its own, so a chart's page loading one
    // shared chunk instead of two is about 0.4 KB smaller, for 0.4 KB more on a timeline's page.
    codeSplitting: {
      groups: [
        {
          name: 'shared',
          test: /[\\/]packages[\\/](core[\\/]src[\\/](?!controllers[\\/]zoom-pan)|data[\\/]src[\\/]records\.ts$)|[\\/]node_modules[\\/].*lit/,
          minShareCount: 2,
        },
      ],
    },
  });
  await build.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  const { files, closure, later } = await splitFiles(chunks, { banner }, minified);
  const filesOf = Object.fromEntries(Object.keys(ELEMENTS).map((tag) => [tag, [...closure(`${tag}.js`)]]));
  // What an element imports only when a page needs it (import()), beyond what it loads up front, by the module imported.
  const laterFilesOf = Object.fromEntries(Object.entries(filesOf).map(([tag, upFront]) => [tag, later(upFront)]));
  const beside = Object.fromEntries(
    await Promise.all(Object.entries(BESIDE).map(async ([name, { entry }]) => [name, await bundle(entry, { banner, minified })])),
  );
  return {
    files: { ...files, ...Object.fromEntries(Object.entries(beside).map(([name, { code }]) => [name, code])) },
    modules: [...bundledModules(chunks), ...Object.values(beside).flatMap(({ modules }) => modules)],
    filesOf,
    laterFilesOf,
  };
}
