// ChartSizeController in Chromium: the width is right at the first render and follows the container.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { ChartSizeController } from '@conflict-viz/core';
import { nextFrame } from '../helpers.js';

class SizeHost extends LitElement {
  readonly size = new ChartSizeController(this);
  readonly rendered: number[] = [];

  protected override render() {
    this.rendered.push(this.size.width);
    return litHtml`<div style="height: 10px"></div>`;
  }
}
customElements.define('test-size', SizeHost);

/** Wait `n` animation frames. */
async function frames(n: number) {
  for (let i = 0; i < n; i++) await nextFrame();
}

describe('ChartSizeController', () => {
  it('measures the content width before the first render, rounded, and follows changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 333.4px"><test-size style="display: block; padding: 0 10px"></test-size></div>`);
    const el = wrapper.firstElementChild as SizeHost;
    await el.updateComplete;
    expect(el.rendered[0], 'padding excluded, rounded').to.equal(313);
    wrapper.style.width = '500px';
    await frames(3);
    await el.updateComplete;
    expect(el.size.width).to.equal(480);
    expect(el.rendered.at(-1)).to.equal(480);
  });

  it('keeps the last width while hidden, and a fallback before it is in a document', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"><test-size style="display: block"></test-size></div>`);
    const el = wrapper.firstElementChild as SizeHost;
    await el.updateComplete;
    wrapper.style.display = 'none';
    await frames(3);
    expect(el.size.width).to.equal(400);
    expect(new SizeHost().size.width).to.equal(640);
  });
});
