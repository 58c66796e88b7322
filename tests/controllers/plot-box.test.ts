// PlotBoxController in Chromium: the plot's size measured at once and followed, the drawing's area where
// the plot holds more, and the size a drawing is laid out to.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement } from 'lit';
import { PlotBoxController } from '@conflict-viz/core';
import { nextFrame } from '../helpers.js';

class PlotHost extends LitElement {
  readonly box = new PlotBoxController(this);
  updates = 0;
  withArea = false;

  protected override render() {
    this.updates++;
    return litHtml`<div class="plot" style="height: 200px">${this.withArea ? litHtml`<div class="area" style="height: 150px"></div>` : ''}</div>`;
  }
}
customElements.define('test-plot-box', PlotHost);

describe('PlotBoxController', () => {
  it('measures the plot at once, rounded down, and says whether it changed', async () => {
    const el = await fixture<PlotHost>(html`<test-plot-box style="display: block; width: 300.7px"></test-plot-box>`);
    expect(el.box.size).to.equal(undefined);
    expect(el.box.layoutSize(300), 'before any measure: the width given, no height').to.deep.equal({ width: 300, height: undefined });
    expect(el.box.measure(el.renderRoot)).to.equal(true);
    expect(el.box.size).to.deep.equal({ width: 300, height: 200 });
    expect(el.box.measure(el.renderRoot), 'the same size').to.equal(false);
    expect(el.box.layoutSize(280), 'never wider than the width given').to.deep.equal({ width: 280, height: 200 });
  });

  it("measures the plot's area where it has one, and follows its size through a ResizeObserver", async () => {
    const el = await fixture<PlotHost>(html`<test-plot-box style="display: block; width: 300px"></test-plot-box>`);
    el.withArea = true;
    el.requestUpdate();
    await el.updateComplete;
    el.box.measure(el.renderRoot);
    expect(el.box.size).to.deep.equal({ width: 300, height: 150 });
    const before = el.updates;
    (el.renderRoot.querySelector('.area') as HTMLElement).style.height = '120px';
    for (let i = 0; i < 3; i++) await nextFrame();
    await el.updateComplete;
    expect(el.box.size).to.deep.equal({ width: 300, height: 120 });
    expect(el.updates, 'the host updated').to.be.above(before);
  });
});
