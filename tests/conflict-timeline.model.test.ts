import { expect } from '@open-wc/testing';
import { LocaleFormat, boxesOverlap, createLayoutContext, formatIssue, type Box } from '@conflict-viz/core/pure';
import { timelineEvents } from '@conflict-viz/data/timeline-events';
import { timelineEras } from '@conflict-viz/data/timeline-eras';
import {
  DEFAULT_CATEGORIES,
  MIN_SPAN,
  clampWindow,
  describeEvent,
  describeTimeline,
  describeTimelineLabel,
  formatEventDate,
  hiddenIds,
  indexAtPoint,
  layoutTimeline,
  parseCategories,
  parseEras,
  parseEvents,
  parseTimelineData,
  timeAt,
  timeScale,
  timeTicks,
  timelineHeight,
  toggleHidden,
  HORIZONTAL_HEIGHT,
  type ChronologyRow,
  type ChronologyScene,
  type HorizontalScene,
  type TimelineData,
  type TimelineOptions,
  type TimelineScene,
} from '@conflict-viz/conflict-timeline/model';
import { generateTimelineEvents } from './timeline-fixtures.js';
import { numbersIn } from './helpers.js';

const DAY = 864e5;
const english = new LocaleFormat('en');
const article = parseTimelineData({ events: timelineEvents, eras: timelineEras }, 'default', DEFAULT_CATEGORIES).value!;
const options = (extra: Partial<TimelineOptions> = {}): TimelineOptions => ({ categories: DEFAULT_CATEGORIES, hidden: '', orientation: 'auto', ...extra });
const layout = (data: TimelineData, width: number, extra: Partial<TimelineOptions> = {}, rtl = false) =>
  layoutTimeline(data, options(extra), createLayoutContext({ width, rtl }));
const issues = (input: unknown) => parseEvents(input, 'data attribute', DEFAULT_CATEGORIES).issues.map(formatIssue);
const event = (fields: Record<string, unknown>) => ({ id: 'x', start: '2014-06-15', title: 'An event', ...fields });
const big = parseTimelineData(generateTimelineEvents(10_000), 'data property', DEFAULT_CATEGORIES).value!;

/** A horizontal scene, or a failed test naming what it got. */
function horizontal(scene: TimelineScene): HorizontalScene {
  if (scene.vertical) throw new Error(`expected a horizontal scene at ${scene.width} px`);
  return scene;
}

function chronology(scene: TimelineScene): ChronologyScene {
  if (!scene.vertical) throw new Error(`expected a chronology at ${scene.width} px`);
  return scene;
}

/** Every box a scene draws for events: marks with their labels in lanes, and counts. */
const boxes = (scene: HorizontalScene): Box[] => [...scene.placed.map((p) => p.box), ...scene.clusters.map((c) => c.box)];

function overlapping(list: readonly Box[]): [Box, Box] | undefined {
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (boxesOverlap(list[i], list[j])) return [list[i], list[j]];
  return undefined;
}

