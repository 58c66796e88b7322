// Cumulative Layout Shift while the elements load, measured as Chrome reports it (a `layout-shift`
// PerformanceObserver in the page, as the web-vitals library does): the CDN loader arrives 1.5 s late,
// conflict-viz.css is in the <head>, text sits between the elements, and two elements' data (`src`)
// arrives after the script. At a phone's and a laptop's size: the figure Chrome reports for the viewport,
// and, for the whole page (below the fold too, and whatever frames Chrome paints), where every block of
// the page is before the script runs and at the end. Needs the CDN files (`pnpm build:bundle`; pnpm test builds them).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@conflict-viz/conflict-timeline';
import { settled, type CvHost } from './helpers.js';

interface Shift {
  readonly value: number;
  readonly time: number;
  readonly sources: readonly string[];
}

interface ShiftReport {
  readonly shifts: readonly Shift[];
  readonly outcome: Record<string, string>;
  readonly heights: Record<string, number>;
  /** Every block of the page (name, top, height) once the body is parsed, before the script, and at the end. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** Elements defined by the time `before` was taken: none, or it was not before the script. */
  readonly definedBefore: readonly string[];
}

/** The page in a frame of that size, shown whole: the test's own viewport is set to hold it. */
async function loadPage(width: number, height: number): Promise<ShiftReport> {
  await setViewport({ width, height });
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { position: 'fixed', top: '0', left: '0', width: `${width}px`, height: `${height}px`, border: '0' });
    const timer = setTimeout(() => reject(new Error('no report from the page within 20 s')), 20_000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'layout-shift-report') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      frame.remove();
      resolve(event.data);
    });
    frame.src = '/tests/layout-shift/page.html';
    document.body.append(frame);
  });
}

describe('layout shift while the elements load (script 1.5 s late, data later still)', function () {
  this.timeout(60_000);

  for (const [device, width, height] of [
    ['phone', 375, 667],
    ['laptop', 1280, 800],
  ] as const) {
    it(`CLS is 0 at ${width} px (${device})`, async () => {
      const report = await loadPage(width, height);
      const cls = report.shifts.reduce((sum, shift) => sum + shift.value, 0);
      // The figure, in the test output.
      console.log(`CLS at ${width}×${height} px: ${cls.toFixed(4)} (${report.shifts.length} shifts); heights ${JSON.stringify(report.heights)}`);
      expect(Object.values(report.outcome), 'every element drew').to.deep.equal(['cv-render', 'cv-render', 'cv-render', 'cv-render', 'cv-render']);
      expect(report.definedBefore, 'measured before the script').to.deep.equal([]);
      expect(report.after, 'every block keeps its place and height').to.deep.equal(report.before);
      expect(
        report.shifts.flatMap((shift) => shift.sources),
        'what moved',
      ).to.deep.equal([]);
      expect(cls).to.equal(0);
    });
  }
});

describe("the article's timeline: the height conflict-viz.css reserves is the height it draws", function () {
  this.timeout(60_000);

  it('at the widths of phones, tablets and columns', async () => {
    await setViewport({ width: 1400, height: 900 });
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { border: '0', height: '100px' });
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/layout-shift/reserved.html';
    document.body.append(frame);
    await loaded;
    const reserved = frame.contentDocument!.querySelector('conflict-timeline')!;
    const box = await fixture<HTMLDivElement>(html`<div><conflict-timeline></conflict-timeline></div>`);
    const drawn = box.firstElementChild as CvHost;
    try {
      for (const width of [300, 320, 360, 375, 414, 480, 600, 768, 1024, 1280]) {
        frame.style.width = `${width}px`;
        box.style.width = `${width}px`;
        await settled(drawn);
        await new Promise(requestAnimationFrame);
        await settled(drawn);
        expect(reserved.getBoundingClientRect().height, `${width} px`).to.be.closeTo(drawn.getBoundingClientRect().height, 0.5);
      }
    } finally {
      frame.remove();
    }
  });
});
