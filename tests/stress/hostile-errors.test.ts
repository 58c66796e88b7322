// Hostile listeners and hostile values against the error contract: event details are copies, each new bad
// input is told, an error stays until its input is fixed, a refused option leaves the drawing as it was,
// and a 1 MB value gives a short notice and a short console line.
import { expect, oneEvent } from '@open-wc/testing';
import type { CvErrorEvent, CvSelectEvent } from '@conflict-viz/core';
import { CONTRACTS } from '../contract/elements.js';
import { captureWarnings, drawing, mount, notice, plot, press, settled, tagTemplate, until, type CvHost } from '../helpers.js';

const MEGABYTE = 'x'.repeat(1_000_000);

/** Every key of a value, nested, set to something else: what a careless or hostile listener does. */
function vandalise(value: unknown): void {
  if (!value || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (field && typeof field === 'object') vandalise(field);
    else (value as Record<string, unknown>)[key] = 'vandalised';
  }
}

for (const { tag, bad, keyboard } of CONTRACTS) {
  describe(`hostile errors <${tag}>`, () => {
    it('a listener that edits a cv-select detail changes nothing for the drawing or the listeners after it', async () => {
      /** Chooses the last mark with the keys and closes what that opened: focus stays on the mark, as a reader's would. */
      const chooseLast = async (el: CvHost) => {
        plot(el).focus();
        await press(el, 'End');
        const selected = oneEvent(el, 'cv-select');
        await press(el, 'Enter');
        await selected;
        await press(el, 'Escape');
      };
      const control = await mount<CvHost>(tagTemplate(tag));
      await chooseLast(control);
      const expected = drawing(control);
      control.remove();
      const el = await mount<CvHost>(tagTemplate(tag));
      const seen: unknown[] = [];
      // Capturing on the document: this listener runs before any on the element.
      const edit = (event: Event) => vandalise((event as CvSelectEvent).detail);
      document.addEventListener('cv-select', edit, true);
      el.addEventListener('cv-select', (event) => seen.push((event as CvSelectEvent).detail));
      try {
        await chooseLast(el);
      } finally {
        document.removeEventListener('cv-select', edit, true);
      }
      expect(seen[0]).to.deep.include(keyboard.lastDatum);
      // The same drawing as an element chosen the same way with no such listener.
      expect(drawing(el)).to.equal(expected);
    });

    it('a listener that edits a cv-error detail does not change the notice', async () => {
      const el = await mount<CvHost>(tagTemplate(tag));
      el.addEventListener('cv-error', (event) => vandalise((event as CvErrorEvent).detail));
      const console = captureWarnings();
      el.setAttribute('theme', 'blue');
      await settled(el);
      console.restore();
      expect(notice(el)).to.contain('theme: unknown value "blue"');
      expect(el.issues[0].message).to.contain('unknown value "blue"');
    });

    it('a second, different bad value fires a new cv-error, even when the two give the same short message', async () => {
      const el = await mount<CvHost>(tagTemplate(tag));
      const errors: CvErrorEvent[] = [];
      el.addEventListener('cv-error', (event) => errors.push(event as CvErrorEvent));
      const console = captureWarnings();
      try {
        for (const value of ['blue', 'green', `${'y'.repeat(60)}1`, `${'y'.repeat(60)}2`]) {
          el.setAttribute('theme', value);
          await settled(el);
        }
      } finally {
        console.restore();
      }
      expect(errors.length).to.equal(4);
      expect(errors[2].detail.messages).to.deep.equal(errors[3].detail.messages);
    });

    it('an input error stays after an unrelated option changes, and a refused option leaves the drawing as it was', async () => {
      const el = await mount<CvHost>(tagTemplate(tag));
      const good = drawing(el);
      const console = captureWarnings();
      try {
        el.setAttribute('data', bad[0].value);
        await settled(el);
        const message = el.issues[0].message;
        el.setAttribute('heading', 'Another heading');
        el.setAttribute('theme', 'dark');
        await settled(el);
        expect(el.issues.map((issue) => issue.message)).to.include(message);
        expect(notice(el)).to.contain(message);
        el.removeAttribute('heading');
        el.setAttribute('theme', 'light');
        // A refused value of the element's own attribute: the last good value stays, so the drawing does too.
        el.setAttribute(bad[1].attribute, bad[1].value);
        await settled(el);
        expect(drawing(el)).to.equal(good);
      } finally {
        console.restore();
      }
    });

    it('an internal error in the layout stays told through focus and hover, until a new drawing replaces it', async () => {
      const el = await mount<CvHost>(tagTemplate(tag));
      const good = drawing(el);
      const layout = (el as unknown as { layout: unknown }).layout;
      Object.assign(el, {
        layout: () => {
          throw new Error('planted layout failure');
        },
      });
      const console = captureWarnings();
      try {
        // A narrower element is laid out again, and the layout throws.
        el.style.width = '500px';
        await until(() => notice(el).includes('internal error: planted layout failure'));
        expect(drawing(el), 'the last good drawing stays').to.equal(good);
        plot(el).focus();
        await press(el, 'Home');
        plot(el).dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 10, clientY: 10 }));
        await settled(el);
        expect(notice(el)).to.contain('internal error: planted layout failure');
        Object.assign(el, { layout });
        // Another width (a quick return to the last one is taken for a scrollbar's flicker and ignored).
        el.style.width = '450px';
        await until(() => notice(el) === '');
      } finally {
        console.restore();
      }
    });

    it('a 1 MB bad value gives a short notice, a short cv-error message and a short console line', async () => {
      const el = await mount<CvHost>(tagTemplate(tag));
      for (const attribute of ['theme', 'heading-level', 'source-href', 'data', bad[1].attribute]) {
        const console = captureWarnings();
        try {
          const failed = oneEvent(el, 'cv-error') as Promise<CvErrorEvent>;
          el.setAttribute(attribute, MEGABYTE);
          const event = await failed;
          await settled(el);
          expect(notice(el).length, attribute).to.be.within(10, 600);
          expect(event.detail.messages.join('').length, attribute).to.be.below(500);
          expect(console.warnings.map(String).join('').length, attribute).to.be.within(10, 600);
        } finally {
          console.restore();
        }
        el.removeAttribute(attribute);
        await settled(el);
      }
    });
  });
}

