// NavigationController in Chromium: keys (RTL, by position), focus, hover, tap and click, cv-select,
// and focus that follows a mark when a new scene renumbers the marks.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { html as litHtml, LitElement, svg } from 'lit';
import { NavigationController, TooltipController, type CvSelectEvent, type InteractiveScene, type NavigationKey } from '@conflict-viz/core';
import { plot, press } from '../helpers.js';

interface Datum {
  readonly name: string;
}

/** Marks in a row, 40 units apart, each hit within 15 units of its centre. */
function rowScene(names: readonly string[], extra: Partial<InteractiveScene> = {}): InteractiveScene {
  const data: Datum[] = names.map((name) => ({ name }));
  return {
    width: 40 * names.length,
    height: 100,
    marks: names.length,
    mark: (i) => ({ x: 20 + 40 * i, y: 50, title: names[i], lines: [], datum: data[i] }),
    markAt: (x, y) => {
      const i = Math.round((x - 20) / 40);
      return Math.abs(x - 20 - 40 * i) <= 15 && Math.abs(y - 50) <= 15 && i >= 0 && i < names.length ? i : -1;
    },
    ...extra,
  };
}

class NavigationHost extends LitElement {
  static override properties = { scene: { attribute: false }, rtl: { type: Boolean } };
  scene?: InteractiveScene = rowScene(['a', 'b', 'c', 'd', 'e']);
  rtl = false;
  readonly moves: number[] = [];
  readonly tooltip = new TooltipController(this);
  readonly navigation = new NavigationController(this, {
    scene: () => this.scene,
    rtl: () => this.rtl,
    tooltip: this.tooltip,
    drawing: () => this.renderRoot.querySelector('svg'),
    onMove: (index) => this.moves.push(index),
  });

  protected override render() {
    const nav = this.navigation;
    const { width = 0, height = 0 } = this.scene ?? {};
    return litHtml`<div
      part="plot"
      tabindex="-1"
      style="width: ${width}px"
      @keydown=${nav.handleKeydown}
      @focusin=${nav.handleFocus}
      @focusout=${nav.handleBlur}
      @pointerdown=${nav.handlePointerDown}
      @pointermove=${nav.handlePointerMove}
      @pointerleave=${nav.handlePointerLeave}
      @click=${nav.handleClick}
    >
      <svg viewBox="0 0 ${width} ${height}" width=${width} height=${height} style="display: block">${svg`<rect width=${width} height=${height} fill="#eee"></rect>`}${nav.renderMarks()}</svg>
      <button>inside</button>
    </div>`;
  }
}
customElements.define('test-navigation', NavigationHost);

const activeName = (el: NavigationHost) => (el.navigation.active >= 0 ? el.scene!.mark(el.navigation.active).title : undefined);

/** Where mark `index` is on the page. */
function pageAt(el: NavigationHost, index: number) {
  const box = el.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
  return { clientX: box.left + 20 + 40 * index, clientY: box.top + 50 };
}

