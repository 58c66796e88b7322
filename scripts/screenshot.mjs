// Screenshots for the README: each element with the article's data, from the CDN bundle, in
// headless Chromium. `node scripts/screenshot.mjs` writes docs/<tag>.png.
import path from 'node:path';
import { bundle } from './bundle.mjs';
import { launchChromium } from './chromium.mjs';
import { serve } from '../bench/lib.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { code } = await bundle('packages/conflict-viz/src/index.ts');
const server = await serve({
  '/': { type: 'text/html', body: '<!doctype html><html lang="en"><body style="margin:0;padding:16px;width:760px;background:#fff"></body></html>' },
  '/conflict-viz.js': { type: 'text/javascript', body: code },
});
const browser = await launchChromium();
try {
  for (const tag of ['ttp-attack-chart', 'border-map', 'conflict-timeline']) {
    const page = await browser.newPage({ viewport: { width: 792, height: 600 }, deviceScaleFactor: 1 });
    await page.goto(server.url);
    await page.addScriptTag({ url: '/conflict-viz.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('ttp-attack-chart'));
    if (!(await page.evaluate((t) => !!customElements.get(t), tag))) {
      await page.close();
      continue;
    }
    await page.evaluate((t) => document.body.append(document.createElement(t)), tag);
    await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('svg'), tag);
    await page.waitForTimeout(300);
    const file = path.join(root, 'docs', `${tag}.png`);
    await page.locator(tag).screenshot({ path: file });
    console.log(`wrote ${path.relative(root, file)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
