// Builds the CDN files into packages/conflict-viz/dist (beside tsc's output of the package):
// - conflict-viz.js, the loader, with <tag>.js per element and chunks/ they share (a page loads what it uses);
// - conflict-viz.all.js, every element in one module, for self-hosting without chunks;
// - conflict-viz.classic.js, every element in one classic script, for CMSs that strip type="module";
// - embed.html with embed.js and embed.css, the iframe embed page (it loads <tag>.js of the loader build), and
//   embed-parent.js, the classic script that sizes its iframes on the framing page;
// - cli.js, the `conflict-viz render` CLI for Node (build-cli.mjs), which bin/conflict-viz.js runs;
// - conflict-viz.css, the elements' boxes before the script runs (copied from src/);
// - THIRD-PARTY-LICENSES.txt, the bundled libraries' and data's licences.
import fs from 'node:fs';
import path from 'node:path';
import { ALL_ENTRY, ELEMENTS, LICENCE_FILE, buildLoader, bundle } from './bundle.mjs';
import { buildCli } from './build-cli.mjs';
import { licencesText } from './licences.mjs';

const dir = path.resolve(import.meta.dirname, '../packages/conflict-viz/dist');
const EMBED_DIR = path.resolve(import.meta.dirname, '../packages/conflict-viz/embed');
export const EMBED_ENTRY = 'packages/conflict-viz/embed/embed.ts';
export const EMBED_PARENT_ENTRY = 'packages/conflict-viz/embed/embed-parent.ts';
/**
 * Where the notices of what the files bundle are (Lit, d3, topojson-client; UCDP's and Natural Earth's data): the
 * licence file, which ships in the package beside them. BSD-3-Clause (Lit) lets a binary form's notice be "in the
 * documentation and/or other materials provided with the distribution"; ISC (d3) and MIT (topojson-client) ask
 * that it be "included in" the copies, which the package is. The banner is on one file per page, the one that
 * bundles Lit (bundle.mjs): each file is gzipped apart, so a comment on every file would cost a page once per file.
 */
export const BANNER = `/*! Licences: ${LICENCE_FILE} */`;

/** Every CDN file by name (relative to dist/), built in memory; `minified: false` for readable profiles. */
export async function buildCdnFiles({ minified = true, cli = false } = {}) {
  const loader = await buildLoader({ banner: BANNER, minified });
  const all = await bundle(ALL_ENTRY, { banner: BANNER, minified });
  const classic = await bundle(ALL_ENTRY, { format: 'iife', banner: BANNER, minified });
  const embed = await bundle(EMBED_ENTRY, { banner: BANNER, minified });
  const embedParent = await bundle(EMBED_PARENT_ENTRY, { format: 'iife', minified });
  // The CLI is for Node, not a page: built only when the package's files are written.
  const node = cli ? await buildCli() : { modules: [] };
  return {
    files: {
      ...loader.files,
      'conflict-viz.all.js': all.code,
      'conflict-viz.classic.js': classic.code,
      'embed.js': embed.code,
      'embed-parent.js': embedParent.code,
      'embed.html': fs.readFileSync(path.join(EMBED_DIR, 'embed.html'), 'utf8'),
      'embed.css': fs.readFileSync(path.join(EMBED_DIR, 'embed.css'), 'utf8'),
      ...(cli && { 'cli.js': node.code }),
      [LICENCE_FILE]: licencesText([...loader.modules, ...all.modules, ...classic.modules, ...node.modules]),
      // The elements' boxes before their script runs (a page links it; no build step for CSS).
      'conflict-viz.css': fs.readFileSync(path.resolve(import.meta.dirname, '../packages/conflict-viz/src/conflict-viz.css'), 'utf8'),
    },
    filesOf: loader.filesOf,
    laterFilesOf: loader.laterFilesOf,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files } = await buildCdnFiles({ cli: true });
  // Old chunks would pile up under new hashes: the chunk folder and the files named here are this script's alone.
  fs.rmSync(path.join(dir, 'chunks'), { recursive: true, force: true });
  for (const name of ['conflict-viz.js.LEGAL.txt', ...Object.keys(ELEMENTS).map((tag) => `${tag}.js`)]) fs.rmSync(path.join(dir, name), { force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  console.log(`wrote ${Object.keys(files).length} files to ${path.relative(process.cwd(), dir)}: ${Object.keys(files).join(', ')}`);
}
