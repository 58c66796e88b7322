// Server rendering in Node with @lit-labs/ssr: every element, with no data (the article's), with the `data`
// attribute and with the `data` property, renders its drawing into declarative shadow DOM, with no error
// notice. Node has no window, document, ResizeObserver or matchMedia: an element that reached for one
// would throw here or show its "internal error" notice, which these tests catch.
// Run by `pnpm test` with Node's test runner: node --test tests/ssr/render.test.mjs
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { loadServer } from './build-server.mjs';

/** Browser globals an element must not reach for on a server; each read is recorded (and gives undefined, as in Node). */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'ResizeObserver',
  'MutationObserver',
  'matchMedia',
  'requestAnimationFrame',
  'getComputedStyle',
  'CSS',
];
const reached = [];

let server;
before(async () => {
  server = await loadServer();
  // Lit and @lit-labs/ssr have loaded: from here on, only rendering runs.
  for (const name of BROWSER_GLOBALS) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => void reached.push(`${name} ${new Error().stack.split('\n')[2].trim()}`),
    });
  }
});

/** Each element of the rendered page: its tag and its markup from its declarative shadow root to the next element. */
function elementsOf(markup) {
  const pattern = /<(ttp-attack-chart|border-map|conflict-timeline)\b[^>]*><template shadowroot="open" shadowrootmode="open">/g;
  const matches = [...markup.matchAll(pattern)];
  return matches.map((match, i) => ({ tag: match[1], shadow: markup.slice(match.index + match[0].length, matches[i + 1]?.index) }));
}

const count = (text, pattern) => (text.match(pattern) ?? []).length;

/** The plot's SVG: the one with part="svg" (the chart, the timeline) or class="map" (the map). */
function plotSvg(shadow) {
  const plot = shadow.slice(shadow.indexOf('part="plot"'));
  const start = plot.indexOf('<svg');
  assert.notEqual(start, -1, 'no <svg> in the plot');
  return plot.slice(start, plot.indexOf('</svg>', start));
}

for (const page of ['article', 'attribute', 'property']) {
  test(`server rendering, ${page === 'article' ? 'no data (the article)' : `data ${page}`}: each element draws its SVG with its marks and no alert`, () => {
    const markup = server.renderElements(page);
    const elements = elementsOf(markup);
    assert.deepEqual(
      elements.map((e) => e.tag),
      ['ttp-attack-chart', 'border-map', 'conflict-timeline'],
    );
    for (const { tag, shadow } of elements) {
      const expected = server.EXPECTED[page][tag];
      assert.doesNotMatch(shadow, /role="alert"/, `${tag}: an error notice`);
      const svg = plotSvg(shadow);
      assert.match(svg, /viewBox="0 0 \d+ \d+"/, `${tag}: the SVG has no viewBox`);
      assert.equal(count(svg, /<[a-z]+\s[^>]*\bpart="(mark|border)"/g), expected.marks, `${tag}: marks`);
      if (expected.countries) assert.ok(count(svg, /class="country\b/g) >= expected.countries, `${tag}: ${expected.countries} countries`);
      // The box the plot keeps is the drawing's height, so nothing moves when the browser takes over.
      const height = Number(/viewBox="0 0 \d+ (\d+)"/.exec(svg)[1]);
      // A boxed frame (the chart's, the map's) has its height from CSS, the same before and after the script.
      if (/class="frame boxed/.test(shadow)) assert.doesNotMatch(shadow, /part="plot"[^>]*style="min-height/, `${tag}: the box is CSS's`);
      else assert.match(shadow, new RegExp(`part="plot"[^>]*style="min-height:${height}px"`), `${tag}: the plot reserves ${height}px`);
    }
  });
}

test('server rendering reaches for no browser global (window, document, ResizeObserver, matchMedia, CSS…)', () => {
  reached.length = 0;
  for (const page of ['article', 'attribute', 'property']) server.renderElements(page);
  assert.deepEqual(reached, []);
});

test('server rendering writes text from the page as text, never as markup', () => {
  const [chart] = elementsOf(server.renderElements('attribute'));
  const escaped = server.MARKUP_HEADING.replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  assert.match(chart.shadow, new RegExp(`part="heading"[^>]*>(<!--[^>]*-->)*${escaped}<`));
  assert.doesNotMatch(chart.shadow, /<b>/);
});
