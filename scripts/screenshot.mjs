// Screenshots of the elements as a reader's page shows them: each tag with the article's data, from the
// CDN loader and its stylesheet, in headless Chromium, in a blog column at a device's width, light and dark.
// `node scripts/screenshot.mjs [--tags a,b] [--widths 320,768] [--themes light,dark] [--out dir]` writes
// <dir>/<tag>-<width>-<theme>.png (default dir: docs/screenshots), the whole page: a line of text above
// and below the element, so a screenshot also shows whether the page around it scrolls sideways.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildCdnFiles } from './build-bundle.mjs';
import { launchChromium } from './chromium.mjs';
import { serve } from '../bench/lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshots' },
    tags: { type: 'string', default: 'ttp-attack-chart,border-map,conflict-timeline' },
    widths: { type: 'string', default: '320,375,768,1280' },
    themes: { type: 'string', default: 'light,dark' },
  },
});
const list = (text) => text.split(',').filter(Boolean);
const out = path.resolve(root, values.out);
fs.mkdirSync(out, { recursive: true });

/** What each element is given: the README's snippet. */
const ATTRIBUTES = { 'border-map': { layers: 'places events inset' } };
const PAGE_COLORS = { light: 'background:#fff;color:#1b1d21', dark: 'background:#111418;color:#e8eaed' };

const page = (tag, theme) => {
  const attributes = Object.entries({ ...ATTRIBUTES[tag], theme })
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/conflict-viz.css"><script type="module" src="/conflict-viz.js"></script>
<style>body{margin:0;padding:16px;font:16px/1.5 Georgia,serif;${PAGE_COLORS[theme]}}</style></head>
<body><p>Text of the post before the element.</p><${tag}${attributes}></${tag}><p>Text after it.</p></body></html>`;
};

const { files } = await buildCdnFiles();
const served = Object.fromEntries(
  Object.entries(files).map(([name, body]) => [`/${name}`, { type: name.endsWith('.css') ? 'text/css' : 'text/javascript', body }]),
);
const tags = list(values.tags);
const themes = list(values.themes);
for (const tag of tags) for (const theme of themes) served[`/${tag}-${theme}.html`] = { type: 'text/html', body: page(tag, theme) };
const server = await serve(served);
const browser = await launchChromium();
try {
  for (const tag of tags) {
    for (const width of list(values.widths).map(Number)) {
      for (const theme of themes) {
        const tab = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
        await tab.goto(`${server.url}/${tag}-${theme}.html`);
        await tab.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part="svg"], [part="chronology"]'), tag);
        // fonts, the measured second layout, the last frame
        await tab.waitForTimeout(400);
        const file = path.join(out, `${tag}-${width}-${theme}.png`);
        await tab.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${path.relative(root, file)}`);
        await tab.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
