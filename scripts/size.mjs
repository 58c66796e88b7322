// `pnpm size`: gzip sizes (level 9; 1 KB = 1,000 bytes) against the budgets in DESIGN.md ("Quality bars"),
// built in memory exactly as `pnpm build:bundle` builds them. Exits 1 when anything is over its budget
// (pnpm test runs it). Printed: each element's entry as one file with Lit, d3 and its default data (what an
// npm user's bundler makes of it, with the d3 releases pnpm-workspace.yaml pins: an app that installs d3's
// newest one-file releases gets a few KB more); what a page loads through the loader, file by file, for
// each element alone and for all three; and the one-file and classic builds (all three elements in one file).
import zlib from 'node:zlib';
import { ELEMENTS, bundle } from './bundle.mjs';
import { buildCdnFiles } from './build-bundle.mjs';

const KB = 1000;
const BUDGETS = {
  'ttp-attack-chart': 35 * KB,
  'conflict-timeline': 35 * KB,
  'border-map': 55 * KB,
  all: 80 * KB,
  loader: 3 * KB,
};
// What a page loads through the loader. DESIGN.md sets page budgets for the chart, the map and all three;
// it names none for a timeline page, whose element entry keeps the 35 KB above. Shared chunks, each
// gzipped on its own, cost the timeline's page about 3 KB over its one-file entry, so its page is held to 38 KB.
const PAGE_BUDGETS = { ...BUDGETS, 'conflict-timeline': 38 * KB };

const gzip = (code) => zlib.gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
let over = 0;

function row(name, minified, gzipped, budget, note = '') {
  const verdict = gzipped <= budget ? 'ok' : 'OVER';
  if (verdict === 'OVER') over++;
  console.log(`  ${name.padEnd(44)} ${kb(minified).padStart(9)} ${kb(gzipped).padStart(9)} ${kb(budget).padStart(9)}  ${verdict.padEnd(4)} ${note}`.trimEnd());
}

console.log(
  `gzip -9 sizes against the budgets (1 KB = 1,000 bytes)\n  ${''.padEnd(44)} ${'minified'.padStart(9)} ${'gzip'.padStart(9)} ${'budget'.padStart(9)}`,
);

console.log('Each element as one file, with Lit, d3 and its default data:');
for (const [tag, entry] of Object.entries(ELEMENTS)) {
  const { code } = await bundle(entry);
  row(`<${tag}>`, code.length, gzip(code), BUDGETS[tag]);
}
const { files, filesOf, laterFilesOf } = await buildCdnFiles();
const sum = (names) => names.reduce((total, name) => total + files[name].length, 0);
const sumGzip = (names) => names.reduce((total, name) => total + gzip(files[name]), 0);
console.log('What a page loads through the loader (conflict-viz.js), each file gzipped on its own:');
row('the loader, conflict-viz.js', files['conflict-viz.js'].length, gzip(files['conflict-viz.js']), BUDGETS.loader);
for (const tag of Object.keys(ELEMENTS)) {
  const page = ['conflict-viz.js', ...filesOf[tag]];
  row(`a page with <${tag}> only`, sum(page), sumGzip(page), PAGE_BUDGETS[tag], `${page.length} files: ${page.join(' ')}`);
  // Files an element imports only when a page needs them (import()) count too: every page with the
  // element, whatever its input, stays within the budget.
  const later = laterFilesOf[tag];
  if (later.length) {
    row(`  and all it may load later`, sum([...page, ...later]), sumGzip([...page, ...later]), PAGE_BUDGETS[tag], `${later.length} more: ${later.join(' ')}`);
  }
}
const everything = ['conflict-viz.js', ...new Set([...Object.values(filesOf), ...Object.values(laterFilesOf)].flat())];
row('a page with all three elements', sum(everything), sumGzip(everything), BUDGETS.all, `${everything.length} files`);

console.log('All three elements in one file:');
for (const name of ['conflict-viz.all.js', 'conflict-viz.classic.js']) row(name, files[name].length, gzip(files[name]), BUDGETS.all);

console.log(over ? `\n${over} over budget` : '\nall within budget');
process.exit(over ? 1 : 0);
