// `pnpm bench`: every benchmark, printed as a table of medians against the DESIGN.md bars, and
// written with the machine, versions and date to bench/RESULTS.md. Timings are figures to read,
// not pass/fail tests: run on an otherwise idle machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchChart } from './chart.mjs';
import { benchBorderMap } from './border-map.mjs';
import { benchTimeline } from './timeline.mjs';
import { benchPeers } from './peers.mjs';
import { launchChromium } from './lib.mjs';

const here = import.meta.dirname;
const version = (pkg) => JSON.parse(fs.readFileSync(path.join(here, '..', 'node_modules', pkg, 'package.json'), 'utf8')).version;
const peerVersion = (pkg) => JSON.parse(fs.readFileSync(path.join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;

const rows = [];
for (const bench of [benchChart, benchBorderMap, benchTimeline]) rows.push(...(await bench()));
const peers = await benchPeers();

const browser = await launchChromium();
const chromium = browser.version();
await browser.close();

const width = Math.max(...rows.map((r) => r[0].length));
const lines = [
  `conflict-viz benchmarks, ${new Date().toISOString().slice(0, 10)}`,
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}, load average ${os.loadavg()[0].toFixed(2)} at the end`,
  `versions: Chromium ${chromium} (headless), Node ${process.version}, lit ${version('lit')}; peers: chart.js ${peerVersion('chart.js')}, @observablehq/plot ${peerVersion('@observablehq/plot')}, vis-timeline ${peerVersion('vis-timeline')}`,
  '',
  'Our elements (medians):',
  ...rows.map(([name, value, bar]) => `  ${name.padEnd(width)}  ${value.padStart(10)}  ${bar}`),
  '',
  `Against peers: first render, median of interleaved runs in one page, after a warm-up round for every library:`,
  ...peers.rows.map(([name, value, ratio]) => `  ${name.padEnd(48)} ${value.toFixed(2).padStart(9)} ms  ${ratio}`),
  '',
  'Gzip size (level 9), ours and the peers through the same build (esbuild, then terser):',
  ...peers.sizes.map(([name, bytes]) => `  ${name.padEnd(48)} ${(bytes / 1000).toFixed(1).padStart(7)} KB`),
];
console.log(`\n${lines.join('\n')}`);
fs.writeFileSync(
  path.join(here, 'RESULTS.md'),
  `# Benchmark results\n\nWritten by \`pnpm bench\` (bench/index.mjs); the latest run replaces it. Timings depend on the machine and its load.\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n`,
);
console.log('\nwrote bench/RESULTS.md');