describe('parseEvents', () => {
  it('reads the article: 21 events in time order, each extent as wide as its precision', () => {
    const { events } = article;
    expect(events.length).to.equal(21);
    expect(events.map((e) => e.id).slice(0, 3)).to.deep.equal(['soviet-withdrawal', 'taliban-emerge', 'taliban-take-kabul']);
    events.forEach((e, i) => i && expect(e.t0, e.id).to.be.at.least(events[i - 1].t0));
    const byId = Object.fromEntries(events.map((e) => [e.id, e]));
    expect(byId['aps-peshawar']).to.deep.include({
      start: '2014-12-16',
      precision: 'day',
      t0: Date.UTC(2014, 11, 16),
      t1: Date.UTC(2014, 11, 17),
      category: 'attack',
    });
    expect(byId['kabul-falls-2001']).to.deep.include({ start: '2001-11', precision: 'month', t0: Date.UTC(2001, 10, 1), t1: Date.UTC(2001, 11, 1) });
    expect(byId['ttp-founded']).to.deep.include({ start: '2007-12', precision: 'month', t0: Date.UTC(2007, 11, 1), t1: Date.UTC(2008, 0, 1) });
    expect(byId['taliban-emerge']).to.deep.include({ start: '1994', precision: 'year', t0: Date.UTC(1994, 0, 1), t1: Date.UTC(1995, 0, 1) });
  });

  it('takes the precision the date states, and cuts a date to a coarser precision it is given', () => {
    const parsed = parseEvents([event({ id: 'a', precision: '' }), event({ id: 'b', precision: 'Year' })], 'src', DEFAULT_CATEGORIES).value!;
    const [a, b] = ['a', 'b'].map((id) => parsed.find((e) => e.id === id)!);
    expect(a).to.deep.include({ precision: 'day', start: '2014-06-15' });
    expect(b).to.deep.include({ precision: 'year', start: '2014', t0: Date.UTC(2014, 0, 1), t1: Date.UTC(2015, 0, 1) });
  });

  it('reads an end: the extent runs to the end of the end date, at its own precision', () => {
    const [e] = parseEvents([event({ start: '2014-06', end: '2016' })], 'src', DEFAULT_CATEGORIES).value!;
    expect(e).to.deep.include({ start: '2014-06', end: '2016', t0: Date.UTC(2014, 5, 1), t1: Date.UTC(2017, 0, 1) });
  });

  it('puts events without a category in "other", and keeps a safe link', () => {
    const [e] = parseEvents([event({ href: 'https://example.org/a?b=1' })], 'src', DEFAULT_CATEGORIES).value!;
    expect(e).to.deep.include({ category: 'other', href: 'https://example.org/a?b=1' });
  });

  it('names the row, the field and the event for an unparseable date', () => {
    expect(issues([event({}), event({ id: 'aps', start: '2014-13-45' })])).to.deep.equal([
      'data attribute row 2: start has no month 13, got "2014-13-45" (event "aps")',
    ]);
    expect(issues([event({ start: 'last spring' })])).to.deep.equal([
      'data attribute row 1: start must be a date written 2014, 2014-06 or 2014-06-15, got "last spring" (event "x")',
    ]);
    expect(issues([event({ start: '' })])).to.deep.equal(['data attribute row 1: start is missing (event "x")']);
  });

  it('rejects an end before its start', () => {
    expect(issues([event({ start: '2014-06-15', end: '2014-06-14' })])).to.deep.equal([
      'data attribute row 1: end "2014-06-14" is before the start "2014-06-15" (event "x")',
    ]);
    expect(issues([event({ start: '2014-06-15', end: '2014' })]), 'an end year that contains the start is fine').to.deep.equal([]);
  });

  it('rejects an unknown precision, and one finer than the date', () => {
    expect(issues([event({ precision: 'week' })])).to.deep.equal([
      'data attribute row 1: precision unknown value "week" (expected "year", "month" or "day") (event "x")',
    ]);
    expect(issues([event({ start: '2014', precision: 'day' })])).to.deep.equal([
      'data attribute row 1: precision "day" is finer than the start "2014" (event "x")',
    ]);
  });

  it('rejects a missing title, naming the event by its id or its row', () => {
    expect(issues([event({ title: ' ' })])).to.deep.equal(['data attribute row 1: title is missing (event "x")']);
    expect(issues([{ start: '2001' }])).to.deep.equal(['data attribute row 1: title is missing (event 1)']);
  });

  it('adds a category the list lacks, with the next colour and shape no category of the data uses, and a legend entry', () => {
    const data = parseTimelineData(
      [
        event({ id: 'a', category: 'war' }),
        event({ id: 'b', category: 'riots' }),
        event({ id: 'c', category: 'Floods ' }),
        event({ id: 'd', category: 'RIOTS' }),
      ],
      'data attribute',
      DEFAULT_CATEGORIES,
    );
    expect(data.issues).to.deep.equal([]);
    const added = data.value!.categories.slice(DEFAULT_CATEGORIES.length);
    // "war" takes slot 1 and the circle; the new ones take the next free slots and shapes.
    expect(added).to.deep.equal([
      { id: 'riots', label: 'riots', color: 'var(--_cat-2)', shape: 'triangle' },
      { id: 'Floods', label: 'Floods', color: 'var(--_cat-3)', shape: 'square' },
    ]);
    expect(data.value!.events.map((e) => e.category)).to.deep.equal(['war', 'riots', 'Floods', 'riots']);
    const many = Array.from({ length: 30 }, (_, i) => event({ id: `e${i}`, category: `c${i}` }));
    expect(parseTimelineData(many, 'src', DEFAULT_CATEGORIES).issues[0].message).to.equal('names more than 24 categories, too many to tell apart: merge some');
    expect(issues([event({ category: { name: 'x' } })])[0]).to.match(/^data attribute row 1: category must be text, got an object/);
  });

  it('rejects javascript: links and repeated ids', () => {
    expect(issues([event({ href: 'javascript:alert(1)' })])).to.deep.equal([
      'data attribute row 1: href must be an http(s) link, got "javascript:alert(1)" (event "x")',
    ]);
    expect(issues([event({}), event({})])).to.deep.equal(['data attribute row 2: id repeats "x" from row 1']);
  });
});

