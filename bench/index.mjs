// `pnpm bench`: every benchmark, printed as a table of medians against the DESIGN.md bars, and
// written with the machine, versions, load average and date to bench/RESULTS.md. Timings are figures to
// read, not pass/fail tests: run on an otherwise idle machine (the load average is printed to judge by).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchChart } from './chart.mjs';
import { benchBorderMap } from './border-map.mjs';
import { benchTimeline } from './timeline.mjs';
import { benchPeers } from './peers.mjs';
import { THROTTLE, benchCold } from './cold.mjs';
import { profileColdChart } from './profile.mjs';
import { launchChromium } from './lib.mjs';

const here = import.meta.dirname;
const version = (pkg) => JSON.parse(fs.readFileSync(path.join(here, '..', 'node_modules', pkg, 'package.json'), 'utf8')).version;
const peerVersion = (pkg) => JSON.parse(fs.readFileSync(path.join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(', ');

const loadAtStart = loadAverage();
const rows = [];
for (const bench of [benchChart, benchBorderMap, benchTimeline]) rows.push(...(await bench()));
const peers = await benchPeers();
const cold = await benchCold();
const profile = await profileColdChart();

const browser = await launchChromium();
const chromium = browser.version();
await browser.close();

const width = Math.max(...rows.map((r) => r[0].length));
const ms = (us) => `${(us / 1000).toFixed(1).padStart(7)} ms`;
const largest = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
const lines = [
  `conflict-viz benchmarks, ${new Date().toISOString().slice(0, 10)}`,
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`,
  `load average (1, 5, 15 min): ${loadAtStart} at the start, ${loadAverage()} at the end`,
  `versions: Chromium ${chromium} (headless), Node ${process.version}, lit ${version('lit')}; peers: chart.js ${peerVersion('chart.js')}, @observablehq/plot ${peerVersion('@observablehq/plot')}, vis-timeline ${peerVersion('vis-timeline')}`,
  '',
  'Our elements (medians; connect → cv-render unless said otherwise):',
  ...rows.map(([name, value, bar]) => `  ${name.padEnd(width)}  ${value.padStart(10)}  ${bar}`),
  '',
  'Against peers: time to painted (create, append, to the end of the frame that paints it; bench/peers/painted.js),',
  'one page, libraries interleaved in a shuffled order each round after a warm-up round, medians:',
  ...peers.rows.map(([name, value, ratio, note]) => `  ${name.padEnd(48)} ${value.toFixed(2).padStart(9)} ms  ${ratio.padEnd(36)}  ${note}`),
  '',
  `Cold page loads: navigation start to the end of the frame that paints the chart, CPU throttled ${THROTTLE}×,`,
  'a fresh browser context each (empty cache), ours through the CDN loader, interleaved, medians:',
  ...cold.map(([name, value, ratio, note]) => `  ${name.padEnd(64)} ${value.toFixed(1).padStart(8)} ms  ${ratio.padEnd(36)}  ${note}`),
  '',
  `Cold path of a chart-only page through the loader (CPU not throttled; bench/profile.mjs), medians of ${profile.runs} loads:`,
  `  navigation start to painted: ${profile.painted.toFixed(1)} ms; main thread self time by kind of work:`,
  ...largest(profile.grouped, 20).map(([name, us]) => `    ${name.padEnd(40)} ${ms(us)}`),
  `    ${'other'.padEnd(40)} ${ms([...profile.other.values()].reduce((a, b) => a + b, 0))}`,
  '  JavaScript self time by module and function (unminified build), largest 15:',
  ...largest(profile.functions, 15).map(([name, us]) => `    ${name.padEnd(96)} ${ms(us)}`),
  '  Intl in a fresh page, each constructed and used once, in this order:',
  ...[...profile.intl].map(([name, value]) => `    ${name.padEnd(48)} ${value.toFixed(2).padStart(7)} ms`),
  '',
  'Gzip size (level 9), ours and the peers through the same build (Rolldown, then terser):',
  ...peers.sizes.map(([name, bytes]) => `  ${name.padEnd(52)} ${(bytes / 1000).toFixed(1).padStart(7)} KB`),
];
console.log(`\n${lines.join('\n')}`);
fs.writeFileSync(
  path.join(here, 'RESULTS.md'),
  `# Benchmark results\n\nWritten by \`pnpm bench\` (bench/index.mjs); the latest run replaces it. Timings depend on the machine and its load.\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n`,
);
console.log('\nwrote bench/RESULTS.md');
