// Server-rendered pages in Chromium (the HTML of tests/ssr/pages.ts from @lit-labs/ssr, served by the test
// server's /__ssr/ route): each element's drawing shows from its declarative shadow root before any script
// runs; then Lit's hydrate support and the elements load, and each element hydrates its server DOM without a
// mismatch, keeps one drawing, draws its data and keeps its height.
import { expect } from '@open-wc/testing';
import { EXPECTED, type PageName } from './pages.js';

const TAGS = ['ttp-attack-chart', 'border-map', 'conflict-timeline'] as const;
const SOURCES: Record<PageName, string> = { article: 'default', attribute: 'data attribute', property: 'data property' };

type Drawn = HTMLElement & { updateComplete: Promise<boolean>; dataSource: string };

async function openPage(page: PageName, width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '2400px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__ssr/${page}.html`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The errors a page reports: thrown, rejected, or logged by Lit's hydration. */
function collectErrors(win: Window): string[] {
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.message)));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const { console } = win as Window & typeof globalThis;
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  return errors;
}

/** The navigable marks: parts `mark` (in the drawing or the chronology) and the map's `border`. */
const marksOf = (root: ShadowRoot) => root.querySelectorAll('[part="plot"] [part="mark"], svg[part="svg"] [part="border"]').length;

/** Loads `client` into the page and waits for its elements to be defined and to have settled. */
async function runClient(frame: HTMLIFrameElement, client = '/tests/ssr/hydrate-client.ts') {
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = client;
  doc.head.append(script);
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  const elements = TAGS.map((tag) => doc.querySelector(tag) as Drawn);
  // The first update hydrates; a second one follows when the element measures its real width.
  for (let pass = 0; pass < 3; pass++) {
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
  }
  return elements;
}

/**
 * Heights that hold when the element hydrates: each element's at these widths, except the timeline's where it
 * turns into a chronology (below 600 px) or where its controls take more than one row (the article's, at 800 px).
 */
const CASES: { page: PageName; width: number; keepsHeight: readonly string[] }[] = [
  { page: 'article', width: 800, keepsHeight: ['ttp-attack-chart', 'border-map'] },
  { page: 'attribute', width: 800, keepsHeight: TAGS },
  { page: 'property', width: 800, keepsHeight: TAGS },
  { page: 'attribute', width: 375, keepsHeight: ['ttp-attack-chart', 'border-map'] },
];

for (const { page, width, keepsHeight } of CASES) {
  describe(`a server-rendered page (${page === 'article' ? 'no data' : `data ${page}`}, ${width} px)`, () => {
    let frame: HTMLIFrameElement;
    afterEach(() => frame?.remove());

    it('shows each drawing before any script, then hydrates without a mismatch, one drawing each, its data drawn at its width', async () => {
      frame = await openPage(page, width);
      const win = frame.contentWindow!;
      const doc = frame.contentDocument!;
      const errors = collectErrors(win);
      const heights: number[] = [];
      for (const tag of TAGS) {
        expect(win.customElements.get(tag), `${tag} is not defined yet`).to.equal(undefined);
        const root = doc.querySelector(tag)!.shadowRoot;
        expect(root, `${tag}: declarative shadow root`).to.not.equal(null);
        const box = root!.querySelector('svg[part="svg"]')!.getBoundingClientRect();
        expect(box.width, `${tag}: drawing width`).to.be.above(width / 2);
        expect(box.height, `${tag}: drawing height`).to.be.above(150);
        expect(marksOf(root!), `${tag}: marks before script`).to.equal(EXPECTED[page][tag].marks);
        heights.push(doc.querySelector(tag)!.getBoundingClientRect().height);
      }

      const elements = await runClient(frame);
      expect(errors).to.deep.equal([]);
      elements.forEach((el, i) => {
        const tag = TAGS[i];
        const root = el.shadowRoot!;
        expect(root.querySelectorAll('[part="base"]').length, `${tag}: one frame`).to.equal(1);
        expect(root.querySelectorAll('[part="plot"] svg[part="svg"]').length, `${tag}: one drawing`).to.equal(root.querySelector('.chronology') ? 0 : 1);
        expect(root.querySelector('[role="alert"]'), `${tag}: no error notice`).to.equal(null);
        expect(el.dataSource, `${tag}: data`).to.equal(SOURCES[page]);
        expect(marksOf(root), `${tag}: marks after hydration`).to.equal(EXPECTED[page][tag].marks);
        // Laid out again for the page: the server's 640 px drawing is gone (a map stops widening at 760 px).
        const viewBox = root.querySelector('svg[part="svg"]')?.getAttribute('viewBox');
        const drawnWidth = Math.min(Math.round(el.clientWidth), tag === 'border-map' ? 760 : Infinity);
        if (viewBox) expect(Number(viewBox.split(' ')[2]), `${tag}: drawn at its width`).to.equal(drawnWidth);
        if (keepsHeight.includes(tag)) expect(el.getBoundingClientRect().height, `${tag}: height kept`).to.be.closeTo(heights[i], 1.5);
      });
    });
  });
}

describe('a server-rendered page whose elements load without hydrate support', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it("replaces each server drawing with the element's own, never a second beside it", async () => {
    frame = await openPage('attribute', 800);
    const errors = collectErrors(frame.contentWindow!);
    const elements = await runClient(frame, '/tests/ssr/define-client.ts');
    expect(errors).to.deep.equal([]);
    elements.forEach((el, i) => {
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('[part="base"]').length, `${TAGS[i]}: one frame`).to.equal(1);
      expect(root.querySelectorAll('svg[part="svg"]').length, `${TAGS[i]}: one drawing`).to.equal(1);
      expect(marksOf(root), `${TAGS[i]}: marks`).to.equal(EXPECTED.attribute[TAGS[i]].marks);
    });
  });
});
