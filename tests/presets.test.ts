// The article's presets appear only when an element is given no data: with a user's data, no word or
// link of the article is left anywhere in the shadow DOM (heading, description, legend, labels,
// notes, summary, source, table, list), whatever the element is asked to draw.
import { expect, fixture, html } from '@open-wc/testing';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
import { mapPlaces } from '@conflict-viz/data/map-places';
import { timelineEras } from '@conflict-viz/data/timeline-eras';
import { timelineEvents } from '@conflict-viz/data/timeline-events';
import { ttpAnnotations } from '@conflict-viz/data/ttp-annotations';
import { ttpDistricts } from '@conflict-viz/data/ttp-districts';
import { $$, settled, until, type CvHost } from './helpers.js';

/** Draw, open every disclosure (data table, list), and return everything a reader could meet: text, names and links. */
async function everything(el: CvHost): Promise<string> {
  await settled(el);
  for (const button of $$(el, '[part="table-button"], [aria-controls="list"]') as HTMLButtonElement[]) button.click();
  await el.updateComplete;
  const attributes = $$(el, '*').flatMap((node) => ['aria-label', 'href', 'title'].map((name) => node.getAttribute(name) ?? '').filter(Boolean));
  return [el.shadowRoot!.textContent ?? '', ...attributes].join('\n').replace(/\s+/g, ' ');
}

/** The words no user's drawing may show: the article's subjects, sources and links. */
const ARTICLE_WORDS = ['TTP', 'Taliban', 'UCDP', 'ucdp.uu.se', 'Pakistan', 'Afghanistan', 'article', 'Madni', 'Conundrum', 'Natural Earth', 'naturalearthdata'];

function expectNone(text: string, words: readonly string[]) {
  const found = words.filter((word) => text.toLowerCase().includes(word.toLowerCase()));
  expect(found, 'article words in a user drawing').to.deep.equal([]);
}

describe('article presets stay with the article data', () => {
  it('<ttp-attack-chart>: the README\'s "own numbers" show no article moment, text or link', async () => {
    const el = await fixture<CvHost>(html`<ttp-attack-chart
      heading="Attacks in our district"
      source="Our newsroom's count"
      value-label="attacks"
      data='[{"year": 2021, "events": 12}, {"year": 2022, "events": 19}, {"year": 2023, "events": 25}]'
    ></ttp-attack-chart>`);
    const text = await everything(el);
    expect(el.dataSource).to.equal('data attribute');
    expect(text).to.contain('Attacks in our district').and.contain('attacks');
    expect($$(el, '.annotation')).to.have.length(0);
    expectNone(text, [...ARTICLE_WORDS, ...ttpAnnotations.map((a) => a.label)]);

    // Every metric's preset stays out too, and the author's own moments still show.
    el.setAttribute('metric', 'battle-deaths');
    el.setAttribute('value-field', 'events');
    el.setAttribute('annotations', '[{"date": "2022-03", "label": "New council"}]');
    const again = await everything(el);
    expect(again).to.contain('New council');
    expectNone(again, [...ARTICLE_WORDS, ...ttpAnnotations.map((a) => a.label)]);
  });

  it('<border-map>: a user geometry with layers="places events inset" shows no article place, district, border or source', async () => {
    const square = (x: number) => [
      [
        [x, 10],
        [x + 2, 10],
        [x + 2, 12],
        [x, 12],
        [x, 10],
      ],
    ];
    const geometry = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'AAA', properties: { name: 'Alpha' }, geometry: { type: 'Polygon', coordinates: square(10) } },
        { type: 'Feature', id: 'BBB', properties: { name: 'Beta' }, geometry: { type: 'Polygon', coordinates: square(12) } },
      ],
    };
    const el = await fixture<CvHost>(html`<border-map
      .data=${geometry}
      highlight="AAA BBB"
      layers="places events inset"
      markers='[{"lon": 11, "lat": 11, "label": "Our office"}]'
    ></border-map>`);
    const text = await everything(el);
    expect(el.dataSource).to.equal('data property');
    expect(text).to.contain('Alpha–Beta border').and.contain('Our office');
    expect($$(el, '.place, .district')).to.have.length(0);
    const districts = ttpDistricts.map((d) => d.adm_2).filter(Boolean);
    expectNone(text, [...ARTICLE_WORDS, 'Durand', '2,640', 'Kashmir', 'de facto', ...mapPlaces.map((p) => p.name), ...districts]);
  });

  it('<conflict-timeline>: a user chronology shows no article event, era, text or source', async () => {
    const events = [
      { start: '2020-03', title: 'Council elected' },
      { start: '2021-06-01', end: '2021-09', title: 'Road closed', category: 'other' },
    ];
    const el = await fixture<CvHost>(html`<conflict-timeline .data=${events}></conflict-timeline>`);
    const text = await everything(el);
    expect(el.dataSource).to.equal('data property');
    expect(text).to.contain('Council elected').and.contain('Road closed');
    expectNone(text, [...ARTICLE_WORDS, ...timelineEvents.map((e) => e.title), ...timelineEras.map((e) => e.title)]);
  });

  it('a spreadsheet by src or a table inside the element: no article word either, on the chart and the timeline', async () => {
    const chart = await fixture<CvHost>(html`<ttp-attack-chart src="/data/fixtures/excel-en-crlf.csv" metric="deaths"></ttp-attack-chart>`);
    await until(() => chart.dataSource === 'src');
    expectNone(await everything(chart), [...ARTICLE_WORDS, ...ttpAnnotations.map((a) => a.label)]);
    const table = await fixture<CvHost>(html`<ttp-attack-chart
      ><table>
        <tr>
          <th>year</th>
          <th>attacks</th>
        </tr>
        <tr>
          <td>2022</td>
          <td>4</td>
        </tr>
      </table></ttp-attack-chart
    >`);
    expect(table.dataSource).to.equal('table');
    expectNone(await everything(table), [...ARTICLE_WORDS, ...ttpAnnotations.map((a) => a.label)]);
    const timeline = await fixture<CvHost>(html`<conflict-timeline src="/data/fixtures/newsroom-timeline.csv"></conflict-timeline>`);
    await until(() => timeline.dataSource === 'src');
    const text = await everything(timeline);
    expect(text).to.contain('Market reopened');
    expectNone(text, [...ARTICLE_WORDS, ...timelineEvents.map((e) => e.title), ...timelineEras.map((e) => e.title)]);
  });

  it('with no data, each element does show its preset (so the checks above can fail)', async () => {
    for (const [tag, word] of [
      ['ttp-attack-chart', 'Taliban take Kabul'],
      ['border-map', 'Durand'],
      ['conflict-timeline', 'Madni'],
    ]) {
      const el = document.createElement(tag) as CvHost;
      el.setAttribute('layers', 'places events inset');
      document.body.append(el);
      try {
        expect(await everything(el), tag).to.contain(word);
        expect(el.dataSource).to.equal('default');
      } finally {
        el.remove();
      }
    }
  });
});
