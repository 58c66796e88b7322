// `pnpm bench`: every benchmark, printed as a table of medians against the DESIGN.md bars.
// Timings are figures to read, not pass/fail tests. Run on an otherwise idle machine.
import fs from 'node:fs';
import { benchChart } from './chart.mjs';
import { benchBorderMap } from './border-map.mjs';

const benches = [benchChart, benchBorderMap];
const rows = [];
for (const bench of benches) rows.push(...(await bench()));
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\n${'measure'.padEnd(width)}  ${'median'.padStart(10)}  bar`);
for (const [name, value, bar] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${bar}`);
if (process.argv.includes('--write')) fs.writeFileSync('bench/last-run.json', JSON.stringify(rows, null, 2));
