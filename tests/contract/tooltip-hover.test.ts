// WCAG 1.4.13 over every element, with a real mouse: the hover tooltip can be dismissed with Escape
// without focus, can be hovered without switching mark or hiding, and goes when the pointer leaves.
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { CONTRACTS } from './elements.js';
import { $, mount, part, plot, settled, tagTemplate, tooltip, type CvHost } from '../helpers.js';

/** A point over a mark whose tooltip sits just above it, found with synthetic moves (then forgotten). */
async function markWithTooltipAbove(el: CvHost): Promise<[number, number]> {
  const svg = plot(el).querySelector('svg')!;
  const box = svg.getBoundingClientRect();
  for (let y = box.top + box.height * 0.4; y < box.bottom; y += 8) {
    for (let x = box.left + 8; x < box.right; x += 8) {
      svg.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true, composed: true }));
      await settled(el);
      // Straight above the pointer lie only the bridge and the box: a crossing that must keep the tooltip.
      const wrapper = $(el, '.tooltip-hover.above')?.getBoundingClientRect();
      const box = part(el, 'tooltip')?.getBoundingClientRect();
      const below = wrapper && box && x > wrapper.left + 4 && x < wrapper.right - 4 && y > box.bottom + 6 && y < wrapper.bottom + 8;
      if (tooltip(el) && below) {
        plot(el).dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
        await settled(el);
        return [Math.round(x), Math.round(y)];
      }
    }
  }
  throw new Error('no mark with a tooltip above it');
}

const move = async (el: CvHost, x: number, y: number) => {
  await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
  await settled(el);
};

for (const { tag } of CONTRACTS) {
  describe(`contract <${tag}>: hover tooltips meet WCAG 1.4.13`, () => {
    afterEach(() => resetMouse());

    it('keeps the tooltip while the pointer crosses to it and over it, dismisses it with Escape, and hides it when the pointer leaves', async () => {
      const el = await mount<CvHost>(tagTemplate(tag));
      const [x, y] = await markWithTooltipAbove(el);
      expect(tooltip(el), 'forgotten before the real mouse comes').to.equal('');

      await move(el, x, y);
      const shown = tooltip(el);
      expect(shown).to.not.equal('');
      expect(el.matches(':focus-within'), 'hovering only').to.equal(false);

      // Across the gap, then to the box's far side, over other marks or none.
      const box = part(el, 'tooltip')!.getBoundingClientRect();
      await move(el, x, box.bottom + 4);
      expect(tooltip(el), 'in the gap').to.equal(shown);
      const farX = x - box.left > box.right - x ? box.left + 3 : box.right - 3;
      await move(el, farX, box.top + 3);
      expect(tooltip(el), 'over the box').to.equal(shown);

      await sendKeys({ press: 'Escape' });
      await settled(el);
      expect(tooltip(el), 'Escape while only hovering').to.equal('');
      await move(el, x, y);
      await move(el, x + 1, y);
      expect(tooltip(el), 'stays dismissed on the same mark').to.equal('');

      plot(el).dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
      await move(el, x, y);
      expect(tooltip(el), 'back after leaving and returning').to.equal(shown);
      const page = el.getBoundingClientRect();
      await move(el, page.right + 5 > innerWidth ? page.left - 5 : page.right + 5, page.top - 1 < 0 ? page.bottom + 5 : page.top - 1);
      expect(tooltip(el), 'gone once the pointer leaves mark and tooltip').to.equal('');
    });
  });
}
