// ZoomPanController in Chromium: keys, eased steps and reduced motion, the wheel, drag, pinch and
// the click that ends a drag, turned into requests on a simple 2-D view (screen = k · point + (x, y)).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html as litHtml, LitElement } from 'lit';
import { ZoomPanController, type ViewPoint } from '@conflict-viz/core';
import { nextFrame, sleep, until } from '../helpers.js';

interface View {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

const NONE: View = { k: 1, x: 0, y: 0 };
const MAX = 4;

class ZoomHost extends LitElement {
  static override properties = { view: { attribute: false } };
  view: View = NONE;
  clicks = 0;
  readonly zoomPan = new ZoomPanController<View>(this, {
    view: () => this.view,
    show: (view) => (this.view = view),
    zoomed: (view, factor, at: ViewPoint = [100, 50]) => {
      const k = Math.min(MAX, Math.max(1, view.k * factor));
      if (k === view.k) return undefined;
      return { k, x: at[0] - ((at[0] - view.x) * k) / view.k, y: at[1] - ((at[1] - view.y) * k) / view.k };
    },
    panned: (view, dx, dy) => (view.k === 1 ? undefined : { k: view.k, x: view.x + dx, y: view.y + dy }),
    reset: () => (this.view = NONE),
    reveal: (view, index) => ({ ...view, x: -10 * index }),
    ease: {
      initial: () => NONE,
      between: (a, b, t) => ({ k: a.k + (b.k - a.k) * t, x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }),
    },
    step: 2,
  });

