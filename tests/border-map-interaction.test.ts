// <border-map> in Chromium: keyboard, pointer and zoom (+ and −, wheel, drag, pinch, eased zoom), tooltips.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@conflict-viz/border-map';
import type { BorderMap } from '@conflict-viz/border-map';
import type { CvSelectEvent } from '@conflict-viz/core';
import { $, $$, focusedName, mount, plot, settled, tooltip, until } from './helpers.js';

const map = (template: ReturnType<typeof html>) => mount<BorderMap>(template);
const zoomScale = (el: BorderMap) => Number(/scale\(([\d.]+)\)/.exec($(el, 'svg.map-svg > g')!.getAttribute('transform')!)![1]);

describe('<border-map> keyboard, pointer and zoom', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('Tab focuses the map and shows the border; arrows move east and north; Enter fires cv-select; Escape hides', async () => {
    const el = await map(html`<border-map></border-map>`);
    await sendKeys({ press: 'Tab' });
    expect(focusedName(el), 'Tab reaches the first mark').to.match(/^Durand Line/);
    expect(tooltip(el)).to.contain('Durand Line').and.contain('2,640 km');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    // The westernmost mark is Paktika's marker (Sharan, 68.7° E).
    expect(tooltip(el)).to.contain('Paktika province');
    await sendKeys({ press: 'ArrowRight' });
    expect(tooltip(el)).to.contain('Kabul');
    const selected = oneEvent(el, 'cv-select') as Promise<CvSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail).to.include({ kind: 'place', label: 'Kabul', id: 'kabul' });
    await sendKeys({ press: 'ArrowUp' });
    expect(tooltip(el)).to.contain('Panjshir Valley');
    await sendKeys({ press: 'Escape' });
    await settled(el);
    expect($(el, '.tooltip')).to.equal(null);
  });

  it('+ and − zoom (kept between 1× and 8×), 0 resets, and the buttons do the same', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await map(html`<border-map></border-map>`);
    plot(el).focus();
    await sendKeys({ press: '+' });
    await settled(el);
    expect(zoomScale(el)).to.be.closeTo(1.6, 0.001);
    for (let i = 0; i < 8; i++) await sendKeys({ press: '+' });
    await settled(el);
    expect(zoomScale(el)).to.equal(8);
    await sendKeys({ press: '0' });
    await settled(el);
    expect(zoomScale(el)).to.equal(1);
    await sendKeys({ press: '-' });
    await settled(el);
    expect(zoomScale(el)).to.equal(1);
    ($(el, 'button[aria-label="Zoom in"]') as HTMLButtonElement).click();
    await settled(el);
    expect(zoomScale(el)).to.be.closeTo(1.6, 0.001);
    expect($(el, 'button[aria-label="Reset zoom"]')!.getAttribute('aria-disabled')).to.equal('false');
    ($(el, 'button[aria-label="Reset zoom"]') as HTMLButtonElement).click();
    await settled(el);
    expect(zoomScale(el)).to.equal(1);
  });

  it('keeps its view, scaled, when resized, and starts unzoomed on a new geometry', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><border-map></border-map></div>`);
    const el = await settled(wrapper.querySelector('border-map')!);
    plot(el).focus();
    await sendKeys({ press: '+' });
    await settled(el);
    const translation = () => /translate\(([-\d.]+) ([-\d.]+)\)/.exec($(el, 'svg.map-svg > g')!.getAttribute('transform')!)!.slice(1).map(Number);
    const [x] = translation();
    const width = Number($(el, 'svg.map-svg')!.getAttribute('width'));
    wrapper.style.width = '600px';
    for (let i = 0; i < 3; i++) await settled(el);
    const resized = Number($(el, 'svg.map-svg')!.getAttribute('width'));
    expect(resized).to.be.below(width);
    expect(zoomScale(el)).to.be.closeTo(1.6, 0.001);
    expect(translation()[0]).to.be.closeTo((x * resized) / width, 0.5);
    el.src = '/data/india-pakistan.topo.json';
    await until(() => el.dataSource === 'src');
    await settled(el);
    expect(zoomScale(el)).to.equal(1);
    el.src = undefined;
    await settled(el);
    expect(el.dataSource).to.equal('default');
    expect(zoomScale(el), 'the zoom set before is not back').to.equal(1);
  });

  it('zooms with an eased animation unless the reader prefers reduced motion, and ends where asked', async () => {
    const el = await map(html`<border-map></border-map>`);
    ($(el, 'button[aria-label="Zoom in"]') as HTMLButtonElement).click();
    await settled(el);
    expect(zoomScale(el)).to.be.below(1.6);
    await until(() => zoomScale(el) === 1.6);
  });

  it('Ctrl + wheel zooms around the pointer; a plain wheel over an unfocused map leaves the page scrolling', async () => {
    const el = await map(html`<border-map></border-map>`);
    const svg = $(el, 'svg.map-svg')!;
    const box = svg.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true, composed: true };
    const plain = new WheelEvent('wheel', { ...at, deltaY: -200 });
    svg.dispatchEvent(plain);
    await settled(el);
    expect(plain.defaultPrevented).to.equal(false);
    expect(zoomScale(el)).to.equal(1);
    const pinch = new WheelEvent('wheel', { ...at, deltaY: -200, ctrlKey: true });
    svg.dispatchEvent(pinch);
    await settled(el);
    expect(pinch.defaultPrevented).to.equal(true);
    expect(zoomScale(el)).to.be.closeTo(Math.exp(0.4), 0.001);
  });

  it('a drag pans a zoomed map without selecting, and never beyond its edges', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await map(html`<border-map></border-map>`);
    ($(el, 'button[aria-label="Zoom in"]') as HTMLButtonElement).click();
    await settled(el);
    const svg = $(el, 'svg.map-svg')!;
    const box = svg.getBoundingClientRect();
    const before = $(el, 'svg.map-svg > g')!.getAttribute('transform');
    let selected = 0;
    el.addEventListener('cv-select', () => selected++);
    const pointer = (type: string, x: number, y: number) =>
      svg.dispatchEvent(new PointerEvent(type, { pointerId: 1, pointerType: 'mouse', button: 0, clientX: x, clientY: y, bubbles: true, composed: true }));
    pointer('pointerdown', box.left + 200, box.top + 200);
    pointer('pointermove', box.left + 260, box.top + 230);
    pointer('pointermove', box.left + 5000, box.top + 5000);
    pointer('pointerup', box.left + 5000, box.top + 5000);
    svg.dispatchEvent(new MouseEvent('click', { clientX: box.left + 5000, clientY: box.top + 5000, bubbles: true, composed: true }));
    await settled(el);
    const after = $(el, 'svg.map-svg > g')!.getAttribute('transform');
    expect(after).to.not.equal(before);
    // Pulled as far as it goes: the map's top-left corner, not beyond.
    expect(after).to.equal('translate(0 0) scale(1.6)');
    expect(selected).to.equal(0);
  });

  it('a zoomed map moves without dragging: pan buttons and Shift + arrow keys (WCAG 2.5.7)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await map(html`<border-map></border-map>`);
    expect($(el, '.pan'), 'nothing to move at full extent').to.equal(null);
    ($(el, 'button[aria-label="Zoom in"]') as HTMLButtonElement).click();
    await settled(el);
    const translate = () => /translate\(([-\d.]+) ([-\d.]+)\)/.exec($(el, 'svg.map-svg > g')!.getAttribute('transform')!)!.slice(1).map(Number);
    const [x0, y0] = translate();
    const names = $$(el, '.pan button').map((b) => b.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Move left', 'Move up', 'Move down', 'Move right']);
    ($(el, 'button[aria-label="Move right"]') as HTMLButtonElement).click();
    await settled(el);
    expect(translate(), 'looking right moves the drawing left').to.deep.equal([x0 - 80, y0]);
    plot(el).focus();
    await sendKeys({ press: 'Shift+ArrowDown' });
    await settled(el);
    expect(translate()).to.deep.equal([x0 - 80, y0 - 80]);
    // The buttons sit on the map where no label is placed.
    const pan = $(el, '.pan')!.getBoundingClientRect();
    for (const label of $$(el, 'text[part="label"]')) {
      const box = label.getBoundingClientRect();
      const apart = box.right <= pan.left || box.left >= pan.right || box.bottom <= pan.top || box.top >= pan.bottom;
      expect(apart, label.textContent!).to.equal(true);
    }
  });

  it('a two-finger pinch zooms in around its middle, and never past 8×', async () => {
    const el = await map(html`<border-map></border-map>`);
    const svg = $(el, 'svg.map-svg')!;
    const box = svg.getBoundingClientRect();
    const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
    const touch = (type: string, id: number, x: number) =>
      svg.dispatchEvent(
        new PointerEvent(type, { pointerId: id, pointerType: 'touch', isPrimary: id === 1, clientX: x, clientY: cy, bubbles: true, composed: true }),
      );
    touch('pointerdown', 1, cx - 20);
    touch('pointerdown', 2, cx + 20);
    touch('pointermove', 1, cx - 40);
    touch('pointermove', 2, cx + 40);
    await settled(el);
    expect(zoomScale(el)).to.be.closeTo(2, 0.05);
    touch('pointermove', 1, cx - 2000);
    touch('pointermove', 2, cx + 2000);
    touch('pointerup', 1, cx - 2000);
    touch('pointerup', 2, cx + 2000);
    await settled(el);
    expect(zoomScale(el)).to.equal(8);
  });

  it('hovering a place shows its tooltip; clicking it selects it', async () => {
    const el = await map(html`<border-map></border-map>`);
    const peshawar = $$(el, 'svg.map-svg circle.place').find((c) => {
      const b = c.getBoundingClientRect();
      return el.shadowRoot!.elementsFromPoint(b.x + b.width / 2, b.y + b.height / 2).includes(c);
    })!;
    const b = peshawar.getBoundingClientRect();
    const at = { clientX: b.x + b.width / 2, clientY: b.y + b.height / 2, bubbles: true, composed: true };
    peshawar.dispatchEvent(new PointerEvent('pointermove', { ...at, pointerType: 'mouse' }));
    await settled(el);
    expect(tooltip(el)).to.match(/Kabul|Islamabad|Peshawar|Paktika|Panjshir/);
    const selected = oneEvent(el, 'cv-select') as Promise<CvSelectEvent>;
    peshawar.dispatchEvent(new MouseEvent('click', at));
    expect((await selected).detail).to.have.property('kind', 'place');
  });
});
