// Words the elements write, through Intl: a count takes the plural form Intl.PluralRules picks ("1 event"),
// a span of one year is that year ("2014", not "2014–2014"), and no sentence ends twice (".."). Over the summary, legend, notes, tooltips and
// data table of each element, with data that has a single year and single events.
import { expect, fixture, html } from '@open-wc/testing';
import { LocaleFormat, countOf, describeMark, yearRange, type Tooltip } from '@conflict-viz/core/pure';
import { $, $$, mount, settled, text, type CvHost } from './helpers.js';
import './contract/elements.js';

/** Everything an element says in words: summary, legend, notes, table (opened), and each mark's tooltip. */
async function words(el: CvHost): Promise<string> {
  ($(el, '[part="table-button"]') as HTMLButtonElement).click();
  await settled(el);
  const said = ['#summary', '[part~="legend"]', '.notes', 'table'].flatMap((selector) => $$(el, selector).map(text));
  const scene = (el as unknown as { scene: { marks: number; mark(i: number): Tooltip } }).scene;
  // Each mark as the live region announces it.
  for (let i = 0; i < scene.marks; i++) said.push(describeMark(scene.mark(i)));
  return said.join('\n');
}

function expectWellWorded(said: string) {
  const near = (pattern: RegExp) => said.match(pattern)?.[0];
  expect(near(/.{0,60}(^|[^\d,.])1 (events|deaths|districts|UCDP events)\b.{0,20}/), 'a plural after 1').to.equal(undefined);
  expect(near(/.{0,60}\b(\d{4})–\1\b.{0,20}/), 'a span of one year').to.equal(undefined);
  expect(near(/.{0,60}[^.]\.\.(?!\.).{0,20}/), 'a double full stop').to.equal(undefined);
}

describe('wording through Intl', () => {
  it('countOf and yearRange: English plural rules, and years in the locale', () => {
    const en = new LocaleFormat('en');
    const noun = { one: 'event', other: 'events' };
    expect([0, 1, 1.5, 2, 1000].map((n) => countOf(en, n, noun))).to.deep.equal(['0 events', '1 event', '1.5 events', '2 events', '1,000 events']);
    expect(countOf(en, 1, 'attacks'), "a page's own plural noun").to.equal('1 attacks');
    expect(countOf(new LocaleFormat('ar-EG'), 1, noun), "the locale's digits, the noun's rules").to.equal('١ event');
    expect(yearRange(en, 2014, 2014)).to.equal('2014');
    expect(yearRange(en, 2010, 2012)).to.equal('2010–2012');
    expect(yearRange(new LocaleFormat('ar-EG'), 2010, 2012)).to.match(/٢٠١٠.*٢٠١٢/);
  });

  it('<ttp-attack-chart> with one year and one event: "2014: 1 event.", "per year, 2014"', async () => {
    const el = await mount<CvHost>(html`<ttp-attack-chart data='[{"year": 2014, "events": 1}]'></ttp-attack-chart>`);
    const said = await words(el);
    expect(said).to.contain('2014: 1 event.');
    expect($(el, '[part="plot"]')!.getAttribute('aria-label')).to.equal('Bar chart of events per year, 2014');
    expectWellWorded(said);
  });

  it('<ttp-attack-chart> with single events and deaths: "Lowest: 1 event", "1 death"', async () => {
    const rows =
      '[{"year": 2013, "events": 1, "deaths_best": 1, "deaths_low": 1, "deaths_high": 2}, {"year": 2014, "events": 3, "deaths_best": 4, "deaths_low": 3, "deaths_high": 5}]';
    for (const metric of ['events', 'deaths']) {
      const el = await mount<CvHost>(html`<ttp-attack-chart metric=${metric} data=${rows}></ttp-attack-chart>`);
      const said = await words(el);
      expect(said).to.contain(metric === 'events' ? 'Lowest: 1 event in 2013' : 'Lowest: 1 death in 2013');
      expectWellWorded(said);
    }
  });

  it('<border-map> with the events of one year: "UCDP events per district, 2014", single events as "1 event"', async () => {
    const el = await mount<CvHost>(html`<border-map layers="places events inset" from="2014" to="2014"></border-map>`);
    const said = await words(el);
    expect(text($(el, '[part~="legend"]'))).to.contain('UCDP events per district, 2014:');
    expect(said).to.match(/(^|\n)[^\n]*\b1 event involving the TTP, 2014/);
    expectWellWorded(said);
  });

  it("every element with the article's data: no plural after 1, no span of one year, no double full stop", async () => {
    for (const tag of ['ttp-attack-chart', 'border-map', 'conflict-timeline']) {
      const box = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag) as CvHost;
      if (tag === 'border-map') el.setAttribute('layers', 'places events inset');
      box.append(el);
      await settled(el);
      const said = await words(el);
      expect(said.length, tag).to.be.above(100);
      expectWellWorded(said);
    }
  });
});
