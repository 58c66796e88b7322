// Cold page loads on a phone-like CPU: from navigation start to the end of the first frame that paints the
// chart, each load in a fresh browser context (empty cache, new renderer) with the CPU throttled 4× through
// the DevTools protocol (Emulation.setCPUThrottlingRate), as Lighthouse does for a mid-range phone. Ours
// loads through the real CDN loader (conflict-viz.js, its element module and chunks, as `pnpm build:bundle`
// writes them); each peer loads one module made by the same build. The libraries take turns in a shuffled
// order each round, so a busy moment of the machine does not fall on one of them. Served from 127.0.0.1:
// no network latency, so the loader's extra round trips (loader, then element module, then chunks) cost
// nothing here that they would cost on a real network.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { csvParse } from 'd3-dsv';
import { bundle } from '../scripts/bundle.mjs';
import { buildCdnFiles } from '../scripts/build-bundle.mjs';
import { launchChromium, median, serve, settle } from './lib.mjs';

const here = import.meta.dirname;
const THROTTLE = 4;

/**
 * First in every page, a classic inline script: in each frame, a message posted from an animation-frame
 * callback runs once the frame is rendered (see peers/painted.js); the first such moment at which
 * `isDrawn()` holds is stored in `window.painted`, in milliseconds from navigation start.
 */
const probe = (isDrawn) => `<script>
window.isDrawn = ${isDrawn};
(function frame() {
  requestAnimationFrame(function () {
    var channel = new MessageChannel();
    channel.port1.onmessage = function () {
      if (window.isDrawn()) window.painted = performance.now();
      else frame();
    };
    channel.port2.postMessage(null);
  });
})();
</script>`;

const page = (title, head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body style="margin:0">${body}</body></html>`;

/** Text safe inside a single-quoted HTML attribute. */
const attribute = (text) => text.replace(/&/g, '&amp;').replace(/'/g, '&#39;');

const marksDrawn = (selector, count) =>
  `function () { var el = document.querySelector('${selector}'); return !!el && !!el.shadowRoot && el.shadowRoot.querySelectorAll('[part~="mark"]').length >= ${count}; }`;

async function timelineEvents(count) {
  const result = await esbuild.build({ entryPoints: [path.join(here, '../tests/timeline-fixtures.ts')], bundle: true, format: 'esm', write: false });
  const { generateTimelineEvents } = await import(`data:text/javascript,${encodeURIComponent(result.outputFiles[0].text)}`);
  return generateTimelineEvents(count, { seed: 7 });
}

/** A module for a peer's page: reads the data from the page's JSON script and draws. */
async function peerModule(source) {
  const file = path.join(here, 'peers', `.cold-${Math.random().toString(36).slice(2)}.js`);
  fs.writeFileSync(file, source);
  try {
    return (await bundle(file)).code;
  } finally {
    fs.rmSync(file);
  }
}

/** The pages of the cold loads, by path, with the files they load (`minified: false`: our files readable, for profiles). */
export async function coldPages({ minified = true } = {}) {
  const yearly = csvParse(fs.readFileSync(path.join(here, '../data/ttp-yearly.csv'), 'utf8')).map((r) => ({ year: +r.year, events: +r.events }));
  const events = await timelineEvents(1_000);
  const json = (data) => `<script type="application/json" id="data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
  const { files } = await buildCdnFiles({ minified });
  const served = {};
  for (const [name, text] of Object.entries(files)) served[`/cdn/${name}`] = { type: 'text/javascript', body: text };
  const loader = '<script type="module" src="/cdn/conflict-viz.js"></script>';
  const drawnFlag = 'function () { return window.drawn === true; }';
  const readData = `const data = JSON.parse(document.getElementById('data').textContent);`;
  const pages = {
    'chart: <ttp-attack-chart> through the loader': page(
      'ours',
      probe(marksDrawn('ttp-attack-chart', yearly.length)) + loader,
      `<ttp-attack-chart style="width:640px" annotations="[]" data='${attribute(JSON.stringify(yearly))}'></ttp-attack-chart>`,
    ),
    'chart: Chart.js': page('Chart.js', probe(drawnFlag) + '<script type="module" src="/chartjs.js"></script>', `<div id="chart"></div>${json(yearly)}`),
    'chart: Observable Plot': page('Plot', probe(drawnFlag) + '<script type="module" src="/plot.js"></script>', `<div id="chart"></div>${json(yearly)}`),
    'timeline (1,000 events): <conflict-timeline> through the loader': page(
      'ours',
      probe(marksDrawn('conflict-timeline', 1)) + loader,
      `<conflict-timeline style="width:960px" data='${attribute(JSON.stringify(events))}'></conflict-timeline>`,
    ),
    'timeline (1,000 events): vis-timeline': page(
      'vis-timeline',
      probe("function () { return document.querySelector('.vis-item') !== null; }") + '<script type="module" src="/vis-timeline.js"></script>',
      `<div id="chart"></div>${json(events)}`,
    ),
    'map: <border-map>, the default map, through the loader': page(
      'ours',
      probe(
        `function () { var el = document.querySelector('border-map'); var border = el && el.shadowRoot && el.shadowRoot.querySelector('[part~="border"]'); return !!border && !!border.getAttribute('d'); }`,
      ) + loader,
      '<border-map style="width:800px"></border-map>',
    ),
  };
  const routes = Object.fromEntries(Object.keys(pages).map((name, i) => [name, `/page-${i}`]));
  for (const [name, html] of Object.entries(pages)) served[routes[name]] = { type: 'text/html', body: html };
  served['/blank'] = { type: 'text/html', body: page('blank', '', '') };
  const size = { width: 640, height: 320 };
  served['/chartjs.js'] = {
    type: 'text/javascript',
    body: await peerModule(
      `import { renderChartJs } from './chartjs.js';\n${readData}\nrenderChartJs(document.getElementById('chart'), data, ${JSON.stringify(size)});\nwindow.drawn = true;`,
    ),
  };
  served['/plot.js'] = {
    type: 'text/javascript',
    body: await peerModule(
      `import { renderPlot } from './plot.js';\n${readData}\nrenderPlot(document.getElementById('chart'), data, ${JSON.stringify(size)});\nwindow.drawn = true;`,
    ),
  };
  served['/vis-timeline.js'] = {
    type: 'text/javascript',
    body: await peerModule(
      `import { renderVisTimeline } from './vis-timeline.js';\n${readData}\nrenderVisTimeline(document.getElementById('chart'), data, { width: 960, height: 400 });`,
    ),
  };
  return { served, routes };
}