describe('parseEras', () => {
  it('reads the article eras; an empty `to` is ongoing', () => {
    expect(article.eras.map((e) => e.id)).to.deep.equal(['civil-war', 'taliban-rule-1', 'us-war', 'ttp-insurgency', 'taliban-rule-2']);
    expect(article.eras[0]).to.deep.include({ from: '1989-02', to: '1996-09', t0: Date.UTC(1989, 1, 1), t1: Date.UTC(1996, 9, 1) });
    expect(article.eras[3]).to.deep.include({ from: '2007', to: undefined, t1: undefined });
  });

  it('rejects `to` before `from` and a missing title, naming the era', () => {
    expect(parseEras([{ id: 'w', title: 'War', from: '2001', to: '1999' }, { from: '2001' }], 'eras').issues.map(formatIssue)).to.deep.equal([
      'eras row 1: to "1999" is before from "2001" (era "w")',
      'eras row 2: title is missing (era 2)',
    ]);
  });
});

describe('parseCategories', () => {
  it('reads colours, palette slots and shapes, and adds "other"', () => {
    const parsed = parseCategories([
      { id: 'protest', label: 'Protests', color: '#aa0000', shape: 'star' },
      { id: 'strike', color: '3' },
    ]).value!;
    expect(parsed.map((c) => [c.id, c.label, c.color, c.shape])).to.deep.equal([
      ['protest', 'Protests', '#aa0000', 'star'],
      ['strike', 'strike', 'var(--_cat-3)', 'triangle'],
      ['other', 'Other', 'var(--_cat-3)', 'square'],
    ]);
  });

  it('rejects an unknown colour and an unknown shape', () => {
    expect(
      parseCategories([
        { id: 'riot', color: 'var(--x, url(/beacon))' },
        { id: 'b', shape: 'blob' },
      ]).issues.map(formatIssue),
    ).to.deep.equal([
      'categories row 1: color is not a colour the elements accept, got "var(--x, url(/beacon))": use a hex colour (#1d6fb8), rgb() or hsl() with numbers, a CSS colour name or var(--cv-…), or a palette slot 1–6 (category "riot")',
      'categories row 2: shape unknown value "blob" (expected "circle", "triangle", "square", "diamond", "star" or "cross") (category "b")',
    ]);
  });
});

describe('parseTimelineData', () => {
  it('takes an array of events or {events, eras}, and explains anything else', () => {
    expect(parseTimelineData([event({})], 'src', DEFAULT_CATEGORIES).value!.eras).to.deep.equal([]);
    expect(parseTimelineData({ eras: [] }, 'data property', DEFAULT_CATEGORIES).issues.map(formatIssue)).to.deep.equal([
      'data property: must be an array of events or an object with "events" and "eras"',
    ]);
    expect(
      parseTimelineData({ events: [event({})], eras: [{ title: 'E', from: 'soon' }] }, 'data property', DEFAULT_CATEGORIES).issues.map(formatIssue),
    ).to.deep.equal(['data property eras row 1: from must be a date written 2014, 2014-06 or 2014-06-15, got "soon" (era "E")']);
  });
});

