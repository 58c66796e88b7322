// Against the peers our users would otherwise pick: time to painted (creating the chart to the end of the
// frame that paints it), medians of interleaved runs in one Chromium page, and gzip sizes side by side.
// Peers are devDependencies of bench/ only.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { csvParse } from 'd3-dsv';
import { bundle } from '../scripts/bundle.mjs';
import { launchChromium, median, serve, settle } from './lib.mjs';

const here = import.meta.dirname;
// Peers and ours go through the same build (scripts/bundle.mjs: Rolldown, then terser).
const gzip = async (entry) => zlib.gzipSync((await bundle(entry)).code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * Run every renderer of a suite `runs` times in one page, in a shuffled order each round, timing each from
 * creating the chart to the end of the frame that paints it (peers/painted.js). Returns the times and the
 * number of frames each took, by renderer.
 */
async function runSuite(browser, suiteEntry, data, runs, size = { width: 640, height: 320 }) {
  const { code } = await bundle(suiteEntry);
  const server = await serve({
    '/': { type: 'text/html', body: '<!doctype html><html lang="en"><body style="margin:0"></body></html>' },
    '/suite.js': { type: 'text/javascript', body: code },
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(server.url);
    await page.addScriptTag({ url: '/suite.js', type: 'module' });
    await page.waitForFunction(() => window.suite);
    await settle();
    return await page.evaluate(
      async ({ data, runs, size }) => {
        // A number asks the page's own generator for that many timeline events (10,000 do not travel well as JSON).
        if (typeof data === 'number') data = window.makeEvents(data, { seed: 7 });
        const names = Object.keys(window.suite);
        const times = Object.fromEntries(names.map((n) => [n, []]));
        const frames = Object.fromEntries(names.map((n) => [n, []]));
        for (let run = 0; run < runs + 1; run++) {
          const order = [...names].sort(() => Math.random() - 0.5);
          for (const name of order) {
            const container = document.createElement('div');
            document.body.append(container);
            const result = await window.timeToPainted(() => window.suite[name](container, data, size));
            // The first round warms up the JIT and Intl for everyone.
            if (run > 0) {
              times[name].push(result.time);
              frames[name].push(result.frames);
            }
            result.cleanup();
            container.remove();
          }
        }
        return { times, frames };
      },
      { data, runs, size },
    );
  } finally {
    await server.close();
  }
}

/** Rows of medians, each peer with its ratio to ours (`ours` names our renderer). */
function medianRows(label, { times, frames }, ours) {
  const base = median(times[ours]);
  return Object.entries(times).map(([name, values]) => [
    `${label}, ${name}`,
    median(values),
    name === ours ? '' : `${(median(values) / base).toFixed(2)}× ours (ours is ${(base / median(values)).toFixed(2)}× theirs)`,
    `painted in frame ${median(frames[name])} (median), ${values.length} runs`,
  ]);
}

export async function benchPeers({ runs = 30 } = {}) {
  const browser = await launchChromium();
  const rows = [];
  try {
    const yearly = csvParse(fs.readFileSync(path.join(here, '../data/ttp-yearly.csv'), 'utf8')).map((r) => ({ year: +r.year, events: +r.events }));
    const chart = await runSuite(browser, path.join(here, 'peers/chart-suite.js'), yearly, runs);
    rows.push(...medianRows('yearly bars (15 years)', chart, '<ttp-attack-chart>'));
    for (const count of [1_000, 10_000]) {
      const timeline = await runSuite(browser, path.join(here, 'peers/timeline-suite.js'), count, count > 1000 ? Math.ceil(runs / 3) : runs, {
        width: 960,
        height: 400,
      });
      rows.push(...medianRows(`timeline (${count.toLocaleString('en')} events)`, timeline, '<conflict-timeline>'));
    }
  } finally {
    await browser.close();
  }
  const sizes = [
    ['<ttp-attack-chart> (with Lit and its data)', await gzip(path.join(here, '../packages/ttp-attack-chart/src/index.ts'))],
    ['Chart.js bar chart (tree-shaken)', await gzip(path.join(here, 'peers/chartjs.js'))],
    ['Observable Plot barY', await gzip(path.join(here, 'peers/plot.js'))],
    ['<conflict-timeline> (with Lit and its data)', await gzip(path.join(here, '../packages/conflict-timeline/src/index.ts'))],
    ['vis-timeline (standalone build)', await gzip(path.join(here, 'peers/vis-timeline.js'))],
    ['all three elements in one file (conflict-viz.all.js)', await gzip(path.join(here, '../packages/conflict-viz/src/index.ts'))],
  ];
  return { rows, sizes, runs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, sizes, runs } = await benchPeers();
  console.log(
    `time to painted, median of interleaved runs in one page (charts 640×320, ${runs} runs; timelines 960×400, ${runs} and ${Math.ceil(runs / 3)} runs):`,
  );
  for (const [name, value, ratio, note] of rows) console.log(`  ${name.padEnd(48)} ${value.toFixed(2).padStart(8)} ms  ${ratio}  ${note}`);
  console.log('gzip size:');
  for (const [name, bytes] of sizes) console.log(`  ${name.padEnd(44)} ${kb(bytes).padStart(9)}`);
}
