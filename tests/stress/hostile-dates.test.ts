// Hostile dates: pages in Persian and Thai get one calendar in a whole timeline, and a refused from/to
// pair keeps the last good one.
import { expect, html, oneEvent } from '@open-wc/testing';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/conflict-timeline';
import { LocaleFormat, OptionReader, readWholeNumber, utcTime, type CvErrorEvent } from '@conflict-viz/core';
import { $$, button, captureWarnings, drawing, mountIn, settled, type CvHost } from '../helpers.js';

/** Every text the element shows or gives assistive technology: its shadow root's text and labels. */
function everything(el: CvHost): string {
  const labels = $$(el, '[aria-label]').map((node) => node.getAttribute('aria-label'));
  return `${el.shadowRoot!.textContent} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

describe('hostile dates: one calendar per page', () => {
  it('LocaleFormat writes the Gregorian year the data gives in Persian (fa-AF) and Thai, in the locale’s digits', () => {
    const december16 = utcTime(2014, 11, 16);
    const fa = new LocaleFormat('fa-AF');
    expect(fa.year(2014)).to.equal('۲۰۱۴');
    for (const precision of ['year', 'month', 'day'] as const) {
      expect(fa.date(december16, precision), precision).to.contain('۲۰۱۴').and.not.contain('۱۳۹۳');
    }
    const th = new LocaleFormat('th');
    expect(th.year(2014)).to.equal('2014');
    for (const precision of ['year', 'month', 'day'] as const) {
      expect(th.date(december16, precision), precision).to.contain('2014').and.not.contain('2557');
    }
    expect(fa.dateFormat({ month: 'short', year: 'numeric', timeZone: 'UTC' }).resolvedOptions().calendar).to.equal('gregory');
  });

  for (const [lang, gregorian, other] of [
    ['fa-AF', /۲۰۰۱/, /۱۳[۰-۹]{2}/],
    ['th', /2001/, /25[0-9]{2}/],
  ] as const) {
    it(`<conflict-timeline lang="${lang}">: ticks, list and summary all count years in the Gregorian calendar`, async () => {
      const el = await mountIn<CvHost>(html`<conflict-timeline lang=${lang} orientation="horizontal"></conflict-timeline>`, 900);
      button(el, 'List').click();
      await settled(el);
      const all = everything(el);
      expect(all.match(gregorian)?.[0], 'a Gregorian year').to.not.equal(undefined);
      expect(all.match(other)?.[0], 'a year of another calendar').to.equal(undefined);
    });
  }
});

describe('hostile dates: a refused from/to pair', () => {
  it('OptionReader.range keeps the last good pair while a pair is out of order, and reports it under from', () => {
    const read = new OptionReader();
    const year = (raw: unknown) => readWholeNumber(raw);
    read.begin();
    expect(read.range('2010', '2015', year)).to.deep.equal([2010, 2015]);
    read.begin();
    expect(read.range('2018', '2015', year)).to.deep.equal([2010, 2015]);
    expect(read.issues).to.deep.equal([{ source: 'from', message: '2018 is after to 2015' }]);
    read.begin();
    expect(read.range('2011', '2015', year)).to.deep.equal([2011, 2015]);
    expect(read.issues).to.deep.equal([]);
  });

  it('<ttp-attack-chart>: from after to is refused with cv-error, and the chart keeps drawing the last good years', async () => {
    const el = await mountIn<CvHost>(html`<ttp-attack-chart from="2010" to="2015"></ttp-attack-chart>`, 640);
    const before = drawing(el);
    const years = () => $$(el, '.axis.x text').map((t) => t.textContent);
    const ticks = years();
    expect(ticks[0]).to.equal('2010');
    const console = captureWarnings();
    try {
      const failed = oneEvent(el, 'cv-error') as Promise<CvErrorEvent>;
      el.setAttribute('from', '2018');
      expect((await failed).detail.messages).to.deep.equal(['from: 2018 is after to 2015']);
      await settled(el);
    } finally {
      console.restore();
    }
    expect(years()).to.deep.equal(ticks);
    expect(drawing(el)).to.equal(before);
  });
});