describe('layoutTimeline', () => {
  for (const width of [640, 1024]) {
    it(`layoutTimeline(article, {width: ${width}}) gives every event a lane and its whole title, nothing overlapping, inside the plot`, () => {
      const scene = horizontal(layout(article, width));
      expect(scene.clusters, 'no counts').to.deep.equal([]);
      expect(scene.placed.map((p) => p.label.text).sort()).to.deep.equal(article.events.map((e) => e.title).sort());
      expect(overlapping(boxes(scene))).to.equal(undefined);
      for (const b of boxes(scene)) {
        expect(b.x, 'left').to.be.at.least(0);
        expect(b.x + b.width, 'right').to.be.at.most(width);
        expect(b.y, 'top').to.be.at.least(0);
        expect(b.y + b.height, 'bottom').to.be.at.most(scene.height);
      }
      expect(numbersIn(scene).every(Number.isFinite)).to.equal(true);
    });

    it(`layoutTimeline(article, {width: ${width}}) keeps each label off its own bar and glyph`, () => {
      const scene = horizontal(layout(article, width));
      for (const p of scene.placed) {
        if (p.bar) expect(boxesOverlap(p.label.box, p.bar), p.label.text).to.equal(false);
        const glyph = { x: p.x - 6, y: p.y - 6, width: 12, height: 12 };
        expect(boxesOverlap(p.label.box, glyph), p.label.text).to.equal(false);
      }
    });

    it(`layoutTimeline(article, {width: ${width}}) names every era in full, clear of the other bands in its row`, () => {
      const scene = horizontal(layout(article, width));
      expect(scene.eras.map((e) => e.label?.text)).to.deep.equal(article.eras.map((e) => e.title));
      for (const era of scene.eras) {
        const others = scene.eras.filter((other) => other !== era && other.row === era.row);
        for (const other of others) expect(boxesOverlap(era.label!.box, other.box), `${era.era.title} × ${other.era.title}`).to.equal(false);
        expect(era.label!.box.x).to.be.at.least(0);
        expect(era.label!.box.x + era.label!.box.width).to.be.at.most(width);
      }
    });

    it(`layoutTimeline(10,000 events, {width: ${width}}) never overlaps and draws a few hundred elements at most`, () => {
      const scene = horizontal(layout(big, width));
      expect(overlapping(boxes(scene))).to.equal(undefined);
      expect(scene.placed.length + scene.clusters.length).to.be.below(300);
      expect(scene.placed.length + scene.clusters.reduce((s, c) => s + c.count, 0)).to.equal(10_000);
    });
  }

  it('keeps the height of the horizontal plot whatever the data, the width or the zoom: the height it is given', () => {
    const heights = [
      layout(article, 640),
      layout(article, 1280),
      layout(big, 800),
      layout(article, 800, { view0: Date.UTC(2001, 0, 1), view1: Date.UTC(2002, 0, 1) }),
    ].map((scene) => scene.height);
    expect(new Set([...heights, HORIZONTAL_HEIGHT]).size).to.equal(1);
    expect(layout(article, 1280, { height: 400 }).height).to.equal(400);
    expect(timelineHeight(false), 'with its controls').to.be.above(HORIZONTAL_HEIGHT);
  });

  it('shares lanes to spare among the lanes in use, so no empty band sits under them', () => {
    for (const width of [640, 1024, 1280]) {
      const scene = horizontal(layout(article, width, { height: 430 }));
      const bottom = Math.max(...scene.placed.map((p) => p.box.y + p.box.height));
      expect(scene.height - bottom, `what is left under the last lane at ${width} px`).to.be.below(32);
      expect(Math.max(...scene.ticks.map((t) => t.grid[3])), 'grid lines end with the lanes').to.be.at.most(bottom + 1);
    }
  });

  it('cascades a crowded stretch: later events of 2021–2024 sit in lower lanes', () => {
    const scene = horizontal(layout(article, 640));
    const recent = scene.placed.filter((p) => scene.events[p.index].t0 >= Date.UTC(2021, 0, 1)).sort((a, b) => a.index - b.index);
    expect(recent.length).to.equal(9);
    expect(recent.map((p) => p.lane)).to.deep.equal([...recent.map((p) => p.lane)].sort((a, b) => a - b));
  });

  it('keeps time order along each lane', () => {
    const scene = horizontal(layout(article, 1024));
    const lanes = new Map<number, number[]>();
    for (const p of scene.placed) lanes.set(p.lane, [...(lanes.get(p.lane) ?? []), p.x]);
    for (const positions of lanes.values()) expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
  });

  it('draws a year-precision event across its year, and a day event as a point', () => {
    const scene = horizontal(layout(article, 1024, { from: Date.UTC(1993, 0, 1), to: Date.UTC(1996, 0, 1) }));
    const perYear = (scene.a1 - scene.a0) / ((scene.window[1] - scene.window[0]) / (365.25 * DAY));
    const emerge = scene.placed.find((p) => scene.events[p.index].id === 'taliban-emerge')!;
    expect(emerge.bar!.width).to.be.closeTo(perYear, 2);
    const zoomed = horizontal(layout(article, 1024, { from: Date.UTC(2014, 11, 1), to: Date.UTC(2014, 11, 31) }));
    const aps = zoomed.placed.find((p) => zoomed.events[p.index].id === 'aps-peshawar')!;
    expect(aps.bar!.width, 'a day is wide when the window is a month').to.be.above(20);
    const full = horizontal(layout(article, 1024));
    expect(full.placed.find((p) => full.events[p.index].id === 'aps-peshawar')!.bar).to.equal(undefined);
  });

  it('mirrors the time axis on a right-to-left page', () => {
    const ltr = horizontal(layout(article, 1024));
    const rtl = horizontal(layout(article, 1024, {}, true));
    const first = (scene: HorizontalScene) => scene.placed.find((p) => p.index === 0)!;
    expect(first(rtl).x).to.be.closeTo(1024 - first(ltr).x, 0.01);
    expect(rtl.ticks[0].x).to.be.above(rtl.ticks[rtl.ticks.length - 1].x);
    expect(first(rtl).label.anchor).to.equal('end');
    expect(overlapping(boxes(rtl))).to.equal(undefined);
  });

  it('is a chronology below 600 px, or when asked; horizontal from 600 px, or when asked', () => {
    expect(layout(article, 599).vertical).to.equal(true);
    expect(layout(article, 600).vertical).to.equal(false);
    expect(layout(article, 1024, { orientation: 'vertical' }).vertical).to.equal(true);
    expect(layout(article, 320, { orientation: 'horizontal' }).vertical).to.equal(false);
  });

  it('lists every event of the chronology in time order, each era named before the first event it spans', () => {
    const scene = chronology(layout(article, 320));
    const events = scene.rows.filter((r) => r.kind === 'event');
    expect(events.map((r) => r.index)).to.deep.equal(article.events.map((_, i) => i));
    expect(events[0]).to.deep.include({ date: 'February 15, 1989' });
    const eras = scene.rows.flatMap((r, i) => (r.kind === 'era' ? [{ title: r.era.title, at: i }] : []));
    expect(eras.map((e) => e.title)).to.deep.equal([
      'Afghan civil war',
      'First Taliban government',
      'US-led war in Afghanistan',
      'TTP insurgency',
      'Second Taliban government',
    ]);
    const next = (at: number) => scene.rows.slice(at).find((r) => r.kind === 'event') as { index: number } | undefined;
    expect(article.events[next(eras[1].at)!.index].id).to.equal('taliban-take-kabul');
    expect(article.events[next(eras[4].at)!.index].id).to.equal('us-withdrawal');
    expect([...scene.slots].every((slot, i) => scene.rows[slot].kind === 'event' && (scene.rows[slot] as { index: number }).index === i)).to.equal(true);
    expect(scene.height, 'its rows set its height').to.equal(0);
  });

  it('runs each era beside the rows it spans, in columns that never hold two eras at once', () => {
    const scene = chronology(layout(article, 320));
    expect(scene.columns).to.equal(3);
    const row = scene.rows.find((r) => r.kind === 'event' && article.events[r.index].id === 'aps-peshawar')!;
    // December 2014: the US-led war and the TTP insurgency.
    expect(row.eras.length).to.equal(2);
  });

  it('groups 10,000 events of a chronology into periods with their counts, and lists a period once zoomed in', () => {
    const scene = chronology(layout(big, 320));
    const periods = scene.rows.filter((r) => r.kind === 'period');
    expect(scene.rows.length).to.be.below(80);
    expect(periods.reduce((sum, p) => sum + p.count, 0) + scene.rows.filter((r) => r.kind === 'event').length).to.equal(10_000);
    expect([...scene.slots].every((slot) => slot !== -1)).to.equal(true);
    const period = periods[3] as Extract<ChronologyRow, { kind: 'period' }>;
    const inside = chronology(layout(big, 320, { view0: period.t0, view1: period.t1 }));
    expect(inside.rows.filter((r) => r.kind === 'event' || r.kind === 'period').length).to.be.above(1);
  });

  it('counts crowded periods when lanes run out, and takes them apart when zoomed in', () => {
    const narrow = { orientation: 'horizontal' } as const;
    const full = horizontal(layout(article, 360, narrow));
    expect(full.clusters.length).to.be.above(0);
    const cluster = full.clusters[0];
    const zoomed = horizontal(layout(article, 360, { ...narrow, view0: cluster.t0 - 30 * DAY, view1: cluster.t1 + 30 * DAY }));
    const inside = zoomed.events.filter((e) => e.t0 >= cluster.t0 && e.t0 < cluster.t1);
    expect(inside.every((e) => zoomed.slots[zoomed.events.indexOf(e)] >= 0)).to.equal(true);
  });

  it('sets the first window from `from` and `to`, and keeps zoom within a month and the data', () => {
    const scene = horizontal(layout(article, 1024, { from: Date.UTC(2001, 0, 1), to: Date.UTC(2002, 0, 1) }));
    expect(scene.window).to.deep.equal([Date.UTC(2001, 0, 1), Date.UTC(2002, 0, 1)]);
    expect(scene.placed.map((p) => scene.events[p.index].id)).to.include.members(['september-11', 'us-bombing', 'kabul-falls-2001', 'karzai']);
    const [t0, t1] = clampWindow(Date.UTC(2001, 0, 1), Date.UTC(2001, 0, 2), scene.limits);
    expect(t1 - t0).to.equal(MIN_SPAN);
    expect(clampWindow(0, Date.UTC(2100, 0, 1), scene.limits)).to.deep.equal(scene.limits);
  });

  it('hides the categories the legend turns off, and keeps the height', () => {
    const all = layout(article, 1024);
    const some = layout(article, 1024, { hidden: JSON.stringify(['war', 'military']) });
    expect(some.events.length).to.equal(21 - 7 - 6);
    expect(some.events.every((e) => e.category !== 'war' && e.category !== 'military')).to.equal(true);
    expect(some.height).to.equal(all.height);
    expect(some.categories.find((c) => c.id === 'war')!.hidden).to.equal(true);
  });

  it('toggleHidden hides and shows one category, whatever its id holds (a newline too)', () => {
    const ids = ['war', 'war\nmilitary', 'military'];
    let hidden = toggleHidden('', 'war\nmilitary');
    expect([...hiddenIds(hidden)]).to.deep.equal(['war\nmilitary']);
    const events = ids.map((category, i) => ({ ...article.events[i], category }));
    const some = layout({ ...article, events, categories: ids.map((id, i) => ({ ...DEFAULT_CATEGORIES[i], id })) }, 1024, { hidden });
    expect(some.events.map((e) => e.category)).to.deep.equal(['war', 'military']);
    hidden = toggleHidden(hidden, 'war\nmilitary');
    expect([...hiddenIds(hidden)]).to.deep.equal([]);
  });

  it('finds the event under a point, and the time under a point', () => {
    const scene = horizontal(layout(article, 1024));
    const p = scene.placed[5];
    expect(indexAtPoint(scene, p.box.x + 2, p.box.y + p.box.height / 2)).to.equal(p.index);
    expect(indexAtPoint(scene, 1, 1)).to.equal(-1);
    expect(timeAt(scene, scene.a0)).to.equal(scene.window[0]);
    expect(timeAt(scene, scene.a1)).to.be.closeTo(scene.window[1], 1);
    expect(indexAtPoint(layout(article, 320), 10, 10), 'a chronology answers pointers in its rows').to.equal(-1);
  });
});