  protected override render() {
    const zp = this.zoomPan;
    // The drawing is 200 × 100 units shown at 400 × 200 px: one px is half a unit.
    return litHtml`<div tabindex="0" @keydown=${(event: KeyboardEvent) => zp.handleKeydown(event)} @click=${() => this.clicks++}>
      <svg
        viewBox="0 0 200 100"
        style="display: block; width: 400px; height: 200px"
        @pointerdown=${zp.pointerDown}
        @pointermove=${zp.pointerMove}
        @pointerup=${zp.pointerUp}
        @pointercancel=${zp.pointerUp}
        @click=${zp.click}
        @wheel=${zp.wheel}
      ></svg>
      <button>control</button>
      ${zp.renderHint()}
    </div>`;
  }
}
customElements.define('test-zoom-pan', ZoomHost);

const drawing = (el: ZoomHost) => el.shadowRoot!.querySelector('svg')!;
/** Wait `n` animation frames. */
async function frames(n: number) {
  for (let i = 0; i < n; i++) await nextFrame();
}

/** A page position for a point of the drawing, in its units. */
function at(el: ZoomHost, x: number, y: number) {
  const box = drawing(el).getBoundingClientRect();
  return { clientX: box.left + x * 2, clientY: box.top + y * 2, bubbles: true, composed: true, cancelable: true };
}

function pointer(el: ZoomHost, type: string, id: number, x: number, y: number, pointerType = 'touch') {
  drawing(el).dispatchEvent(new PointerEvent(type, { ...at(el, x, y), pointerId: id, pointerType, isPrimary: id === 1 }));
}

describe('ZoomPanController', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it("+ and − zoom by the step, 0 resets; keys on a control inside are the control's", async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<ZoomHost>(html`<test-zoom-pan></test-zoom-pan>`);
    el.shadowRoot!.querySelector<HTMLElement>('[tabindex]')!.focus();
    await sendKeys({ press: '+' });
    expect(el.view).to.deep.equal({ k: 2, x: -100, y: -50 });
    await sendKeys({ press: '=' });
    await sendKeys({ press: '-' });
    expect(el.view.k).to.equal(2);
    await sendKeys({ press: '0' });
    expect(el.view).to.equal(NONE);
    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: '+' });
    expect(el.view).to.equal(NONE);
  });

  it('Shift + arrow keys and panStep look a step (80 units) that way, without dragging; not at full extent', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<ZoomHost>(html`<test-zoom-pan></test-zoom-pan>`);
    el.shadowRoot!.querySelector<HTMLElement>('[tabindex]')!.focus();
    await sendKeys({ press: 'Shift+ArrowRight' });
    expect(el.view, 'nothing to pan at full extent').to.equal(NONE);
    el.view = { k: 2, x: -100, y: -50 };
    await sendKeys({ press: 'Shift+ArrowRight' });
    expect(el.view, 'looking right moves the drawing left').to.deep.equal({ k: 2, x: -180, y: -50 });
    await sendKeys({ press: 'Shift+ArrowUp' });
    expect(el.view).to.deep.equal({ k: 2, x: -180, y: 30 });
    el.zoomPan.panStep(-1, 1);
    expect(el.view).to.deep.equal({ k: 2, x: -100, y: -50 });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.view, 'an arrow without Shift is not a pan').to.deep.equal({ k: 2, x: -100, y: -50 });
  });

  it('eases a step over a few frames, and jumps when the reader prefers reduced motion', async () => {
    const el = await fixture<ZoomHost>(html`<test-zoom-pan></test-zoom-pan>`);
    el.zoomPan.zoomBy(2);
    await frames(3);
    expect(el.view.k).to.be.above(1).and.below(2);
    await sleep(300);
    expect(el.view).to.deep.equal({ k: 2, x: -100, y: -50 });
    el.zoomPan.reset();
    await sleep(300);
    expect(el.view).to.equal(NONE);
    await emulateMedia({ reducedMotion: 'reduce' });
    el.zoomPan.zoomBy(2);
    expect(el.view.k, 'at once').to.equal(2);
  });

  it("zooms with Ctrl + wheel around the pointer, pans with Shift; a plain wheel, or one that changes nothing, is the page's", async () => {
    const el = await fixture<ZoomHost>(html`<test-zoom-pan></test-zoom-pan>`);
    const wheel = (init: WheelEventInit) => {
      const event = new WheelEvent('wheel', { ...at(el, 50, 50), ...init });
      drawing(el).dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(wheel({ deltaY: -200 }), 'without Ctrl').to.equal(false);
    expect(el.view).to.equal(NONE);
    el.shadowRoot!.querySelector<HTMLElement>('[tabindex]')!.focus();
    expect(wheel({ deltaY: -200 }), 'focus alone does not take the wheel').to.equal(false);
    expect(el.view).to.equal(NONE);
    expect(wheel({ deltaY: -200, ctrlKey: true })).to.equal(true);
    expect(el.view.k).to.be.closeTo(Math.exp(0.4), 1e-9);
    expect(el.view.x, 'the point under the pointer stays put').to.be.closeTo(50 - 50 * Math.exp(0.4), 1e-9);
    expect(wheel({ deltaY: -2000, ctrlKey: true })).to.equal(true);
    expect(el.view.k).to.equal(MAX);
    expect(wheel({ deltaY: -200, ctrlKey: true }), 'past the limit the page scrolls').to.equal(false);
    const { x } = el.view;
    expect(wheel({ deltaY: 30, shiftKey: true, ctrlKey: true })).to.equal(true);
    expect(el.view.x).to.equal(x - 30);
    expect(wheel({ deltaX: 2, deltaY: 0, deltaMode: 1, ctrlKey: true }), 'lines count 25 px').to.equal(true);
    expect(el.view.x).to.equal(x - 80);
  });

  it('a plain wheel shows a short hint that Ctrl + wheel zooms; a Ctrl + wheel takes it away', async () => {
    const el = await fixture<ZoomHost>(html`<test-zoom-pan></test-zoom-pan>`);
    const hint = () => el.shadowRoot!.querySelector('.zoom-hint');
    expect(hint()).to.equal(null);
    drawing(el).dispatchEvent(new WheelEvent('wheel', { ...at(el, 50, 50), deltaY: 100 }));
    await el.updateComplete;
    expect(hint()!.textContent).to.match(/^Use (Ctrl|⌘) \+ scroll to zoom$/);
    expect(hint()!.getAttribute('aria-hidden'), 'not spoken on every scroll').to.equal('true');
    drawing(el).dispatchEvent(new WheelEvent('wheel', { ...at(el, 50, 50), deltaY: -100, ctrlKey: true }));
    await el.updateComplete;
    expect(hint()).to.equal(null);
    drawing(el).dispatchEvent(new WheelEvent('wheel', { ...at(el, 50, 50), deltaY: 100 }));
    await el.updateComplete;
    expect(el.zoomPan.hintShown).to.equal(true);
    await until(() => !el.zoomPan.hintShown);
    await el.updateComplete;
    expect(hint(), 'gone by itself').to.equal(null);
  });

  it("a drag pans a zoomed view by the pointer's travel and swallows its click; on a view that cannot pan it stays a click", async () => {
    const el = await fixture<ZoomHost>(html`<test-zoom-pan></test-zoom-pan>`);
    const click = () => drawing(el).dispatchEvent(new MouseEvent('click', at(el, 80, 40)));
    pointer(el, 'pointerdown', 1, 50, 50, 'mouse');
    pointer(el, 'pointermove', 1, 80, 40, 'mouse');
    pointer(el, 'pointerup', 1, 80, 40, 'mouse');
    click();
    expect(el.view).to.equal(NONE);
    expect(el.clicks).to.equal(1);

    el.view = { k: 2, x: -100, y: -50 };
    pointer(el, 'pointerdown', 1, 50, 50, 'mouse');
    pointer(el, 'pointermove', 1, 51, 51, 'mouse');
    expect(el.view.x, 'a wobble is not a drag').to.equal(-100);
    pointer(el, 'pointermove', 1, 80, 40, 'mouse');
    pointer(el, 'pointerup', 1, 80, 40, 'mouse');
    click();
    expect(el.view).to.deep.equal({ k: 2, x: -70, y: -60 });
    expect(el.clicks, 'the click that ends a drag chooses nothing').to.equal(1);
    click();
    expect(el.clicks, 'only that one click').to.equal(2);
  });

  it('a pinch keeps what was under the fingers under them, and one finger left carries on dragging', async () => {
    const el = await fixture<ZoomHost>(html`<test-zoom-pan></test-zoom-pan>`);
    pointer(el, 'pointerdown', 1, 90, 50);
    pointer(el, 'pointerdown', 2, 110, 50);
    pointer(el, 'pointermove', 1, 80, 50);
    pointer(el, 'pointermove', 2, 120, 50);
    expect(el.view).to.deep.equal({ k: 2, x: -100, y: -50 });
    pointer(el, 'pointermove', 1, 70, 50);
    pointer(el, 'pointermove', 2, 110, 50);
    expect(el.view, 'both fingers moved left: the view follows').to.deep.equal({ k: 2, x: -110, y: -50 });
    pointer(el, 'pointerup', 2, 110, 50);
    pointer(el, 'pointermove', 1, 60, 50);
    expect(el.view.x).to.equal(-120);
    pointer(el, 'pointerup', 1, 60, 50);
  });

  it('reveal() moves to a mark at once; disconnecting stops an eased step', async () => {
    const el = await fixture<ZoomHost>(html`<test-zoom-pan></test-zoom-pan>`);
    el.view = { k: 2, x: 0, y: 0 };
    el.zoomPan.reveal(3);
    expect(el.view).to.deep.equal({ k: 2, x: -30, y: 0 });
    el.zoomPan.zoomBy(2);
    el.remove();
    await sleep(300);
    expect(el.view.k).to.equal(2);
  });
});