describe('hostile errors: numbers and views', () => {
  it('<conflict-timeline> zoomBy(1e-308), zoomBy(1e308), panBy(±1e308) and panBy(5e-324) neither throw nor draw NaN', async () => {
    const el = await mount<CvHost & { zoomBy(f: number, at?: number): void; panBy(f: number): void; visibleWindow?: readonly number[] }>(
      tagTemplate('conflict-timeline'),
    );
    for (const [method, value] of [
      ['zoomBy', 1e-308],
      ['zoomBy', 1e308],
      ['zoomBy', Number.MIN_VALUE],
      ['panBy', 1e308],
      ['panBy', -1e308],
      ['panBy', 5e-324],
    ] as const) {
      expect(() => el[method](value), `${method}(${value})`).to.not.throw();
      await settled(el);
      expect(el.visibleWindow!.every(Number.isFinite), `${method}(${value})`).to.equal(true);
      expect(el.shadowRoot!.innerHTML, `${method}(${value})`).to.not.contain('NaN');
    }
  });

  it('<ttp-attack-chart> writes -0 as "0", in the drawing and in the table', async () => {
    const el = await mount<CvHost>(tagTemplate('ttp-attack-chart'));
    el.data = [
      { year: 2020, events: -0 },
      { year: 2021, events: 3 },
    ];
    await settled(el);
    (el.shadowRoot!.querySelector('[part~="table-button"]') as HTMLButtonElement).click();
    await settled(el);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.not.match(/[-−]0\b/);
    expect(text).to.contain('2020');
  });
});