describe('timeTicks', () => {
  it('ticks decades, years, months or days as the window allows', () => {
    const ticks = (t0: number, t1: number, length = 1000, gap = 60) => timeTicks(timeScale([t0, t1], [0, length]), gap, english);
    const labels = (t0: number, t1: number) => ticks(t0, t1).map((t) => t.label);
    expect(labels(Date.UTC(1900, 0, 1), Date.UTC(2025, 0, 1)).slice(0, 3)).to.deep.equal(['1900', '1910', '1920']);
    expect(labels(Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1))).to.deep.equal([
      '2000',
      '2001',
      '2002',
      '2003',
      '2004',
      '2005',
      '2006',
      '2007',
      '2008',
      '2009',
      '2010',
    ]);
    const months = ticks(Date.UTC(2014, 2, 10), Date.UTC(2015, 1, 1));
    expect(months.slice(0, 2).map((t) => t.label)).to.deep.equal(['Apr 2014', 'May']);
    expect(months.find((t) => t.time === Date.UTC(2015, 0, 1))!.label).to.equal('2015');
    const days = ticks(Date.UTC(2014, 11, 1), Date.UTC(2014, 11, 31));
    expect(days[1].label).to.match(/^Dec \d+$/);
  });

  it('keeps ticks at least the gap apart', () => {
    for (const length of [300, 640, 1200]) {
      const ticks = timeTicks(timeScale([Date.UTC(1988, 0, 1), Date.UTC(2026, 0, 1)], [0, length]), 70, english);
      const spacing = ((ticks[1].time - ticks[0].time) / (Date.UTC(2026, 0, 1) - Date.UTC(1988, 0, 1))) * length;
      expect(spacing, `${length} px`).to.be.at.least(70);
    }
  });
});

