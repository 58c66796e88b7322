// Hostile colours: a category colour is the one place data reaches CSS. Each colour outside core's closed
// grammar is refused with a notice naming the row and how to fix it, and none makes the page request a URL,
// however it hides one (a var() fallback, a CSS escape, a second declaration).
import { expect } from '@open-wc/testing';
import { readColor } from '@conflict-viz/core';
import '@conflict-viz/conflict-timeline';
import { $$, mount, nextFrame, notice, settled, sleep, type CvHost } from '../helpers.js';
import { html } from 'lit';

/** Each request for a URL under /__probe/ the page made, as Resource Timing records it (failed requests too). */
const probes = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/__probe/'));

const GOOD = [
  '#1d6fb8',
  '#abc',
  '#11223380',
  'rgb(10, 20, 30)',
  'rgba(10,20,30,0.5)',
  'rgb(10 20 30 / 50%)',
  'hsl(120deg 50% 40%)',
  'hsla(120, 50%, 40%, .5)',
  'teal',
  'RebeccaPurple',
  'currentColor',
  'var(--cv-color-category-2)',
  'var(--cv-brand, #123456)',
  'var(--cv-a, var(--cv-b, teal))',
];

/** Each carries a URL (its number names it in /__probe/) or something else than a colour. */
const BAD = [
  'url(/__probe/1)',
  'var(--x, url(/__probe/2))',
  'var(--cv-x, url(/__probe/3))',
  String.raw`\75 rl(/__probe/4)`,
  String.raw`var(--cv-x, \75 rl(/__probe/5))`,
  String.raw`u\rl(/__probe/6)`,
  'image-set("/__probe/7" 1x)',
  'red; background-image: url(/__probe/8)',
  'red;--_k:url(/__probe/9)',
  'rgb(1,2,3)) url(/__probe/10',
  'var(--cv-x, red) url(/__probe/11)',
  'color-mix(in srgb, red, url(/__probe/12))',
  'cross-fade(url(/__probe/13), red)',
  'light-dark(red, url(/__probe/14))',
  'expression(alert(1))',
  'red}',
  'red/**/',
  'blurple',
  'rgb(calc(1), 2, 3)',
  'rgb(1 2 3',
  '#12345',
  'attr(data-x)',
  'env(safe-area-inset-top)',
  'var(--x)',
  'var(--cv-x,)',
  `var(--cv-x, ${'var(--cv-y, '.repeat(20)}red${')'.repeat(20)})`,
  'r'.repeat(1_000_000),
];

describe('hostile colours', () => {
  it('readColor: the grammar takes hex, rgb()/hsl() with numbers, names and var(--cv-…), and nothing else', () => {
    for (const color of GOOD)
      expect(
        readColor(color, (v) => CSS.supports('color', v)),
        color,
      ).to.deep.equal({ ok: true, value: color });
    for (const color of BAD) {
      const read = readColor(color, (v) => CSS.supports('color', v));
      expect(read.ok, color.slice(0, 60)).to.equal(false);
      if (!read.ok) expect(read.message.length, 'a short message').to.be.below(250);
    }
  });

  it('<conflict-timeline>: every bad category colour is refused by row, and no colour makes a request', async () => {
    // The resource timing buffer fills with the test's own modules: room for this test's requests.
    performance.clearResourceTimings();
    // The observer is live: a background image from the same kind of URL is requested and recorded.
    const control = document.createElement('div');
    control.style.cssText = 'width:10px;height:10px;background-image:url(/__probe/control)';
    document.body.append(control);
    const el = await mount<CvHost>(html`<conflict-timeline></conflict-timeline>`);
    const categories = [...GOOD, ...BAD].map((color, i) => ({ id: `c${i}`, color }));
    // Twelve categories can be told apart: the colours go in batches of ten, each under its own id.
    for (let at = 0; at < categories.length; at += 10) {
      const batch = categories.slice(at, at + 10);
      // Events in each category, so that the legend draws each colour that is accepted.
      el.setAttribute('categories', JSON.stringify(batch));
      el.data = batch.map(({ id }, i) => ({ start: `${2000 + i}`, title: id, category: id }));
      await settled(el);
      await nextFrame();
      const refused = batch.filter(({ color }) => BAD.includes(color));
      for (const { id } of refused) expect(notice(el), id).to.contain(`(category "${id}")`);
      if (refused.length) expect(notice(el)).to.contain('use a hex colour (#1d6fb8), rgb() or hsl() with numbers, a CSS colour name or var(--cv-…)');
      else {
        expect(notice(el)).to.equal('');
        const keys = $$(el, 'svg.key').map((key) => (key as SVGElement).style.getPropertyValue('--_k').trim());
        for (const { color } of batch) expect(keys, color).to.include(color);
      }
    }
    await sleep(300);
    expect(probes()).to.deep.equal([`${location.origin}/__probe/control`]);
    control.remove();
  });
});