describe('NavigationController', () => {
  it('focus activates the first mark; arrows, Home and End move; Escape hides the tooltip and keeps the mark', async () => {
    const el = await fixture<NavigationHost>(html`<test-navigation></test-navigation>`);
    plot(el).focus();
    await el.updateComplete;
    expect(activeName(el)).to.equal('a');
    expect(el.tooltip.shown).to.equal(true);
    expect(el.navigation.highlighted).to.equal(0);
    await press(el, 'ArrowRight');
    await press(el, 'ArrowDown');
    expect(activeName(el)).to.equal('c');
    await press(el, 'End');
    await press(el, 'ArrowRight');
    expect(activeName(el), 'the last mark stops the arrows').to.equal('e');
    await press(el, 'Home');
    expect(activeName(el)).to.equal('a');
    expect(el.moves).to.deep.equal([1, 2, 4, 4, 0]);
    await press(el, 'Escape');
    expect(el.tooltip.shown).to.equal(false);
    expect(el.navigation.highlighted, 'the focused mark stays drawn as focused').to.equal(0);
    expect(el.navigation.active).to.equal(0);
    (el.shadowRoot!.activeElement as HTMLElement).blur();
    await el.updateComplete;
    expect(el.navigation.highlighted, 'nothing is drawn focused once focus has left').to.equal(-1);
  });

  it("focus moves between the marks' nodes: one Tab stop, named, PageUp/PageDown by ten or by group", async () => {
    const names = Array.from({ length: 25 }, (_, i) => `m${i}`);
    const el = await fixture<NavigationHost>(html`<test-navigation></test-navigation>`);
    el.scene = rowScene(names);
    await el.updateComplete;
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('aria-label');
    const stops = () => [...el.shadowRoot!.querySelectorAll('[data-mark]')].filter((node) => node.getAttribute('tabindex') === '0').length;
    expect(el.shadowRoot!.querySelectorAll('[data-mark][role="img"]').length).to.equal(25);
    expect(stops(), 'one Tab stop').to.equal(1);
    plot(el).focus();
    await el.updateComplete;
    expect(focused(), 'the plot hands focus to its first mark').to.equal('m0');
    await press(el, 'PageDown');
    expect(focused()).to.equal('m10');
    await press(el, 'PageDown');
    await press(el, 'PageDown');
    expect(focused(), 'PageDown stops at the last mark').to.equal('m24');
    await press(el, 'PageUp');
    expect(focused()).to.equal('m14');
    expect(stops(), 'still one Tab stop: the focused mark').to.equal(1);
    // Grouped marks: PageDown goes to the next group's first, PageUp to this group's first, then the previous group's.
    const group = (i: number) => (i < 3 ? 'A' : i < 7 ? 'B' : 'C');
    el.scene = rowScene(names.slice(0, 10), { mark: (i) => ({ x: 20 + 40 * i, y: 50, title: names[i], lines: [], datum: i, group: group(i) }) });
    await el.updateComplete;
    plot(el).focus();
    await press(el, 'Home');
    await press(el, 'PageDown');
    expect(focused()).to.equal('m3');
    await press(el, 'ArrowRight');
    await press(el, 'PageDown');
    expect(focused()).to.equal('m7');
    await press(el, 'ArrowRight');
    await press(el, 'PageUp');
    expect(focused()).to.equal('m7');
    await press(el, 'PageUp');
    expect(focused()).to.equal('m3');
    expect([...el.shadowRoot!.querySelectorAll('[role="group"]')].map((g) => g.getAttribute('aria-label'))).to.deep.equal(['A', 'B', 'C']);
  });

  it('Enter pins the mark (aria-current, drawn outlined) until Escape', async () => {
    const el = await fixture<NavigationHost>(html`<test-navigation></test-navigation>`);
    plot(el).focus();
    await press(el, 'ArrowRight');
    await press(el, 'Enter');
    const pinned = () => [...el.shadowRoot!.querySelectorAll('[aria-current="true"]')].map((node) => node.getAttribute('aria-label'));
    expect(pinned()).to.deep.equal(['b']);
    await press(el, 'ArrowRight');
    expect(pinned(), 'moving on keeps the pin').to.deep.equal(['b']);
    await press(el, 'Escape');
    expect(pinned()).to.deep.equal([]);
  });

  it("mirrors Left and Right in RTL, and follows the scene's own order where it has one", async () => {
    const el = await fixture<NavigationHost>(html`<test-navigation rtl></test-navigation>`);
    plot(el).focus();
    await press(el, 'ArrowLeft');
    expect(activeName(el)).to.equal('b');
    await press(el, 'ArrowRight');
    expect(activeName(el)).to.equal('a');
    // A two-dimensional scene: every key goes to the mark its own rule picks.
    const asked: [number, NavigationKey][] = [];
    el.scene = rowScene(['a', 'b', 'c'], { markToward: (index, key) => (asked.push([index, key]), key === 'Home' ? 2 : 1) });
    await el.updateComplete;
    await press(el, 'Home');
    expect(activeName(el)).to.equal('c');
    await press(el, 'ArrowUp');
    expect(activeName(el)).to.equal('b');
    expect(asked).to.deep.equal([
      [0, 'Home'],
      [2, 'ArrowUp'],
    ]);
  });

  it("Enter fires cv-select with a copy of the datum; keys pressed on a control inside the plot are the control's", async () => {
    const el = await fixture<NavigationHost>(html`<test-navigation></test-navigation>`);
    plot(el).focus();
    await press(el, 'ArrowRight');
    const selected = oneEvent(el, 'cv-select') as Promise<CvSelectEvent<Datum>>;
    await press(el, 'Enter');
    const event = await selected;
    expect(event.detail).to.deep.equal({ name: 'b' });
    expect(event.detail, "a copy, not the scene's own object").to.not.equal(el.scene!.mark(1).datum);
    expect(event.bubbles && event.composed).to.equal(true);
    el.shadowRoot!.querySelector('button')!.focus();
    await press(el, 'ArrowRight');
    expect(activeName(el)).to.equal('b');
  });

  it('a mouse over a mark shows it, a click selects it; a tap toggles the tooltip', async () => {
    const el = await fixture<NavigationHost>(html`<test-navigation></test-navigation>`);
    const at = pageAt(el, 3);
    await sendMouse({ type: 'move', position: [Math.round(at.clientX), Math.round(at.clientY)] });
    await el.updateComplete;
    expect(activeName(el)).to.equal('d');
    expect(el.tooltip.shown).to.equal(true);
    expect(el.moves, 'hovering moves nothing into view').to.deep.equal([]);
    await sendMouse({ type: 'move', position: [Math.round(at.clientX), Math.round(at.clientY + 40)] });
    await el.updateComplete;
    expect(el.tooltip.shown, 'off the marks, without focus, the tooltip goes').to.equal(false);
    const selected = oneEvent(el, 'cv-select') as Promise<CvSelectEvent<Datum>>;
    await sendMouse({ type: 'click', position: [Math.round(at.clientX), Math.round(at.clientY)] });
    expect((await selected).detail.name).to.equal('d');

    const tap = (index: number) =>
      plot(el).dispatchEvent(new PointerEvent('pointerdown', { ...pageAt(el, index), pointerType: 'touch', bubbles: true, composed: true }));
    tap(1);
    await el.updateComplete;
    expect([activeName(el), el.tooltip.shown]).to.deep.equal(['b', true]);
    tap(1);
    await el.updateComplete;
    expect(el.tooltip.shown, 'the same mark again dismisses').to.equal(false);
  });

  it('keeps focus on the same datum when a new scene renumbers the marks, and stays within fewer marks', async () => {
    const el = await fixture<NavigationHost>(html`<test-navigation></test-navigation>`);
    plot(el).focus();
    await press(el, 'End');
    const before = el.scene!;
    const datum = before.mark(4).datum;
    const data = [0, 4, 2].map((i) => before.mark(i).datum);
    el.scene = {
      ...rowScene(['a', 'e', 'c']),
      mark: (i) => ({ ...rowScene(['a', 'e', 'c']).mark(i), datum: data[i] }),
      indexOf: (d) => data.indexOf(d as Datum),
    };
    await el.updateComplete;
    expect(el.navigation.active).to.equal(1);
    expect(el.scene.mark(el.navigation.active).datum).to.equal(datum);
    el.scene = rowScene(['x']);
    await el.updateComplete;
    expect(el.navigation.active, 'a scene that cannot say clamps').to.equal(0);
  });
});