describe('describing the timeline', () => {
  it('formats dates at their precision in the locale', () => {
    const byId = Object.fromEntries(article.events.map((e) => [e.id, e]));
    expect(formatEventDate(byId['aps-peshawar'], english)).to.equal('December 16, 2014');
    expect(formatEventDate(byId['aps-peshawar'], new LocaleFormat('en-GB'))).to.equal('16 December 2014');
    expect(formatEventDate(byId['kabul-falls-2001'], english)).to.equal('November 2001');
    expect(formatEventDate(byId['ttp-founded'], english)).to.equal('December 2007');
    expect(formatEventDate(byId['taliban-emerge'], english)).to.equal('1994');
    expect(formatEventDate(article.eras[3], english)).to.equal('2007 – ongoing');
  });

  it('describeTimeline(scene) gives the count, dates, categories, eras and the window', () => {
    const text = describeTimeline(layout(article, 1024));
    expect(text).to.contain('21 events from February 15, 1989 to December 24, 2024.');
    expect(text).to.contain('War and politics 7');
    expect(text).to.contain('TTP insurgency (2007 – ongoing)');
    expect(text).to.contain('Showing 1988 – 2026.');
    expect(describeTimelineLabel(layout(article, 1024))).to.equal('Timeline of 21 events, 1989–2024');
    const one = parseTimelineData([event({})], 'src', DEFAULT_CATEGORIES).value!;
    expect(describeTimelineLabel(layout(one, 640))).to.equal('Timeline of 1 event, 2014–2014');
    expect(describeTimeline(layout(one, 640))).to.match(/^1 event from June 15, 2014 to June 15, 2014\./);
  });

  it('describeEvent(scene, i) says when an event is counted in a crowded period', () => {
    const scene = layout(article, 360, { orientation: 'horizontal' });
    const counted = [...scene.slots].findIndex((slot) => slot < -1);
    expect(describeEvent(scene, counted).lines.join(' ')).to.match(/One of \d+ events here: zoom in to see it/);
    expect(describeEvent(scene, 0)).to.deep.equal({ title: 'Last Soviet troops leave', lines: ['February 15, 1989', 'War and politics'] });
    const periods = layout(big, 320);
    const inPeriod = [...periods.slots].findIndex((slot) => slot < -1);
    expect(describeEvent(periods, inPeriod).lines.join(' ')).to.match(/open the count to see it/);
  });
});
