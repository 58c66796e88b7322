// No text under 12 px (Chartability's "small text size", a critical heuristic): every piece of visible text
// each element writes, with the article's data, in a phone's and a desktop's column, light and dark alike
// (sizes do not depend on the theme). Visually hidden text (1 px boxes for screen readers) does not count.
// And the text around the drawing follows the reader's font size setting (sizes in rem and em): with the root
// at 24 px instead of 16, it is half as large again. The drawing's labels, laid out by the models at 12 px,
// do not (they grow with the page's zoom, as the drawing does).
import { expect } from '@open-wc/testing';
import { CONTRACTS } from './elements.js';
import { $, mountIn, tagTemplate, type CvHost } from '../helpers.js';

/** The computed font size of each visible text node's element, with its text, in the element's shadow root. */
function textSizes(el: CvHost): { text: string; size: number }[] {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const sizes: { text: string; size: number }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('style, .visually-hidden, [hidden]')) continue;
    const box = parent.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1) continue;
    sizes.push({ text, size: parseFloat(getComputedStyle(parent).fontSize) });
  }
  return sizes;
}

for (const { tag } of CONTRACTS) {
  describe(`<${tag}> text size`, () => {
    for (const width of [320, 1024]) {
      it(`writes no visible text under 12 px at ${width} px`, async () => {
        const el = await mountIn<CvHost>(tagTemplate(tag), width);
        const sizes = textSizes(el);
        expect(sizes.length, 'text was found').to.be.above(5);
        expect(sizes.filter(({ size }) => size < 12)).to.deep.equal([]);
      });
    }
  });
}

/** The font sizes of the frame's text: heading, description, legend, source, buttons. */
function frameSizes(el: CvHost): Record<string, number> {
  const size = (selector: string) => parseFloat(getComputedStyle($(el, selector)!).fontSize);
  return {
    heading: size('[part="heading"]'),
    description: size('[part="description"]'),
    source: size('[part="source"]'),
    button: size('[part="table-button"]'),
  };
}

for (const { tag } of CONTRACTS) {
  it(`<${tag}> follows the reader's font size: the frame's text grows with the root's`, async () => {
    const at16 = frameSizes(await mountIn<CvHost>(tagTemplate(tag), 640));
    expect(at16.heading, 'the heading at the browser default').to.be.closeTo(14 * 1.15, 0.1);
    document.documentElement.style.fontSize = '24px';
    try {
      const at24 = frameSizes(await mountIn<CvHost>(tagTemplate(tag), 640));
      expect(at24.heading, 'the heading').to.be.closeTo(21 * 1.15, 0.1);
      // Half as large again; the footer's 12 px floor (0.85em of 14 px is 11.9 px) makes the source a little less.
      for (const [name, size] of Object.entries(at24)) expect(size / at16[name], name).to.be.within(1.45, 1.51);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
}
