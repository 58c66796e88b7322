// Text spacing (WCAG 1.4.12): with the spacing of the W3C's text-spacing bookmarklet set inside each element's
// shadow root (line height 1.5, paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em), at 320 and
// 1,024 px, no text of the frame is clipped (heading, description, legend, notes, source, buttons, keyboard help,
// the tooltip) and none of it overlaps other text of the frame.
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { $, $$, boxesCross, mountIn, part, plot, press, settled, text, type CvHost } from './helpers.js';
import './contract/elements.js';

const SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

function applySpacing(el: CvHost) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

/** The frame's text: each block a reader reads, outside the drawing. */
const FRAME_TEXT = '[part="heading"], [part="description"], [part~="legend"] li, [part="notes"] li, [part="source"], button, #hint';

const visible = (node: Element) => {
  const box = node.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && getComputedStyle(node).visibility !== 'hidden';
};

/** Elements whose content is cut: more to scroll than shown where they hide what overflows, or a button whose words spill out. */
function clipped(nodes: readonly Element[]): string[] {
  const cut: string[] = [];
  for (const node of nodes) {
    for (const box of [node, ...node.querySelectorAll('*')]) {
      if (box instanceof SVGElement) continue;
      const style = getComputedStyle(box);
      const hides = style.overflowX !== 'visible' || style.overflowY !== 'visible' || box.localName === 'button';
      if (hides && (box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1)) {
        cut.push(
          `${box.localName}.${box.className} "${text(box).slice(0, 40)}" (${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight})`,
        );
      }
    }
  }
  return cut;
}

/** Pairs of the frame's text blocks that overlap, neither inside the other. */
function overlapping(nodes: readonly Element[]): string[] {
  const pairs: string[] = [];
  nodes.forEach((a, i) =>
    nodes.slice(i + 1).forEach((b) => {
      if (a.contains(b) || b.contains(a)) return;
      if (boxesCross(a.getBoundingClientRect(), b.getBoundingClientRect(), 1)) pairs.push(`"${text(a).slice(0, 30)}" over "${text(b).slice(0, 30)}"`);
    }),
  );
  return pairs;
}

const ELEMENTS: readonly [string, TemplateResult][] = [
  ['<ttp-attack-chart>', html`<ttp-attack-chart actions="png svg csv"></ttp-attack-chart>`],
  ['<border-map layers="places events">', html`<border-map layers="places events"></border-map>`],
  ['<conflict-timeline>', html`<conflict-timeline></conflict-timeline>`],
];

describe('text spacing (WCAG 1.4.12): nothing clipped, nothing overlapping', function () {
  this.timeout(60_000);
  for (const [label, template] of ELEMENTS) {
    for (const width of [320, 1024]) {
      it(`${label} at ${width} px`, async () => {
        const el = await mountIn<CvHost>(template, width);
        applySpacing(el);
        await settled(el);
        expect(getComputedStyle(part(el, 'heading')!).letterSpacing, 'the spacing applies').to.not.equal('normal');
        const blocks = $$(el, FRAME_TEXT).filter(visible);
        expect(blocks.length).to.be.above(2);
        expect(clipped(blocks), 'clipped').to.deep.equal([]);
        // The keyboard help floats over what follows while a mark has focus, by design: the rest is compared at rest.
        expect(overlapping(blocks.filter((b) => b.id !== 'hint')), 'overlapping').to.deep.equal([]);
        // With a mark focused: its tooltip and the keyboard help, whole.
        plot(el).focus();
        await press(el, 'ArrowRight');
        const shown = [part(el, 'tooltip'), $(el, '#hint')].filter((node): node is Element => !!node && visible(node));
        // The timeline's chronology (narrow) opens an event in its row: no tooltip, and its help is not shown.
        expect(shown.length, 'tooltip and help shown').to.equal(part(el, 'chronology') ? 0 : 2);
        expect(clipped(shown), 'clipped while focused').to.deep.equal([]);
        const host = el.getBoundingClientRect();
        for (const node of shown) {
          const box = node.getBoundingClientRect();
          expect(box.left >= host.left - 1 && box.right <= host.right + 1, `${text(node).slice(0, 30)} within the element's width`).to.equal(true);
        }
      });
    }
  }
});
