// The element contract, what readers and pages meet: the frame's text, the cv-* events (typed, bubbling,
// composed), the keyboard from Tab in to Tab out, the data table, and axe; run over every element from
// the list in ./elements.ts, through public behaviour only (parts, roles, events, attributes, properties).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { CvErrorEvent, CvRenderEvent, CvSelectEvent } from '@conflict-viz/core';
import { CONTRACTS } from './elements.js';
import { $$, announced, captureWarnings, focusedName, mount, parts, part, plot, press, settled, tagTemplate, text, tooltip, type CvHost } from '../helpers.js';

/** The focus is in the plot: on the plot itself, or on a mark inside it. */
const focusInPlot = (el: CvHost) => {
  const active = el.shadowRoot!.activeElement;
  return !!active && (active === plot(el) || plot(el).contains(active));
};

for (const { tag, article, keyboard } of CONTRACTS) {
  const name = unsafeStatic(tag);

  describe(`contract <${tag}>: frame, events, keyboard, table, axe`, () => {
    it('shows heading, description and source as given, as text, with the heading level asked for and only an http(s) source link', async () => {
      const markup = '<b>bold</b>';
      const el = await mount<CvHost>(
        staticHtml`<${name} heading=${`Our heading ${markup}`} heading-level="3" description="Our description" source="Our newsroom" source-href="https://example.org/data"></${name}>`,
      );
      const heading = part(el, 'heading')!;
      expect(text(heading)).to.equal(`Our heading ${markup}`);
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(text(part(el, 'description'))).to.equal('Our description');
      const link = part(el, 'source')!.querySelector('a')!;
      expect([text(link), link.href]).to.deep.equal(['Our newsroom', 'https://example.org/data']);
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
      expect(el.hasAttribute('title'), 'no native tooltip over the whole element').to.equal(false);
    });

    it('fires cv-render, cv-select and cv-error as typed events that bubble out of a shadow root', async () => {
      // The element inside another component's shadow root: only bubbling, composed events reach the page.
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag) as unknown as CvHost;
      const heard: { event: Event; origin: EventTarget }[] = [];
      const listen = (event: Event) => heard.push({ event, origin: event.composedPath()[0] });
      const types = ['cv-render', 'cv-select', 'cv-error'];
      for (const type of types) document.addEventListener(type, listen);
      try {
        host.attachShadow({ mode: 'open' }).append(el);
        await settled(el);
        const of = (type: string) => heard.filter((h) => h.event.type === type && h.origin === el).map((h) => h.event);
        const render = of('cv-render').at(-1) as CvRenderEvent;
        expect(render).to.be.instanceOf(CvRenderEvent);
        expect(render.detail).to.include({ marks: article.marks, source: 'default' });
        expect(render.detail.duration).to.be.a('number').and.at.least(0);

        plot(el).focus();
        await press(el, 'End');
        await press(el, 'Enter');
        const select = of('cv-select').at(-1) as CvSelectEvent;
        expect(select).to.be.instanceOf(CvSelectEvent);
        expect(select.detail).to.deep.include(keyboard.lastDatum);

        const console = captureWarnings();
        el.setAttribute('theme', 'blue');
        await settled(el);
        console.restore();
        expect(console.warnings.length).to.equal(1);
        const error = of('cv-error').at(-1) as CvErrorEvent;
        expect(error).to.be.instanceOf(CvErrorEvent);
        expect(error.detail.messages).to.deep.equal(['theme: unknown value "blue" (expected "light", "dark" or "auto")']);
        for (const event of [render, select, error]) expect([event.type, event.bubbles, event.composed]).to.deep.equal([event.type, true, true]);
      } finally {
        for (const type of types) document.removeEventListener(type, listen);
      }
    });

    it('keyboard only: Tab in to the plot, every mark in order with arrows, Home/End, Enter selects, Escape hides, Tab leaves', async () => {
      const page = await fixture<HTMLDivElement>(staticHtml`<div>
        <button id="before">before</button>
        <${name}></${name}>
        <button id="after">after</button>
      </div>`);
      const el = await settled(page.querySelector(tag) as unknown as CvHost);
      (page.querySelector('#before') as HTMLButtonElement).focus();
      // The keyboard help: said with the plot's name, and shown under the plot while a mark has keyboard focus.
      const help = () => el.shadowRoot!.querySelector('#hint')!.getBoundingClientRect();
      expect(help().width, 'the help is out of sight until then').to.be.at.most(1);

      // Tab in, past the element's own controls (legend, zoom buttons) to the plot, which shows a mark.
      await press(el, 'Tab');
      expect(document.activeElement).to.equal(el);
      for (let i = 0; i < 10 && !focusInPlot(el); i++) await press(el, 'Tab');
      expect(focusInPlot(el), 'Tab reaches the plot').to.equal(true);
      expect(help().width, 'the help is shown').to.be.above(100);
      expect(help().top, 'under the plot').to.be.at.least(plot(el).getBoundingClientRect().bottom - 1);
      expect(tooltip(el), 'focus shows a tooltip').to.not.equal('');
      expect(focusedName(el), 'on a named mark').to.not.equal('');
      expect(announced(el), 'which the live region does not repeat').to.equal('');
      await press(el, 'Home');
      expect(tooltip(el)).to.match(keyboard.first);
      expect(focusedName(el)).to.match(keyboard.first);

      // Every mark, in order, once each.
      const seen = [tooltip(el)];
      for (let i = 1; i < keyboard.marks; i++) {
        await press(el, 'ArrowRight');
        seen.push(tooltip(el));
        expect(focusedName(el), seen.at(-1)).to.contain(seen.at(-1)!.split(' ')[0]);
      }
      expect(new Set(seen).size, 'each step reaches a new mark').to.equal(keyboard.marks);
      expect(seen.at(-1)).to.match(keyboard.last);
      await press(el, 'ArrowRight');
      expect(tooltip(el), 'the last mark is the end').to.equal(seen.at(-1));
      await press(el, 'Home');
      expect(tooltip(el)).to.equal(seen[0]);
      await press(el, 'End');
      expect(tooltip(el)).to.equal(seen.at(-1));

      // Enter selects the mark (and opens its details where the element has them).
      const selected = oneEvent(el, 'cv-select') as Promise<CvSelectEvent>;
      await press(el, 'Enter');
      expect((await selected).detail).to.deep.include(keyboard.lastDatum);

      // Escape hides the tooltip; Tab moves on through the element's controls and out, never trapped.
      await press(el, 'Escape');
      expect(tooltip(el)).to.equal('');
      let left = false;
      for (let i = 0; i < 12 && !left; i++) {
        await press(el, 'Tab');
        left = document.activeElement === page.querySelector('#after');
      }
      expect(left, 'Tab leaves the element').to.equal(true);
    });

    it('shows and hides the data table with one button, and is accessible with it open', async () => {
      const el = await mount<CvHost>(tagTemplate(tag));
      const toggle = part(el, 'table-button') as HTMLButtonElement;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'table')).to.equal(null);
      toggle.click();
      await settled(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const table = part(el, 'table')!;
      expect(toggle.getAttribute('aria-controls')).to.equal(table.id);
      expect(text(table.querySelector('caption')).length).to.be.above(10);
      expect(table.querySelectorAll('tbody tr').length).to.equal(article.tableRows);
      await expect(el).to.be.accessible();
      toggle.click();
      await settled(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'table')).to.equal(null);
    });

    it("is accessible with the article's data, light and dark: a labelled plot, named marks, a summary, no axe violations", async () => {
      const el = await mount<CvHost>(tagTemplate(tag));
      expect(text(part(el, 'heading'))).to.contain(article.heading);
      expect(plot(el).getAttribute('aria-label')).to.not.equal('');
      expect(part(el, 'svg')!.getAttribute('role'), 'the drawing is not one image: its marks are read').to.equal(null);
      expect($$(el, '[data-mark][role="img"]').every((node) => node.getAttribute('aria-label'))).to.equal(true);
      expect(text(part(el, 'summary')).length).to.be.above(20);
      expect(parts(el, 'mark').length).to.be.above(0);
      await expect(el).to.be.accessible();
      el.setAttribute('theme', 'dark');
      await settled(el);
      expect(getComputedStyle(el).backgroundColor, 'dark').to.not.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    });
  });
}
