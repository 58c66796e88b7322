// `pnpm size`: gzip size (level 9; 1 KB = 1,000 bytes) of each element's entry (with Lit, d3 parts and its default data) and of the
// CDN bundle dist/conflict-viz.js, against the budgets in DESIGN.md. Fails when one is over.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { bundle } from './bundle.mjs';

const root = path.resolve(import.meta.dirname, '..');
const KB = 1000;

/**
 * `budget`: DESIGN.md, "Quality bars" (the check fails above it). `issue`: the looser bar of the
 * element's issue ("Done means"), printed alongside.
 */
const ENTRIES = [
  { name: '<ttp-attack-chart>', entry: 'packages/ttp-attack-chart/src/index.ts', budget: 20 * KB, issue: 25 * KB },
  { name: '<border-map>', entry: 'packages/border-map/src/index.ts', budget: 45 * KB, issue: 45 * KB },
  { name: '<conflict-timeline>', entry: 'packages/conflict-timeline/src/index.ts', budget: 20 * KB, issue: 25 * KB },
  { name: 'conflict-viz.js (all elements)', entry: 'packages/conflict-viz/src/index.ts', budget: 60 * KB, issue: 60 * KB },
];

const gzip = (code) => zlib.gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

let over = 0;
console.log(`${'entry'.padEnd(34)} ${'minified'.padStart(10)} ${'gzip'.padStart(9)} ${'DESIGN'.padStart(9)} ${'issue'.padStart(9)}`);
for (const { name, entry, budget, issue } of ENTRIES) {
  if (!fs.existsSync(path.join(root, entry))) {
    console.log(`${name.padEnd(34)} (not built yet: ${entry} is missing)`);
    continue;
  }
  const { code } = await bundle(entry);
  const size = gzip(code);
  const verdict = size <= budget ? 'ok' : size <= issue ? 'OVER the DESIGN.md bar, within the issue bar' : 'OVER';
  if (size > budget) over++;
  console.log(`${name.padEnd(34)} ${kb(code.length).padStart(10)} ${kb(size).padStart(9)} ${kb(budget).padStart(9)} ${kb(issue).padStart(9)}  ${verdict}`);
}
process.exit(over ? 1 : 0);
