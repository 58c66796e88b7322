// frameText, renderHeader and renderSource: the author's words where set, else the article's in their own
// language; the source line links only http(s) addresses. readFrameOptions: a bad theme, heading level or
// source link is reported and the last good one kept.
import { expect, fixture, html } from '@open-wc/testing';
import { frameText, OptionReader, readFrameOptions, renderHeader, renderSource } from '@conflict-viz/core';

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

describe('readFrameOptions', () => {
  it('reads the heading level and an http(s) source link, and reports a bad one, keeping the last good value', () => {
    const read = new OptionReader();
    expect(readFrameOptions(read, { headingLevel: 3, sourceHref: 'https://ucdp.uu.se/' })).to.deep.equal({ level: '3', href: 'https://ucdp.uu.se/' });
    read.begin();
    const bad = readFrameOptions(read, { theme: 'pink', headingLevel: '7', sourceHref: 'javascript:alert(1)' });
    expect(bad).to.deep.equal({ level: '3', href: 'https://ucdp.uu.se/' });
    expect(read.issues.map((issue) => issue.source)).to.deep.equal(['theme', 'heading-level', 'source-href']);
  });

  it('takes a removed heading level for the default, 2, and no link without a source-href', () => {
    expect(readFrameOptions(new OptionReader(), { headingLevel: null })).to.deep.equal({ level: '2', href: undefined });
  });
});

describe('renderHeader', () => {
  it('writes the heading at its level and the description, each in its language, and leaves out what is empty', async () => {
    const text = frameText({ heading: 'حملے' }, { description: 'Per year.' }, 'en');
    const header = await fixture<HTMLElement>(html`<div>${renderHeader(text, '3')}</div>`);
    const heading = header.querySelector('[role="heading"]')!;
    expect([heading.getAttribute('aria-level'), heading.hasAttribute('lang'), heading.textContent]).to.deep.equal(['3', false, 'حملے']);
    expect(header.querySelector('[part="description"]')!.getAttribute('lang')).to.equal('en');
    const none = await fixture<HTMLElement>(html`<div>${renderHeader(frameText({ heading: '' }, {}, undefined), '2')}</div>`);
    expect(none.children).to.have.length(0);
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
