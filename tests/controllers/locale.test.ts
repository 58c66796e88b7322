// LocaleController in Chromium: language and direction inherited from the page, and followed as they change.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '@conflict-viz/core';

class LocaleHost extends LitElement {
  readonly locale = new LocaleController(this);
}
customElements.define('test-locale', LocaleHost);

describe('LocaleController', () => {
  const lang = document.documentElement.lang;
  afterEach(() => (document.documentElement.lang = lang));

  it('takes lang from the nearest ancestor that has one, and direction from CSS', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ur" dir="rtl"><test-locale></test-locale></div>`);
    const el = wrapper.firstElementChild as LocaleHost;
    expect(el.locale.locale).to.equal('ur');
    expect(el.locale.rtl).to.equal(true);
    el.setAttribute('lang', 'de');
    el.setAttribute('dir', 'ltr');
    await el.updateComplete;
    expect([el.locale.locale, el.locale.rtl]).to.deep.equal(['de', false]);
  });

  it("follows the page's own lang when the element has none", async () => {
    document.documentElement.lang = 'fr';
    const el = await fixture<LocaleHost>(html`<test-locale></test-locale>`);
    expect(el.locale.locale).to.equal('fr');
    document.documentElement.lang = 'en-GB';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.locale.locale).to.equal('en-GB');
  });

  it('marks the words the element writes (English) with lang="en" on pages in other languages only', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ur"><test-locale></test-locale></div>`);
    const el = wrapper.firstElementChild as LocaleHost;
    expect(el.locale.generatedLang).to.equal('en');
    for (const [lang, generated] of [
      ['en-GB', undefined],
      ['EN', undefined],
      ['de-CH', 'en'],
    ] as const) {
      el.setAttribute('lang', lang);
      await el.updateComplete;
      expect(el.locale.generatedLang, lang).to.equal(generated);
    }
  });
});
