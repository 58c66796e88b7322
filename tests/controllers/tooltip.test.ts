// TooltipController in Chromium: shown and hidden, kept inside the plot, flipped below near the top, announced, dismissed.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { TooltipController, type Tooltip } from '@conflict-viz/core';
import { part } from '../helpers.js';

class TooltipHost extends LitElement {
  static override properties = { tip: { attribute: false } };
  tip?: Tooltip;
  readonly tooltip = new TooltipController(this);

  protected override render() {
    return litHtml`<div style="position: relative; width: 300px; height: 200px">${this.tooltip.render(this.tip, 300)}</div>`;
  }
}
customElements.define('test-tooltip', TooltipHost);

const box = (el: TooltipHost) => part(el, 'tooltip') as HTMLElement | null;
/** The positioned wrapper, whose padding bridges box and anchor. */
const placed = (el: TooltipHost) => el.shadowRoot!.querySelector<HTMLElement>('.tooltip-hover')!;

describe('TooltipController', () => {
  it('draws nothing until shown, and redraws its host when shown or hidden', async () => {
    const el = await fixture<TooltipHost>(html`<test-tooltip .tip=${{ x: 150, y: 150, title: '2014', lines: ['761 events'] }}></test-tooltip>`);
    expect(box(el)).to.equal(null);
    el.tooltip.show();
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    expect(box(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2014 761 events');
    expect(box(el)!.getAttribute('aria-hidden'), 'the live region speaks instead').to.equal('true');
    expect(el.tooltip.announcement(el.tip)).to.equal('2014. 761 events');
    el.tooltip.hide();
    await el.updateComplete;
    expect(box(el)).to.equal(null);
    expect(el.tooltip.announcement(el.tip)).to.equal('');
  });

  it('keeps its centre inside the plot, above its anchor, or below it near the top', async () => {
    const el = await fixture<TooltipHost>(html`<test-tooltip .tip=${{ x: 5, y: 150, title: 'edge', lines: [] }}></test-tooltip>`);
    el.tooltip.show();
    await el.updateComplete;
    expect(placed(el).style.transform).to.equal('translate(120px, 150px) translate(-50%, -100%)');
    expect(placed(el).classList.contains('above')).to.equal(true);
    el.tip = { x: 290, y: 20, title: 'top', lines: [] };
    await el.updateComplete;
    expect(placed(el).style.transform).to.equal('translate(180px, 20px) translate(-50%, 0px)');
    expect(placed(el).classList.contains('below')).to.equal(true);
  });

  it('Escape anywhere on the page dismisses it, and it knows events over itself', async () => {
    const el = await fixture<TooltipHost>(html`<test-tooltip .tip=${{ x: 150, y: 150, title: '2014', lines: [] }}></test-tooltip>`);
    el.tooltip.show();
    await el.updateComplete;
    const over = new PointerEvent('pointermove', { bubbles: true, composed: true });
    let held: boolean | undefined;
    el.shadowRoot!.addEventListener('pointermove', (event) => (held = el.tooltip.holds(event)));
    box(el)!.dispatchEvent(over);
    expect(held, 'over the box').to.equal(true);
    el.shadowRoot!.querySelector('div')!.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true }));
    expect(held, 'beside it').to.equal(false);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(el.tooltip.shown).to.equal(true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect([el.tooltip.shown, el.tooltip.dismissed]).to.deep.equal([false, true]);
    el.tooltip.show();
    expect(el.tooltip.dismissed, 'shown again by a move to a mark').to.equal(false);
    el.tooltip.hide();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(el.tooltip.dismissed, 'no listener left once hidden').to.equal(false);
  });
});
