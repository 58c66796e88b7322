// Linked views: elements with the same `group` answer each other's choices (pointer and keyboard), with the
// part `highlighted` and a polite announcement; Escape clears; other groups, and elements without one, hear
// nothing, and a page without `group` never loads the linking module.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
import { linked, linkKeysOf } from '../packages/core/src/linked/keys.js';
import { $, $$, contrast, focusedName, parts, plot, settled, text, until, type CvHost } from './helpers.js';

/** Whether the page has requested the linking module. */
const requested = () => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.includes('/core/src/linked/index.'));

/** Whether an element has joined its group: the module gave its shadow root the highlighted marks' styles. */
const joined = (el: Element) => el.shadowRoot!.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('highlighted')));

/** The three elements of the article, in one group (or each in its own). */
async function story(groups: readonly [string, string, string] = ['story', 'story', 'story'], theme = 'light') {
  const box = await fixture<HTMLDivElement>(html`<div style="width:900px">
    <ttp-attack-chart group=${groups[0]} theme=${theme}></ttp-attack-chart>
    <conflict-timeline group=${groups[1]} theme=${theme}></conflict-timeline>
    <border-map group=${groups[2]} theme=${theme} layers="places events"></border-map>
  </div>`);
  const [chart, timeline, map] = [...box.children] as CvHost[];
  for (const el of [chart, timeline, map]) await settled(el);
  // Each has joined its group once its shadow root has the highlight styles.
  await until(() => [chart, timeline, map].every(joined));
  return { chart, timeline, map };
}

/** The highlighted marks' text (the timeline's labels), or their count where marks have none. */
const highlighted = (el: Element) => parts(el, 'highlighted');
/** What the element's live region says. */
const said = (el: Element) => text($(el, '.live'));

/** The mark's node whose accessible name starts with `name`. */
const node = (el: Element, name: string) => $$(el, '[data-mark]').find((n) => n.getAttribute('aria-label')?.startsWith(name))!;

/** A real click on a mark's node: in the middle, or for a chart's column near its foot, where its tooltip (over the bar's top) is not. */
async function click(el: CvHost, name: string) {
  node(el, name).scrollIntoView({ block: 'center' });
  const box = node(el, name).getBoundingClientRect();
  const y = box.height > 100 ? box.bottom - 4 : box.top + box.height / 2;
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(y)] });
  await sendMouse({ type: 'move', position: [0, 0] });
}

/** Focus the plot, walk with `key` from Home until the focused mark's name starts with `name`, and press Enter. */
async function chooseByKeyboard(el: CvHost, name: string, key = 'ArrowRight') {
  plot(el).focus();
  await settled(el);
  await sendKeys({ press: 'Home' });
  for (let i = 0; i < 120 && !focusedName(el).startsWith(name); i++) {
    await sendKeys({ press: key });
    await el.updateComplete;
  }
  expect(focusedName(el)).to.match(new RegExp(`^${name}`));
  await sendKeys({ press: 'Enter' });
}

/** Lets every element of the page update after a choice. */
async function allSettled(...els: CvHost[]) {
  for (const el of els) await settled(el);
}

/** Tells the group `story` a choice, as a page (or another copy of the code) can. */
async function tell(detail: { years: number[]; names: string[]; label: string }, ...els: CvHost[]) {
  document.body.dispatchEvent(new CustomEvent('cv-link', { bubbles: true, detail: { group: 'story', ...detail } }));
  await allSettled(...els);
}

/** Districts of the article's data with events in `year`. */
async function districtsWithEventsIn(year: number): Promise<string[]> {
  const csv = await (await fetch('/data/ttp-districts.csv')).text();
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter((cells) => cells[1] && Number(cells[4].split(' ')[year - 2007]) > 0)
    .map((cells) => cells[1]);
}

