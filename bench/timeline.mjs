// <conflict-timeline> with 10,000 generated events: first render (from connecting the element to
// its cv-render plus a forced layout, in a 640 px column so the first render is at the measured
// width), in a fresh page per run both as the page's first timeline (cold) and as its second (warm),
// and one zoom step (+ or − on the focused timeline, to the end of the update plus a forced layout).
// Medians; figures are printed, nothing here is a test.
// `node bench/timeline.mjs` runs it alone; `benchTimeline()` returns rows for bench/index.mjs.
import { pathToFileURL } from 'node:url';
import { bundlePage, launchChromium, median, ms, serve } from './lib.mjs';

const EVENTS = 10_000;

export async function benchTimeline({ runs = 20, steps = 12 } = {}) {
  const server = await serve(await bundlePage('bench/timeline-entry.ts'));
  const browser = await launchChromium();
  const cold = [];
  const first = [];
  const internal = [];
  const zoom = [];
  let elements = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.addScriptTag({ url: '/bundle.js', type: 'module' });
      await page.waitForFunction(() => customElements.get('conflict-timeline') && globalThis.generateTimelineEvents);
      const result = await page.evaluate(
        async ({ count, steps }) => {
          document.body.style.width = '640px';
          /** Connect a timeline of `events`; resolve with the time to its cv-render plus a forced layout. */
          const draw = async (events) => {
            const el = document.createElement('conflict-timeline');
            el.data = events;
            const rendered = new Promise((resolve) => el.addEventListener('cv-render', (e) => resolve(e.detail), { once: true }));
            const t0 = performance.now();
            document.body.append(el);
            const detail = await rendered;
            el.shadowRoot.querySelector('svg').getBoundingClientRect();
            return { el, total: performance.now() - t0, detail };
          };
          // Cold: the page's first timeline (JIT, Intl formatters and styles all start here).
          const cold = await draw(globalThis.generateTimelineEvents(count, { seed: 1 }));
          cold.el.remove();
          // Warm: a page that has drawn a timeline before, as a newsroom page with several does.
          const { el, total, detail } = await draw(globalThis.generateTimelineEvents(count, { seed: 2 }));
          const plot = el.shadowRoot.querySelector('.plot');
          plot.focus();
          await el.updateComplete;
          const times = [];
          for (let s = 0; s < steps; s++) {
            // Six steps in, six out: every step changes the window.
            const key = s % 12 < 6 ? '+' : '-';
            const t = performance.now();
            plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
            await el.updateComplete;
            el.shadowRoot.querySelector('svg').getBoundingClientRect();
            times.push(performance.now() - t);
          }
          return { cold: cold.total, total, internal: detail.duration, marks: detail.marks, elements: el.shadowRoot.querySelectorAll('g.mark, g.cluster').length, times };
        },
        { count: EVENTS, steps },
      );
      if (result.marks !== EVENTS) throw new Error(`expected ${EVENTS} events, got ${result.marks}`);
      cold.push(result.cold);
      first.push(result.total);
      internal.push(result.internal);
      zoom.push(...result.times);
      elements = Math.max(elements, result.elements);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    [`<conflict-timeline> 10,000 events, first render (connect → cv-render + layout), median of ${first.length}`, ms(median(first)), '≤ 100 ms'],
    ['  of which scene + template (cv-render detail.duration)', ms(median(internal)), ''],
    ['  the same as the first timeline of a fresh page (cold JIT, Intl and styles)', ms(median(cold)), ''],
    [`<conflict-timeline> 10,000 events, one zoom step (+/− → update + layout), median of ${zoom.length}`, ms(median(zoom)), '≤ 16 ms'],
    ['  slowest zoom step', ms(Math.max(...zoom)), ''],
    ['  marks and counts drawn at most (of 10,000 events)', String(elements), ''],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchTimeline();
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, bar] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${bar}`);
}
