// <ttp-attack-chart>'s three metrics with the article data: what each draws and how it is labelled.
import { expect, fixture, html } from '@open-wc/testing';
import '@conflict-viz/ttp-attack-chart';
import type { TtpAttackChart } from '@conflict-viz/ttp-attack-chart';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Wait until the element has drawn at its measured size (a size change is laid out a frame later). */
async function settled(el: TtpAttackChart) {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await nextFrame();
  await el.updateComplete;
  return el;
}

async function chart(template: ReturnType<typeof html>) {
  return settled(await fixture<TtpAttackChart>(template));
}

const $ = (el: TtpAttackChart, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: TtpAttackChart, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const bars = (el: TtpAttackChart) => $$(el, 'rect.bar');

async function tableRows(el: TtpAttackChart) {
  ($(el, '[part="table-button"]') as HTMLButtonElement).click();
  await el.updateComplete;
  return $$(el, 'table tbody tr').map((row) => [...row.children].map((cell) => text(cell)));
}

describe('<ttp-attack-chart metric="battle-deaths">', () => {
  it('draws UCDP BRD 24.1: 17 years, 2007–2023, 2023 = 752 (715–759), with whiskers and the four markers', async () => {
    const el = await chart(html`<ttp-attack-chart metric="battle-deaths"></ttp-attack-chart>`);
    expect(bars(el).length).to.equal(17);
    expect($$(el, 'path.whisker').length).to.be.at.least(10);
    expect($$(el, '.annotation').length).to.equal(4);
    expect(el.dataSource).to.equal('default');
    const rows = await tableRows(el);
    expect(rows.map((row) => row[0])).to.deep.equal(Array.from({ length: 17 }, (_, i) => String(2007 + i)));
    expect(rows.at(-1)).to.deep.equal(['2023', '752', '715', '759']);
    expect(rows.at(-2)).to.deep.equal(['2022', '494', '492', '525']);
    expect(text($(el, 'table thead'))).to.contain('Battle-related deaths');
  });

  it('says what it measures, where it comes from, and how it differs from events', async () => {
    const el = await chart(html`<ttp-attack-chart metric="battle-deaths"></ttp-attack-chart>`);
    expect(text($(el, '[role="heading"]'))).to.equal('Battle-related deaths, Government of Pakistan – TTP, 2007–2023');
    const description = text($(el, '[part="description"]'));
    expect(description).to.contain('fighting between the government and the Pakistani Taliban (TTP), including in Afghanistan');
    expect(description).to.contain('A different measure from events');
    expect(description).to.contain('low–high range');
    const source = $(el, '[part="source"] a') as HTMLAnchorElement;
    expect(text(source)).to.contain('UCDP Battle-Related Deaths Dataset 24.1 (CC BY 4.0)');
    expect(text(source)).to.contain('Davies, Engström, Pettersson & Öberg (2024), Journal of Peace Research 61(4)');
    expect(source.href).to.equal('https://ucdp.uu.se/downloads/');
    expect(text($(el, '#summary'))).to.contain('Highest: 5,968 battle-related deaths in 2009');
    expect(text($(el, '#summary'))).to.contain('Latest: 752 in 2023, up from 494 in 2022');
  });

  it('is accessible, light and dark, as bars and as a line with a band', async () => {
    const el = await chart(html`<ttp-attack-chart metric="battle-deaths"></ttp-attack-chart>`);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    el.type = 'line';
    await settled(el);
    expect($(el, 'path.band')).to.not.equal(null);
    expect($$(el, 'circle.point').length).to.equal(17);
    await expect(el).to.be.accessible();
  });

  it('follows the metric after the first drawing, and back', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    expect(bars(el).length).to.equal(15);
    el.metric = 'battle-deaths';
    await settled(el);
    expect(bars(el).length).to.equal(17);
    expect(text($(el, '[role="heading"]'))).to.contain('Battle-related deaths');
    el.metric = 'deaths';
    await settled(el);
    expect(bars(el).length).to.equal(15);
    expect(text($(el, '[role="heading"]'))).to.equal('Deaths in TTP-related violence in Pakistan, 2007–2021');
    el.metric = 'events';
    await settled(el);
    expect(bars(el).length).to.equal(15);
    expect(text($(el, '[role="heading"]'))).to.contain('events per year');
  });

  it('keeps the battle-deaths chart and its text under the notice when the metric becomes unknown', async () => {
    const el = await chart(html`<ttp-attack-chart metric="battle-deaths"></ttp-attack-chart>`);
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.setAttribute('metric', 'battle-death');
      await settled(el);
    } finally {
      console.warn = warn;
    }
    expect(text($(el, '[role="alert"]'))).to.contain('metric: unknown value "battle-death" (expected "events", "deaths" or "battle-deaths")');
    expect(bars(el).length).to.equal(17);
    expect(text($(el, '[role="heading"]'))).to.contain('Battle-related deaths');
  });

  it("shows none of the article's text or data when given data of its own", async () => {
    const data = [
      { year: 2022, deaths_best: 10, deaths_low: 9, deaths_high: 12 },
      { year: 2023, deaths_best: 20, deaths_low: 18, deaths_high: 25 },
    ];
    const el = await chart(html`<ttp-attack-chart metric="battle-deaths" .data=${data} annotations="[]"></ttp-attack-chart>`);
    expect(bars(el).length).to.equal(2);
    expect($(el, '[role="heading"]')).to.equal(null);
    expect($(el, '[part="source"]')).to.equal(null);
    expect(await tableRows(el)).to.deep.equal([
      ['2022', '10', '9', '12'],
      ['2023', '20', '18', '25'],
    ]);
  });
});

describe('<ttp-attack-chart> text of the GED metrics', () => {
  it('events: says what an event is, and why the chart does not say attacks', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    const description = text($(el, '[part="description"]'));
    expect(description).to.contain('including operations the government began');
    expect(description).to.contain('Hence events, not attacks');
    expect(description).to.contain('ends in December 2021');
  });

  it('deaths: names the release and when it ends, and that government operations are counted', async () => {
    const el = await chart(html`<ttp-attack-chart metric="deaths"></ttp-attack-chart>`);
    const description = text($(el, '[part="description"]'));
    expect(description).to.contain('government operations against it included');
    expect(description).to.contain('UCDP GED 22.1, released in 2022, ends in December 2021');
    expect(description).to.not.contain('The 2021 release');
  });
});
