// TextMeasureController in Chromium: widths measured with the element's font (not estimated), cached, and a
// new measure when the font changes, so layouts that compare it lay out again.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { TextMeasureController, estimateTextWidth } from '@conflict-viz/core';

class MeasureHost extends LitElement {
  readonly textMeasure = new TextMeasureController(this);
}
customElements.define('test-text-measure', MeasureHost);

/** The width the browser gives `text` in a span with `font`. */
async function rendered(text: string, font: string): Promise<number> {
  const span = await fixture<HTMLSpanElement>(html`<span style="font: ${font}; white-space: nowrap">${text}</span>`);
  return span.getBoundingClientRect().width;
}

describe('TextMeasureController', () => {
  it('measures with the font the element has, as the browser draws the text: Arabic and CJK too', async () => {
    const el = await fixture<MeasureHost>(html`<test-text-measure style="font-family: sans-serif"></test-text-measure>`);
    const { measure } = el.textMeasure;
    for (const text of ['Taliban retake Kabul', 'طالبان تستعيد كابول', '塔利班重新控制喀布尔']) {
      expect(measure(text, 12), text).to.be.closeTo(await rendered(text, '12px sans-serif'), 1);
    }
    // The estimate is generous on purpose; measuring is what lets an Arabic title fit where it does.
    expect(measure('طالبان تستعيد كابول', 12)).to.be.below(estimateTextWidth('طالبان تستعيد كابول', 12) * 0.8);
  });

  it('answers from its cache for the same font, and gives a new measure when the font family changes', async () => {
    const el = await fixture<MeasureHost>(html`<test-text-measure style="font-family: serif"></test-text-measure>`);
    const serif = el.textMeasure.measure;
    expect(el.textMeasure.measure, 'the same measure while the font stays').to.equal(serif);
    expect(serif('Doha agreement', 12)).to.equal(serif('Doha agreement', 12));
    el.style.fontFamily = 'monospace';
    const mono = el.textMeasure.measure;
    expect(mono).to.not.equal(serif);
    expect(mono('iiii', 12)).to.be.closeTo(mono('MMMM', 12), 0.01);
    expect(serif('iiii', 12)).to.be.below(serif('MMMM', 12));
  });
});
