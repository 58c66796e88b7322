// <ttp-attack-chart>: first render of the default dataset, from connecting the element to its first
// cv-render: cold (the first chart of a fresh page once its renderer is idle, see settle() in lib.mjs,
// so it includes compiling the code and loading Intl's locale data) and warm (a second chart on that
// page); and 100,000 yearly values (first render and one keyboard step). Figures are printed;
// nothing here is a test.
import { bundlePage, launchChromium, median, ms, serve, settle } from './lib.mjs';

export async function benchChart({ runs = 30 } = {}) {
  const server = await serve(await bundlePage('packages/ttp-attack-chart/src/index.ts'));
  const browser = await launchChromium();
  const first = [];
  const warm = [];
  const internal = [];
  const large = [];
  const step = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.addScriptTag({ url: '/bundle.js', type: 'module' });
      await page.waitForFunction(() => customElements.get('ttp-attack-chart'));
      await settle();
      const draw = () =>
        page.evaluate(async () => {
          const el = document.createElement('ttp-attack-chart');
          const rendered = new Promise((resolve) => el.addEventListener('cv-render', (e) => resolve(e.detail), { once: true }));
          const t0 = performance.now();
          document.body.replaceChildren(el);
          const detail = await rendered;
          return { total: performance.now() - t0, internal: detail.duration, bars: el.shadowRoot.querySelectorAll('rect.bar').length };
        });
      const result = await draw();
      if (result.bars !== 15) throw new Error(`expected 15 bars, got ${result.bars}`);
      first.push(result.total);
      const again = await draw();
      warm.push(again.total);
      internal.push(again.internal);
      if (i < Math.min(runs, 20)) {
        const big = await page.evaluate(async () => {
          const rows = Array.from({ length: 100_000 }, (_, year) => ({ year, events: (year * 7919) % 1000 }));
          const el = document.createElement('ttp-attack-chart');
          el.setAttribute('annotations', '[]');
          el.data = rows;
          const rendered = new Promise((resolve) => el.addEventListener('cv-render', resolve, { once: true }));
          const t0 = performance.now();
          document.body.replaceChildren(el);
          await rendered;
          const t1 = performance.now();
          const plot = el.shadowRoot.querySelector('.plot');
          plot.focus();
          await el.updateComplete;
          const t2 = performance.now();
          plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
          await el.updateComplete;
          return { first: t1 - t0, step: performance.now() - t2 };
        });
        large.push(big.first);
        step.push(big.step);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    ['<ttp-attack-chart> default data, first render, cold (first chart of a fresh page), median of ' + first.length, ms(median(first)), '≤ 16 ms'],
    ['<ttp-attack-chart> default data, first render, warm (a second chart on the page), median of ' + warm.length, ms(median(warm)), '≤ 16 ms'],
    ['  of which scene + template (cv-render detail.duration), warm', ms(median(internal)), ''],
    ['<ttp-attack-chart> 100,000 values, first render, median of ' + large.length, ms(median(large)), '≤ 100 ms'],
    ['<ttp-attack-chart> 100,000 values, one keyboard step, median of ' + step.length, ms(median(step)), '≤ 16 ms'],
  ];
}
