// frameText and renderSource: the author's words where set, else the article's in their own language;
// the source line links only http(s) addresses.
import { expect, fixture, html } from '@open-wc/testing';
import { frameText, renderSource } from '@conflict-viz/core';

const ARTICLE = { heading: 'TTP attacks', description: 'Per year.', source: 'UCDP GED 22.1', sourceHref: 'https://ucdp.uu.se/' };

describe('frameText', () => {
  it("takes the author's text where set, in the page's language, and the article's, in English, where not", () => {
    const text = frameText({ heading: 'حملے' }, ARTICLE, 'en');
    expect(text.heading).to.deep.equal({ text: 'حملے' });
    expect(text.description).to.deep.equal({ text: 'Per year.', lang: 'en' });
    expect([text.source, text.sourceHref]).to.deep.equal(['UCDP GED 22.1', 'https://ucdp.uu.se/']);
  });

  it("keeps an author's empty heading (no heading) rather than the article's", () => {
    expect(frameText({ heading: '' }, ARTICLE, undefined).heading).to.deep.equal({ text: '' });
    expect(frameText({}, {}, 'en').heading).to.deep.equal({ text: undefined, lang: 'en' });
  });
});

describe('renderSource', () => {
  it('writes the label in its language and links the source when its link is http(s)', async () => {
    const line = await fixture<HTMLElement>(html`<div>${renderSource({ source: 'UCDP', sourceHref: 'https://ucdp.uu.se/' }, 'Source:', 'en')}</div>`);
    expect(line.querySelector('span')!.getAttribute('lang')).to.equal('en');
    expect(line.querySelector('a')!.getAttribute('href')).to.equal('https://ucdp.uu.se/');
    expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Source: UCDP');
  });

  it('shows an unsafe link as plain text, and nothing without a source', async () => {
    const line = await fixture<HTMLElement>(html`<div>${renderSource({ source: 'UCDP', sourceHref: 'javascript:alert(1)' }, 'Source:')}</div>`);
    expect(line.querySelector('a')).to.equal(null);
    expect(line.querySelector('span')!.hasAttribute('lang')).to.equal(false);
    const none = await fixture<HTMLElement>(html`<div>${renderSource({}, 'Source:')}</div>`);
    expect(none.querySelector('p')).to.equal(null);
  });
});
