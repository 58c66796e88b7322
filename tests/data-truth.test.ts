// The shipped text against the public record: dates at the precision known, corrections in place, and the
// article's own claims (an opinion piece) attributed to it rather than stated as fact. See data/README.md.
import { expect, fixture, html } from '@open-wc/testing';
import { timelineEvents, type TimelineEventRecord } from '@conflict-viz/data/timeline-events';
import { timelineEras } from '@conflict-viz/data/timeline-eras';
import { mapPlaces } from '@conflict-viz/data/map-places';
import { ttpAnnotations } from '@conflict-viz/data/ttp-annotations';
import '@conflict-viz/border-map';
import type { BorderMap } from '@conflict-viz/border-map';

const event = (id: string): TimelineEventRecord => {
  const found = timelineEvents.find((e) => e.id === id);
  if (!found) throw new Error(`no timeline event "${id}"`);
  return found;
};
const era = (id: string) => timelineEras.find((e) => e.id === id)!;
const place = (id: string) => mapPlaces.find((p) => p.id === id)!;

async function readText(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Every text the elements show by default, plus the stories and the README, with where it comes from. */
async function shippedTexts(): Promise<[string, string][]> {
  const texts: [string, string][] = [];
  for (const e of timelineEvents) texts.push([`timeline event ${e.id}`, `${e.title}. ${e.description}`]);
  for (const e of timelineEras) texts.push([`timeline era ${e.id}`, `${e.title}. ${e.description}`]);
  for (const p of mapPlaces) texts.push([`map place ${p.id}`, p.note]);
  for (const a of ttpAnnotations) texts.push([`chart annotation ${a.date}`, `${a.label}. ${a.note}`]);
  for (const file of ['article.mdx', 'introduction.mdx', 'ttp-attack-chart.stories.ts', 'conflict-timeline.stories.ts', 'border-map.stories.ts']) {
    texts.push([`stories/${file}`, await readText(`/stories/${file}`)]);
  }
  return texts;
}

/** The article's figures that the record gives differently: a sentence may state them only as the article's. */
const ARTICLE_ONLY = [/\b(nearly|about|some)\s+71\b|\b71\s+(people|dead|killed)\b/i, /\b800,000\b/];

describe("the article's claims are attributed, never stated as fact", () => {
  it('no "more than 148" and no "never recognised" anywhere; "nearly 71" and "800,000" only as the article\'s', async () => {
    const texts = await shippedTexts();
    expect(texts.length).to.be.greaterThan(30);
    for (const [where, text] of texts) {
      expect(text, where).to.not.match(/more than 148/i);
      expect(text, where).to.not.match(/never (been )?recogni[sz]ed/i);
      for (const sentence of text.split(/(?<=[.;])\s+/)) {
        for (const claim of ARTICLE_ONLY) {
          if (claim.test(sentence)) expect(sentence, where).to.match(/\barticle\b|Madni/);
        }
      }
    }
  });

  it("the map's default description: a disputed border, the article's length beside the published range", async () => {
    const el = await fixture<BorderMap>(html`<border-map></border-map>`);
    await el.updateComplete;
    const description = el.shadowRoot!.querySelector('[part="description"]')!.textContent!;
    expect(description).to.contain('Afghanistan disputes');
    expect(description).to.contain('2,640 km in the article');
    expect(description).to.contain('from 2,430 to 2,670 km');
  });
});

describe('dates at the precision the record gives', () => {
  const expected: Record<string, [start: string, precision: string]> = {
    'soviet-withdrawal': ['1989-02-15', 'day'],
    'taliban-take-kabul': ['1996-09-27', 'day'],
    recognition: ['1997-05', 'month'],
    karzai: ['2001-12', 'month'],
    'ttp-founded': ['2007-12', 'month'],
    'aps-peshawar': ['2014-12-16', 'day'],
    'strikes-2022': ['2022-04-16', 'day'],
    'refugee-expulsions': ['2023-10', 'month'],
    'paktika-strikes': ['2024-12-24', 'day'],
  };
  for (const [id, [start, precision]] of Object.entries(expected)) {
    it(`${id}: ${start} (${precision})`, () => {
      expect(event(id)).to.deep.include({ start, precision });
      // A date finer than the article's is the public record's, and the row says whose.
      expect(event(id).source, id).to.match(/public record/);
    });
  }

  it('eras: the civil war from the Soviet withdrawal to the fall of Kabul, the first Taliban government from September 1996', () => {
    expect(era('civil-war')).to.deep.include({ from: '1989-02', to: '1996-09' });
    expect(era('taliban-rule-1')).to.deep.include({ from: '1996-09', to: '2001-11' });
  });

  it("the chart's TTP marker is December 2007, when the TTP was announced", () => {
    expect(ttpAnnotations[0]).to.deep.include({ date: '2007-12', label: 'TTP founded' });
    expect(ttpAnnotations[0].source).to.contain('month:');
  });
});

describe('each corrected row says what the record supports', () => {
  it("strikes-2022: Khost and Kunar in April; June 2022 is the article's date", () => {
    const { description } = event('strikes-2022');
    expect(description).to.match(/Khost and Kunar/);
    expect(description).to.match(/The article dates these strikes to June 2022/);
  });

  it('paktika: Barmal district, 46 dead by the Taliban government, TTP hideouts by Pakistan, 71 by the article; not "here" at Sharan', () => {
    for (const text of [event('paktika-strikes').description, place('paktika').note]) {
      expect(text).to.contain('Barmal district');
      expect(text).to.match(/Taliban government report(s|ed) 46 dead/);
      expect(text).to.contain('TTP hideouts');
      expect(text).to.match(/article (gives )?nearly 71/);
    }
    expect(place('paktika').note).to.not.match(/\bhere\b/);
    expect(place('paktika').note).to.contain('not at the strikes');
  });

  it("refugee expulsions: undocumented Afghans from October 2023, IOM's count; 800,000 and the motive are the article's", () => {
    const { description, source } = event('refugee-expulsions');
    expect(description).to.contain('undocumented');
    expect(description).to.contain('about 490,000');
    expect(description).to.match(/The article gives more than 800,000 and says the aim was to press Kabul/);
    expect(source).to.contain('IOM');
  });

  it("Peshawar school attack: more than 140 dead, the published range and UCDP's 146", () => {
    expect(event('aps-peshawar').description).to.match(/more than 140 people.*141 to 149.*146/);
    expect(place('peshawar').note).to.match(/more than 140 people.*141–149.*146/);
    expect(ttpAnnotations[2].note).to.match(/more than 140 people.*146/);
  });

  it('Panjshir held out with the rest of the north-east, not alone', () => {
    const { note } = place('panjshir');
    expect(note).to.match(/north-east \(Badakhshan, part of Takhar\)/);
    expect(note).to.not.match(/never ruled|the one part/);
  });

  it('1989–1992 is the war against Najibullah; the factions fight for Kabul from 1992', () => {
    expect(event('soviet-withdrawal').description).to.match(/Najibullah's government until it falls in April 1992/);
    expect(event('soviet-withdrawal').description).to.not.match(/turn on one another/);
    expect(era('civil-war').description).to.match(/Najibullah's government until it falls in April 1992, then one another for Kabul/);
  });

  it('the Taliban held about two thirds in 1996 and most of the country from 1998, never the north-east', () => {
    expect(event('taliban-take-kabul').description).to.match(/about two thirds of the country by the end of 1996; by late 1998/);
    expect(event('taliban-take-kabul').description).to.match(/The article says all of it but the Panjshir Valley/);
    expect(era('taliban-rule-1').description).to.match(/about two thirds.*most of it from 1998.*north-east/);
  });

  it("Karzai chosen at Bonn, the TTP announced, the recognitions in May 1997; the article's framing attributed", () => {
    expect(event('karzai').description).to.match(/Bonn conference.*interim administration.*The article says the US and its allies installed him/);
    expect(event('ttp-founded').description).to.match(/announce Tehreek-e-Taliban Pakistan.*The article says/);
    expect(event('recognition').description).to.contain('May 1997');
  });
});

describe('the article story and the README', () => {
  it('the story shows both UCDP series, each labelled, and says where the post-2021 rise shows', async () => {
    const story = await readText('/stories/article.mdx');
    expect(story).to.contain('<Canvas of={Chart.EventsAndBattleDeaths} />');
    expect(story).to.contain('**Events, 2007–2021**');
    expect(story).to.contain('**Battle-related deaths, 2007–2023**');
    expect(story).to.match(/lowest in 2018 \(49\) and rise again from 2019/);
    expect(story).to.match(/259 deaths\s+in 2021, 494 in 2022 and 752 in 2023/);
    expect(story).to.not.contain('rise again as the Afghan Taliban');
    expect(story).to.not.contain('Pakistan treats the boundary it inherited from British rule as an international border');
  });

  it("data/README.md cites the BRD release's publication", async () => {
    const readme = (await readText('/data/README.md')).replace(/\s+/g, ' ');
    for (const part of ['Davies, Shawn, Garoun Engström, Therése Pettersson and Magnus Öberg (2024)', '*Journal of Peace Research* 61(4)']) {
      expect(readme.includes(part), part).to.equal(true);
    }
  });
});
