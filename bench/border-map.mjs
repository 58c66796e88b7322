// <border-map>: first render of the default map (cold: a fresh page per run, once its renderer is
// idle, see settle() in lib.mjs; from connecting the element to its first cv-render, so it includes
// compiling the code and loading Intl's locale data), a second map on the same page (warm: the
// geometry keeps its projected view per size, so a second map of the same width reuses it), a second
// map at another width (warm code, but projected afresh), the same with the events layer, and one zoom
// step (keyboard +, reduced motion, so the step is a single re-render: a transform and the labels, no
// new paths). Figures are printed; nothing here is a test.
// `node bench/border-map.mjs` runs it alone; `benchBorderMap()` returns rows for bench/index.mjs.
import { pathToFileURL } from 'node:url';
import { bundlePage, launchChromium, median, ms, serve, settle } from './lib.mjs';

export async function benchBorderMap({ runs = 30 } = {}) {
  const server = await serve(await bundlePage('packages/border-map/src/index.ts'));
  const browser = await launchChromium();
  const first = [];
  const internal = [];
  const events = [];
  const warm = [];
  const resized = [];
  const zoom = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ reducedMotion: 'reduce' });
      await page.goto(server.url);
      await page.addScriptTag({ url: '/bundle.js', type: 'module' });
      await page.waitForFunction(() => customElements.get('border-map'));
      await settle();
      const result = await page.evaluate(async () => {
        const el = document.createElement('border-map');
        const rendered = new Promise((resolve) => el.addEventListener('cv-render', (e) => resolve(e.detail), { once: true }));
        const t0 = performance.now();
        document.body.append(el);
        const detail = await rendered;
        const total = performance.now() - t0;
        const border = el.shadowRoot.querySelector('path[part="border"]');
        // One zoom step, as a reader presses +.
        const plot = el.shadowRoot.querySelector('.plot');
        await el.updateComplete;
        const t1 = performance.now();
        plot.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, composed: true }));
        await el.updateComplete;
        return { total, internal: detail.duration, zoom: performance.now() - t1, drawn: !!border?.getAttribute('d') };
      });
      if (!result.drawn) throw new Error('the Durand Line was not drawn');
      first.push(result.total);
      internal.push(result.internal);
      zoom.push(result.zoom);
      const again = (layers, width) =>
        page.evaluate(
          async ([value, px]) => {
            const el = document.createElement('border-map');
            if (value) el.setAttribute('layers', value);
            if (px) el.style.width = `${px}px`;
            const rendered = new Promise((resolve) => el.addEventListener('cv-render', resolve, { once: true }));
            const t0 = performance.now();
            document.body.replaceChildren(el);
            await rendered;
            return performance.now() - t0;
          },
          [layers, width],
        );
      // The same page again: code compiled, Intl's locale data loaded, as on a page with a second map.
      warm.push(await again(null));
      // Another width: nothing projected for it yet (each run's width is new to the page).
      resized.push(await again(null, 600 + i));
      events.push(await again('places events inset'));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    ['<border-map> default map, first render (connect → cv-render), median of ' + first.length, ms(median(first)), '≤ 16 ms'],
    ['  of which scene + template (cv-render detail.duration)', ms(median(internal)), ''],
    ['<border-map> default map, a second map on the same page, median of ' + warm.length, ms(median(warm)), '≤ 16 ms'],
    ['<border-map> default map, a second map at another width (projected afresh), median of ' + resized.length, ms(median(resized)), '≤ 16 ms'],
    ['<border-map> with the events layer (79 districts), a second map, median of ' + events.length, ms(median(events)), '≤ 16 ms'],
    ['<border-map> one zoom step (+), median of ' + zoom.length, ms(median(zoom)), '≤ 16 ms'],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchBorderMap();
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, bar] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${bar}`);
}
