// Generated English on a page in another language: marked lang="en" so screen readers switch voice,
// joined with English words ("and", not "و"), while numbers and dates follow the element's language
// and the author's own text keeps the page's.
import { expect, fixture, html } from '@open-wc/testing';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/conflict-timeline';
import { LocaleFormat } from '@conflict-viz/core';
import { $, part, settled, text, type CvHost } from './helpers.js';

describe('generated English on pages in other languages', () => {
  it('LocaleFormat writes numbers in the page locale and joins lists in the words of the text', () => {
    const ur = new LocaleFormat('ur');
    expect(ur.list(['Afghanistan', 'Pakistan'])).to.equal('Afghanistan and Pakistan');
    expect(new LocaleFormat('ar-EG').number(1234)).to.equal('١٬٢٣٤');
  });

  it('on an Urdu element the summary, hint, notice, button, source label and table headers are lang="en"; the author\'s heading is not', async () => {
    const el = await fixture<CvHost>(html`<ttp-attack-chart
      lang="ur"
      heading="ہمارے ضلع میں حملے"
      source="ہمارا نیوز روم"
      data='[{"year": 2021, "events": 12}, {"year": "Total", "events": 12}]'
    ></ttp-attack-chart>`);
    await settled(el);
    expect(part(el, 'heading')!.hasAttribute('lang'), 'the author writes in the page language').to.equal(false);
    expect(part(el, 'summary')!.getAttribute('lang')).to.equal('en');
    expect($(el, '#hint')!.getAttribute('lang')).to.equal('en');
    expect(part(el, 'table-button')!.getAttribute('lang')).to.equal('en');
    expect(part(el, 'warning')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    // English in a right-to-left page keeps its own direction: "One row is not drawn:", not ":One row…".
    expect(part(el, 'warning')!.closest('[dir]')!.getAttribute('dir')).to.equal('auto');
    expect($(el, '[part="source"] span')!.getAttribute('lang')).to.equal('en');
    (part(el, 'table-button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, 'table caption')!.getAttribute('lang')).to.equal('en');
    expect($(el, 'table thead th')!.getAttribute('lang')).to.equal('en');
    expect($(el, 'table tbody th')!.hasAttribute('lang'), 'data cells keep the page language').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it("the article's English heading is marked on an Urdu page, and nothing is marked on an English one", async () => {
    const ur = await fixture<CvHost>(html`<conflict-timeline lang="ur"></conflict-timeline>`);
    await settled(ur);
    expect(part(ur, 'heading')!.getAttribute('lang')).to.equal('en');
    expect(text(part(ur, 'summary')))
      .to.match(/ and /)
      .and.not.match(/ و/);
    const en = await fixture<CvHost>(html`<conflict-timeline lang="en-GB"></conflict-timeline>`);
    await settled(en);
    expect(en.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
  });
});