/**
 * One cold load of `route`: returns the milliseconds from navigation start to painted. `around(tab, cdp,
 * load)` may wrap the navigation (to trace or profile it); `throttle` is the CPU slowdown.
 */
export async function coldLoad(browser, base, route, { throttle = THROTTLE, around = (tab, cdp, load) => load() } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  try {
    const tab = await context.newPage();
    // The same origin first, so the renderer that loads the page has finished starting (settle()).
    await tab.goto(`${base}/blank`);
    await settle();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    return await around(tab, cdp, async () => {
      await tab.goto(`${base}${route}`);
      const painted = await tab.waitForFunction(() => window.painted, null, { timeout: 60_000 });
      return await painted.jsonValue();
    });
  } finally {
    await context.close();
  }
}

export async function benchCold({ runs = 30 } = {}) {
  const { served, routes } = await coldPages();
  const server = await serve(served);
  const browser = await launchChromium();
  const times = Object.fromEntries(Object.keys(routes).map((name) => [name, []]));
  try {
    for (let run = 0; run < runs; run++) {
      for (const name of Object.keys(routes).sort(() => Math.random() - 0.5)) times[name].push(await coldLoad(browser, server.url, routes[name]));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ratio = (name, ours) =>
    `${(median(times[name]) / median(times[ours])).toFixed(2)}× ours (ours is ${(median(times[ours]) / median(times[name])).toFixed(2)}× theirs)`;
  const chart = 'chart: <ttp-attack-chart> through the loader';
  const timeline = 'timeline (1,000 events): <conflict-timeline> through the loader';
  return Object.keys(routes).map((name) => [
    name,
    median(times[name]),
    name.startsWith('chart: ') && name !== chart ? ratio(name, chart) : name.startsWith('timeline') && name !== timeline ? ratio(name, timeline) : '',
    `${times[name].length} loads`,
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchCold({ runs: Number(process.env.RUNS ?? 30) });
  console.log(`cold page load to painted, CPU throttled ${THROTTLE}×, medians:`);
  for (const [name, value, ratio, note] of rows) console.log(`  ${name.padEnd(64)} ${value.toFixed(1).padStart(8)} ms  ${ratio}  ${note}`);
}

export { THROTTLE };
