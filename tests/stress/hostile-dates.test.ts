// Hostile dates: years before the common era are written one way everywhere a year is written (ticks,
// tables, summaries, lists), pages in Persian and Thai get one calendar in a whole timeline, and a refused
// from/to pair keeps the last good one.
import { expect, html, oneEvent } from '@open-wc/testing';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/conflict-timeline';
import { LocaleFormat, OptionReader, readWholeNumber, utcTime, type CvErrorEvent } from '@conflict-viz/core';
import { $$, button, captureWarnings, drawing, mountIn, part, settled, text, type CvHost } from '../helpers.js';

/** Every text the element shows or gives assistive technology: its shadow root's text and labels. */
function everything(el: CvHost): string {
  const labels = $$(el, '[aria-label]').map((node) => node.getAttribute('aria-label'));
  return `${el.shadowRoot!.textContent} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

/** A year written as a negative number, in any digits: what no reader should see for a year. */
const MINUS_YEAR = /[-\u2212]\s*[\d\u0660-\u0669\u06F0-\u06F9]{2,}/;

describe('hostile dates: years before the common era', () => {
  it('LocaleFormat writes years as ISO 8601 numbers them (0 is 1 BCE, -299 is 300 BCE), with the era through Intl', () => {
    const en = new LocaleFormat('en');
    expect(en.year(2014)).to.equal('2014');
    expect(en.year(1)).to.equal('1');
    expect(en.year(0)).to.equal('1 BC');
    expect(en.year(-299)).to.equal('300 BC');
    expect(new LocaleFormat('fr').year(-299)).to.equal('300 av. J.-C.');
    expect(new LocaleFormat('fa-AF').year(-299)).to.equal('۳۰۰ ق.م.');
    // Dates say the same of the same year.
    expect(en.date(utcTime(-299), 'year')).to.equal('300 BC');
    expect(en.date(utcTime(-299, 5), 'month')).to.equal('June 300 BC');
    expect(en.date(utcTime(-299, 5, 15), 'day')).to.equal('June 15, 300 BC');
    expect(en.date(utcTime(2014, 5, 15), 'day'), 'the common era is not marked').to.equal('June 15, 2014');
  });

  it('<ttp-attack-chart>: years before the common era are written the same in ticks, table and summary', async () => {
    const data = [-301, -300, -299, -298, -297].map((year, i) => ({ year, events: 10 + i }));
    const el = await mountIn<CvHost>(html`<ttp-attack-chart .data=${data}></ttp-attack-chart>`, 640);
    (part(el, 'table-button') as HTMLButtonElement).click();
    await settled(el);
    const ticks = $$(el, '.axis.x text').map((t) => t.textContent);
    expect(ticks.length).to.be.greaterThan(1);
    for (const tick of ticks) expect(tick).to.match(/^\d{3} BC$/);
    const rows = $$(el, 'table tbody th').map(text);
    expect(rows).to.deep.equal(['302 BC', '301 BC', '300 BC', '299 BC', '298 BC']);
    expect(text(part(el, 'summary'))).to.contain('302 BC');
    expect(everything(el).match(MINUS_YEAR)?.[0]).to.equal(undefined);
  });

  it('<conflict-timeline>: an event in 300 BCE reads "300 BC" on the axis, in the list and in the summary', async () => {
    const data = {
      events: [
        { start: '-0299-06-15', title: 'A battle', category: 'war' },
        { start: '-0297', title: 'A treaty', category: 'diplomacy' },
      ],
      eras: [{ title: 'An age', from: '-0310', to: '-0290' }],
    };
    const el = await mountIn<CvHost>(html`<conflict-timeline .data=${data} orientation="horizontal"></conflict-timeline>`, 900);
    button(el, 'List').click();
    await settled(el);
    const all = everything(el);
    expect(all).to.contain('June 15, 300 BC');
    expect(all).to.contain('298 BC');
    expect(all.match(MINUS_YEAR)?.[0]).to.equal(undefined);
    const ticks = $$(el, '[part="axis"] text').map((t) => t.textContent!);
    expect(ticks.length).to.be.greaterThan(1);
    for (const tick of ticks) expect(tick).to.match(/BC$/);
  });
});

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
