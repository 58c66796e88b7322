// Keyboard only, per element: Tab in, reach every mark in order, open its details, leave.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import 'conflict-viz';
import { ELEMENT_TAGS, KEYBOARD } from './elements.js';

type CvHost = HTMLElement & { updateComplete: Promise<boolean> };

const live = (el: CvHost) => el.shadowRoot!.querySelector('.live')!.textContent!.trim();

async function press(el: CvHost, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('keyboard-only walkthrough', () => {
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>`, async () => {
      const page = await fixture<HTMLDivElement>(staticHtml`<div>
        <button id="before">before</button>
        <${unsafeStatic(tag)}></${unsafeStatic(tag)}>
        <button id="after">after</button>
      </div>`);
      const el = page.querySelector(tag) as CvHost;
      await el.updateComplete;
      (page.querySelector('#before') as HTMLButtonElement).focus();

      // Tab in, past the element's own controls (legend, zoom buttons) to the plot, which announces a mark.
      await press(el, 'Tab');
      expect(document.activeElement).to.equal(el);
      for (let i = 0; i < 10 && el.shadowRoot!.activeElement?.getAttribute('part') !== 'plot'; i++) await press(el, 'Tab');
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('plot');
      expect(live(el)).to.not.equal('');
      await press(el, 'Home');
      expect(live(el)).to.match(KEYBOARD[tag].first);

      // Every mark, in order, once each.
      const seen = [live(el)];
      for (let i = 1; i < KEYBOARD[tag].marks; i++) {
        await press(el, 'ArrowRight');
        seen.push(live(el));
      }
      expect(new Set(seen).size, 'each step reaches a new mark').to.equal(KEYBOARD[tag].marks);
      expect(seen.at(-1)).to.match(KEYBOARD[tag].last);
      await press(el, 'ArrowRight');
      expect(live(el), 'the last mark is the end').to.equal(seen.at(-1));
      await press(el, 'Home');
      expect(live(el)).to.equal(seen[0]);
      await press(el, 'End');
      expect(live(el)).to.equal(seen.at(-1));

      // Enter selects (and opens details where the element has them).
      const selected = oneEvent(el, 'cv-select');
      await press(el, 'Enter');
      expect((await selected).detail).to.not.equal(undefined);

      // Leave: Tab moves on through the element's controls and out, never trapped.
      await press(el, 'Escape');
      let left = false;
      for (let i = 0; i < 12 && !left; i++) {
        await press(el, 'Tab');
        left = document.activeElement === page.querySelector('#after');
      }
      expect(left, 'Tab leaves the element').to.equal(true);
    });
  }
});