describe('linked views (group)', () => {
  before(() => performance.clearResourceTimings());

  it('elements without a group load no linking module, listen for no group and draw nothing highlighted', async () => {
    const added: string[] = [];
    const { addEventListener } = Document.prototype;
    Document.prototype.addEventListener = function (this: Document, type: string, ...rest: [EventListenerOrEventListenerObject, boolean?]) {
      added.push(type);
      return addEventListener.call(this, type, ...rest);
    } as typeof addEventListener;
    try {
      const box = await fixture<HTMLDivElement>(html`<div>
        <ttp-attack-chart></ttp-attack-chart>
        <conflict-timeline></conflict-timeline>
        <border-map layers="places events"></border-map>
      </div>`);
      for (const el of box.children) await settled(el as CvHost);
      const [chart] = box.children as unknown as CvHost[];
      await click(chart, '2014');
      await settled(chart);
      document.dispatchEvent(new CustomEvent('cv-link', { detail: { group: '', years: [2014], names: [], label: '2014' } }));
      for (const el of box.children) await settled(el as CvHost);
      expect(requested(), 'the module was requested').to.equal(false);
      expect(added).not.to.include('cv-link');
      for (const el of box.children) expect(highlighted(el), el.localName).to.have.length(0);
    } finally {
      Document.prototype.addEventListener = addEventListener;
    }
  });

  it('a year chosen on the chart by pointer highlights its events on the timeline and its districts on the map, and says so', async () => {
    const { chart, timeline, map } = await story();
    await click(chart, '2014');
    await allSettled(chart, timeline, map);
    expect(highlighted(timeline).map(text)).to.have.members(['Operation Zarb-e-Azb', 'Peshawar school attack']);
    expect(said(timeline)).to.equal('Linked to 2014: Operation Zarb-e-Azb, Peshawar school attack.');
    const districts = await districtsWithEventsIn(2014);
    const circles = highlighted(map);
    expect(circles.length).to.equal(districts.length);
    for (const circle of circles) expect(circle.getAttribute('class')).to.equal('district');
    expect(said(map)).to.match(new RegExp(`^Linked to 2014: ${districts.length} marks, among them `));
    await expect(chart.parentElement).to.be.accessible();
    // The chart chose: its year is pinned (aria-current), not highlighted.
    expect(highlighted(chart)).to.have.length(0);
    expect(node(chart, '2014').getAttribute('aria-current')).to.equal('true');
  });

  it('a timeline event chosen by keyboard highlights its year on the chart and its place on the map', async () => {
    const { chart, timeline, map } = await story();
    await chooseByKeyboard(timeline, 'Peshawar school attack');
    await allSettled(chart, timeline, map);
    expect(highlighted(chart)).to.have.length(1);
    expect(said(chart)).to.equal('Linked to Peshawar school attack: 2014.');
    // The place and the district of that name (the event's id and title name Peshawar).
    expect(said(map)).to.match(/^Linked to Peshawar school attack: (Peshawar, Peshawar district|Peshawar district, Peshawar)\.$/);
    expect(
      highlighted(map)
        .map((mark) => mark.getAttribute('class'))
        .sort(),
    ).to.deep.equal(['district', 'place']);
  });

  it('a map place chosen by pointer highlights its events on the timeline; a district chosen by keyboard, its years on the chart', async () => {
    const { chart, timeline, map } = await story();
    await click(map, 'Kabul');
    await allSettled(chart, timeline, map);
    expect(highlighted(timeline).map(text)).to.have.members(['Taliban capture Kabul', 'Kabul falls; Taliban retreat', 'Taliban retake Kabul']);
    expect(said(timeline)).to.equal('Linked to Kabul: Taliban capture Kabul, Kabul falls; Taliban retreat, Taliban retake Kabul.');
    // A place carries no years: the chart has nothing to highlight, and says nothing.
    expect(highlighted(chart)).to.have.length(0);
    expect(said(chart)).to.equal('');

    await chooseByKeyboard(map, 'Shangla district');
    await allSettled(chart, timeline, map);
    // Shangla's events: 2007, 2009, 2010, 2011 and 2014 (data/ttp-districts.csv).
    expect(said(chart)).to.equal('Linked to Shangla district: 5 marks, among them 2007, 2009, 2010.');
    expect(highlighted(chart)).to.have.length(5);
    expect(highlighted(timeline), 'no event names Shangla').to.have.length(0);
  });

  it('Escape clears every highlight of the group, and the element it was pressed in says so', async () => {
    const { chart, timeline, map } = await story();
    await chooseByKeyboard(chart, '2009');
    await allSettled(chart, timeline, map);
    expect(highlighted(map).length).to.be.above(0);
    await sendKeys({ press: 'Escape' });
    await allSettled(chart, timeline, map);
    for (const el of [chart, timeline, map]) expect(highlighted(el), el.localName).to.have.length(0);
    expect(said(chart)).to.equal('Linked highlights cleared.');
    expect(said(timeline)).to.equal('');
    expect(said(map)).to.equal('');
  });

  it('elements of different groups do not talk; an element that leaves its group hears it no more', async () => {
    const { chart, timeline, map } = await story(['a', 'a', 'b']);
    await click(chart, '2014');
    await allSettled(chart, timeline, map);
    expect(highlighted(timeline)).to.have.length(2);
    expect(highlighted(map)).to.have.length(0);
    expect(said(map)).to.equal('');
    timeline.removeAttribute('group');
    await settled(timeline);
    expect(highlighted(timeline), 'no group: its highlights go').to.have.length(0);
    await click(chart, '2009');
    await allSettled(chart, timeline);
    expect(highlighted(timeline)).to.have.length(0);
  });

  it('hears a choice told by another copy of the code: the event is plain data on the document', async () => {
    const { timeline } = await story();
    const other = document.createElement('div');
    document.body.append(other);
    other.dispatchEvent(new CustomEvent('cv-link', { bubbles: true, detail: { group: 'story', years: [2001], names: [], label: '2001' } }));
    await settled(timeline);
    expect(highlighted(timeline).map(text)).to.have.members([
      '9/11 attacks on the US',
      'US bombing begins',
      'Kabul falls; Taliban retreat',
      'Karzai chosen at Bonn',
    ]);
    // Not plain data of that shape: ignored.
    other.dispatchEvent(new CustomEvent('cv-link', { bubbles: true, detail: { group: 'story', years: ['2014'], names: [], label: 1 } }));
    await settled(timeline);
    expect(highlighted(timeline)).to.have.length(4);
    other.remove();
  });

  it('tells the group through a `cv-link` event on the document, plain data', async () => {
    const { chart } = await story();
    const heard: unknown[] = [];
    const listener = (event: Event) => heard.push((event as CustomEvent).detail);
    document.addEventListener('cv-link', listener);
    await click(chart, '2010');
    document.removeEventListener('cv-link', listener);
    expect(heard).to.deep.equal([{ group: 'story', years: [2010], names: [], label: '2010' }]);
  });

  describe('the highlighted marks stand out at 3:1 or more from what they sit on', () => {
    afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

    for (const [theme, forced] of [
      ['light', false],
      ['dark', false],
      ['light', true],
      ['dark', true],
    ] as const) {
      it(`${theme} theme${forced ? ', forced colours' : ''}`, async () => {
        if (forced) await emulateMedia({ forcedColors: 'active', colorScheme: theme });
        const { chart, timeline, map } = await story(undefined, forced ? 'auto' : theme);
        const narrow = await fixture<CvHost>(html`<conflict-timeline group="story" theme=${forced ? 'auto' : theme} style="width:320px"></conflict-timeline>`);
        await settled(narrow);
        await until(() => joined(narrow));
        const background = (el: Element) => getComputedStyle(el).backgroundColor;
        const land = getComputedStyle($(map, '.country.focus')!).fill;
        const pairs: [string, number][] = [];
        await tell({ years: [2014], names: [], label: '2014' }, chart, timeline, map, narrow);
        const stroke = (el: CvHost, selector: string) => getComputedStyle($(el, selector)!).stroke;
        pairs.push(['chart bar', contrast(stroke(chart, '[part~="highlighted"] > .bar'), background(chart))]);
        pairs.push(['timeline glyph', contrast(stroke(timeline, '[part~="highlighted"] > .glyph'), background(timeline))]);
        pairs.push(['narrow timeline row', contrast(getComputedStyle($(narrow, 'li[part~="highlighted"]')!).outlineColor, background(narrow))]);
        pairs.push(['district on the land', contrast(stroke(map, 'circle.district[part~="highlighted"]'), land)]);
        pairs.push(['district on the background', contrast(stroke(map, 'circle.district[part~="highlighted"]'), background(map))]);
        await tell({ years: [], names: ['kabul'], label: 'Kabul' }, map);
        pairs.push(['place ring on the land', contrast(stroke(map, 'circle.place[part~="highlighted"]'), land)]);
        for (const [what, ratio] of pairs) expect(ratio, what).to.be.at.least(3);
      });
    }
  });

  describe('linkKeysOf(datum) and linked(mark, choice)', () => {
    const utc = (year: number, month = 0, day = 1) => Date.UTC(year, month, day);

    it('read a chart row by its year, a district by its years with events, an event by the years of t0–t1', () => {
      expect(linkKeysOf({ year: 2014, value: 323 })).to.deep.equal({ years: [2014], names: [], label: '2014' });
      expect(linkKeysOf({ kind: 'district', name: 'Shangla district', years: [2007, 2009] })).to.deep.equal({
        years: [2007, 2009],
        names: ['shangla district', 'shangla'],
        label: 'Shangla district',
      });
      // t1 is exclusive: an event of 2014 ends on the first instant of 2015; one with an end years later spans them.
      expect(linkKeysOf({ id: 'aps-peshawar', title: 'Peshawar school attack', t0: utc(2014, 11, 16), t1: utc(2014, 11, 17) }).years).to.deep.equal([2014]);
      expect(linkKeysOf({ title: 'War', t0: utc(2019), t1: utc(2022) }).years).to.deep.equal([2019, 2020, 2021]);
    });

    it('name a place by its id, its name and its name without a trailing lower-case word; an event by its id (with a letter) and title', () => {
      expect(linkKeysOf({ kind: 'place', id: 'paktika', label: 'Paktika province' }).names).to.deep.equal(['paktika', 'paktika province']);
      expect(linkKeysOf({ kind: 'place', id: 'panjshir', label: 'Panjshir Valley' }).names).to.deep.equal(['panjshir', 'panjshir valley']);
      expect(linkKeysOf({ id: 'aps-peshawar', title: 'Peshawar school attack' }).names).to.deep.equal(['aps peshawar', 'peshawar school attack']);
      // A numeric id (the row's number, given no id) names nothing.
      expect(linkKeysOf({ id: '12', title: 'Doha agreement' }).names).to.deep.equal(['doha agreement']);
      expect(linkKeysOf(null)).to.deep.equal({ years: [], names: [], label: '' });
    });

    it('match names as whole words where both sides have names, else years', () => {
      const kabul = linkKeysOf({ kind: 'place', id: 'kabul', label: 'Kabul' });
      const capture = linkKeysOf({ id: 'taliban-take-kabul', title: 'Taliban capture Kabul', t0: utc(1996, 8, 27), t1: utc(1996, 8, 28) });
      const kabulistan = linkKeysOf({ id: 'x1', title: 'Kabulistan fair', t0: utc(1996), t1: utc(1997) });
      expect(linked(capture, kabul)).to.equal(true);
      expect(linked(kabul, capture)).to.equal(true);
      expect(linked(kabulistan, kabul), 'a word inside another is not the word').to.equal(false);
      // The event has names and the year has none: matched by year.
      expect(linked(capture, linkKeysOf({ year: 1996 }))).to.equal(true);
      expect(linked(linkKeysOf({ year: 1997 }), capture)).to.equal(false);
      // A place has names but no years: a chart year never matches it.
      expect(linked(kabul, linkKeysOf({ year: 2021 }))).to.equal(false);
    });
  });
});
