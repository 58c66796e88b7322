// <conflict-timeline> with 10,000 generated events: first render (from connecting the element to
// its cv-render plus a forced layout, in a 640 px column so the first render is at the measured
// width), in a fresh page per run as the page's first timeline (cold), its second (warm) and its fourth,
// once the page's renderer is idle (see settle() in lib.mjs; also printed without that wait),
// and one zoom step (+ or − on the focused timeline, to the end of the update plus a forced layout).
// Wall-clock medians, and beside them the on-CPU time of the page's main thread (Linux schedstat),
// which other processes on a shared machine do not inflate. Figures are printed; nothing is a test.
// `node bench/timeline.mjs` runs it alone; `benchTimeline()` returns rows for bench/index.mjs.
import { pathToFileURL } from 'node:url';
import { bundlePage, cpuBetween, launchChromium, median, ms, rendererCpu, serve, settle } from './lib.mjs';

const EVENTS = 10_000;

/**
 * A fresh page with the element, four sets of generated events and `draw(events)`, which connects a
 * timeline and resolves with the time to its cv-render plus a forced layout.
 */
async function openPage(browser, server) {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.addScriptTag({ url: '/bundle.js', type: 'module' });
  await page.waitForFunction(() => customElements.get('conflict-timeline') && globalThis.generateTimelineEvents);
  await page.evaluate((count) => {
    document.body.style.width = '640px';
    globalThis.events = [1, 2, 3, 4].map((seed) => globalThis.generateTimelineEvents(count, { seed }));
    globalThis.draw = async (events) => {
      const el = document.createElement('conflict-timeline');
      el.data = events;
      const rendered = new Promise((resolve) => el.addEventListener('cv-render', (e) => resolve(e.detail), { once: true }));
      const t0 = performance.now();
      document.body.append(el);
      const detail = await rendered;
      el.shadowRoot.querySelector('svg').getBoundingClientRect();
      return { el, total: performance.now() - t0, detail };
    };
  }, EVENTS);
  return page;
}

export async function benchTimeline({ runs = 20, steps = 12 } = {}) {
  const server = await serve(await bundlePage('bench/timeline-entry.ts'));
  const browser = await launchChromium();
  const cold = [];
  const first = [];
  const internal = [];
  const zoom = [];
  const firstCpu = [];
  const zoomCpu = [];
  const fourth = [];
  const settled = [];
  const busyCold = [];
  const busySecond = [];
  let elements = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const page = await openPage(browser, server);
      settled.push(await settle());
      // Cold: the page's first timeline (JIT, Intl formatters and styles all start here).
      const coldTime = await page.evaluate(async () => {
        const { el, total } = await globalThis.draw(globalThis.events[0]);
        el.remove();
        return total;
      });
      // Warm: a page that has drawn a timeline before, as a newsroom page with several does.
      const cpu0 = rendererCpu();
      const warm = await page.evaluate(async () => {
        const { el, total, detail } = await globalThis.draw(globalThis.events[1]);
        globalThis.timeline = el;
        return { total, internal: detail.duration, marks: detail.marks, elements: el.shadowRoot.querySelectorAll('g.mark, g.cluster').length };
      });
      const cpu1 = rendererCpu();
      await page.evaluate(async () => {
        globalThis.timeline.shadowRoot.querySelector('.plot').focus();
        await globalThis.timeline.updateComplete;
      });
      const cpu2 = rendererCpu();
      const times = await page.evaluate(async (steps) => {
        const el = globalThis.timeline;
        const plot = el.shadowRoot.querySelector('.plot');
        const out = [];
        for (let s = 0; s < steps; s++) {
          // Six steps in, six out: every step changes the window.
          const key = s % 12 < 6 ? '+' : '-';
          const t = performance.now();
          plot.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          await el.updateComplete;
          el.shadowRoot.querySelector('svg').getBoundingClientRect();
          out.push(performance.now() - t);
        }
        return out;
      }, steps);
      const cpu3 = rendererCpu();
      // Later timelines of the same page, once V8 has compiled the code the first two ran hot.
      const later = await page.evaluate(async () => {
        globalThis.timeline.remove();
        (await globalThis.draw(globalThis.events[2])).el.remove();
        return (await globalThis.draw(globalThis.events[3])).total;
      });
      fourth.push(later);
      if (warm.marks !== EVENTS) throw new Error(`expected ${EVENTS} events, got ${warm.marks}`);
      cold.push(coldTime);
      first.push(warm.total);
      internal.push(warm.internal);
      zoom.push(...times);
      elements = Math.max(elements, warm.elements);
      const renderCpu = cpuBetween(cpu0, cpu1);
      const stepsCpu = cpuBetween(cpu2, cpu3);
      if (renderCpu !== undefined) firstCpu.push(renderCpu);
      if (stepsCpu !== undefined) zoomCpu.push(stepsCpu / steps);
      await page.close();
    }
    // The same first renders on pages that do not wait for Chromium's start-up work to end.
    for (let i = 0; i < runs / 2; i++) {
      const page = await openPage(browser, server);
      const [coldTime, secondTime] = await page.evaluate(async () => {
        const times = [];
        for (const events of globalThis.events.slice(0, 2)) {
          const { el, total } = await globalThis.draw(events);
          el.remove();
          times.push(total);
        }
        return times;
      });
      busyCold.push(coldTime);
      busySecond.push(secondTime);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const rows = [
    [`<conflict-timeline> 10,000 events, first render (connect → cv-render + layout), median of ${first.length}`, ms(median(first)), '≤ 100 ms'],
    ['  of which scene + template (cv-render detail.duration)', ms(median(internal)), ''],
    ['  the same as the first timeline of a fresh page (cold JIT, Intl and styles)', ms(median(cold)), ''],
    ['  the same as the fourth timeline of the page (JIT warm)', ms(median(fourth)), ''],
    [`  waited before measuring for a fresh page's renderer to go idle (Chromium's start-up), median`, ms(median(settled)), ''],
    [`  first render without that wait, median of ${busySecond.length}`, ms(median(busySecond)), ''],
    ['  the same as the first timeline of the page, without that wait', ms(median(busyCold)), ''],
    [`<conflict-timeline> 10,000 events, one zoom step (+/− → update + layout), median of ${zoom.length}`, ms(median(zoom)), '≤ 16 ms'],
    ['  slowest zoom step', ms(Math.max(...zoom)), ''],
    ['  marks and counts drawn at most (of 10,000 events)', String(elements), ''],
  ];
  if (firstCpu.length) {
    rows.push(
      ['  first render, main-thread CPU time (not inflated by other processes)', ms(median(firstCpu)), ''],
      ['  zoom step, main-thread CPU time (not inflated by other processes)', ms(median(zoomCpu)), ''],
    );
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchTimeline();
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, bar] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${bar}`);
}
