// `pnpm size`: gzip size of each element's entry (with Lit, d3 parts and its default data) and of the
// CDN bundle dist/conflict-viz.js, against the budgets in DESIGN.md. Fails when one is over.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { bundle } from './bundle.mjs';

const root = path.resolve(import.meta.dirname, '..');
const KB = 1000;

/** DESIGN.md, "Quality bars". */
const ENTRIES = [
  { name: '<ttp-attack-chart>', entry: 'packages/ttp-attack-chart/src/index.ts', budget: 20 * KB },
  { name: '<border-map>', entry: 'packages/border-map/src/index.ts', budget: 45 * KB },
  { name: '<conflict-timeline>', entry: 'packages/conflict-timeline/src/index.ts', budget: 20 * KB },
  { name: 'conflict-viz.js (all elements)', entry: 'packages/conflict-viz/src/index.ts', budget: 60 * KB },
];

const gzip = (code) => zlib.gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

let over = 0;
console.log(`${'entry'.padEnd(34)} ${'minified'.padStart(10)} ${'gzip'.padStart(9)} ${'budget'.padStart(9)}`);
for (const { name, entry, budget } of ENTRIES) {
  if (!fs.existsSync(path.join(root, entry))) {
    console.log(`${name.padEnd(34)} (not built yet: ${entry} is missing)`);
    continue;
  }
  const { code } = await bundle(entry);
  const size = gzip(code);
  const verdict = size <= budget ? 'ok' : 'OVER';
  if (size > budget) over++;
  console.log(`${name.padEnd(34)} ${kb(code.length).padStart(10)} ${kb(size).padStart(9)} ${kb(budget).padStart(9)}  ${verdict}`);
}
process.exit(over ? 1 : 0);
