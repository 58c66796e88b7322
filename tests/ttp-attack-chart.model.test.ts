import { expect } from '@open-wc/testing';
import { boxesOverlap, createLayoutContext, estimateTextWidth, formatIssue } from '@conflict-viz/core/pure';
import { ttpYearly } from '@conflict-viz/data/ttp-yearly';
import { ttpAnnotations } from '@conflict-viz/data/ttp-annotations';
import {
  METRIC_FIELDS,
  describeAttackChart,
  describeYear,
  filterYears,
  indexAtX,
  layoutAttackChart,
  parseAnnotations,
  parseAttackChartData,
  type AttackChartOptions,
  type AttackChartScene,
} from '@conflict-viz/ttp-attack-chart/model';
import { numbersIn } from './helpers.js';

const events = parseAttackChartData(ttpYearly, 'default', METRIC_FIELDS.events).value!;
const deaths = parseAttackChartData(ttpYearly, 'default', METRIC_FIELDS.deaths).value!;
const annotations = parseAnnotations(ttpAnnotations).value!;
const options = (extra: Partial<AttackChartOptions> = {}): AttackChartOptions => ({ type: 'bar', stacked: false, unit: 'events', annotations, ...extra });
const issues = (input: unknown, fields = METRIC_FIELDS.events) => parseAttackChartData(input, 'data attribute', fields).issues.map(formatIssue);

/** Two decimals, as the chart writes path data. */
const round = (n: number) => Math.round(n * 100) / 100;

describe('parseAttackChartData', () => {
  it('reads the UCDP table: 15 years sorted, parts and no range for events', () => {
    expect(events.rows.map((r) => r.year)).to.deep.equal(Array.from({ length: 15 }, (_, i) => 2007 + i));
    expect(events.rows[3]).to.deep.equal({ year: 2010, value: 761, low: undefined, high: undefined, parts: [680, 17, 64] });
    expect(events.hasRange).to.equal(false);
    expect(deaths.hasRange).to.equal(true);
    expect(deaths.rows[2]).to.deep.include({ year: 2009, value: 6378, low: 4853, high: 6765 });
  });

  it('reads CSV strings and sorts unsorted years', () => {
    const parsed = parseAttackChartData(
      [
        { year: '2021', events: '119' },
        { year: '2020', events: '71' },
      ],
      'src',
      METRIC_FIELDS.events,
    );
    expect(parsed.value!.rows.map((r) => r.year)).to.deep.equal([2020, 2021]);
  });

  it('rejects a year that is not a whole number, naming the row', () => {
    expect(
      issues([
        { year: 2020, events: 71 },
        { year: '20x1', events: 119 },
      ]),
    ).to.deep.equal(['data attribute row 2: year must be a whole number, got "20x1"']);
  });

  it('rejects negative and non-numeric counts', () => {
    expect(issues([{ year: 2020, events: -3 }])).to.deep.equal(['data attribute row 1: events must not be negative, got -3']);
    expect(issues([{ year: 2020, events: 'many' }])).to.deep.equal(['data attribute row 1: events must be a number, got "many"']);
    expect(issues([{ year: 2020, events: 3 }, { year: 2021 }])).to.deep.equal(['data attribute row 2: events is missing']);
    // No value column at all: one message that says which attribute to set, not one per row.
    expect(issues([{ year: 2020 }, { year: 2021 }])).to.deep.equal([
      'data attribute: has no column "events" (its columns: "year"): set value-field to the column of values',
    ]);
    expect(issues([{ year: 2020, attacks: 3, deaths: 1 }])).to.deep.equal([
      'data attribute: has no column "events" (its columns: "year", "attacks", "deaths") (its numeric columns: "attacks", "deaths"): set value-field="attacks"',
    ]);
  });

  it('rejects duplicate years', () => {
    expect(
      issues([
        { year: 2020, events: 1 },
        { year: 2020, events: 2 },
      ]),
    ).to.deep.equal(['data attribute row 2: year repeats 2020 from row 1']);
    // Out of order, the rows named are still the input's.
    expect(
      issues([
        { year: 2021, events: 1 },
        { year: 2020, events: 2 },
        { year: 2021, events: 3 },
      ]),
    ).to.deep.equal(['data attribute row 3: year repeats 2021 from row 1']);
  });

  it('rejects parts that do not add up, and ranges that do not contain the value', () => {
    expect(issues([{ year: 2020, events: 10, events_state_based: 5, events_non_state: 1, events_one_sided: 1 }])[0]).to.contain(
      'parts add up to 7, not to events 10',
    );
    expect(issues([{ year: 2020, deaths_best: 10, deaths_low: 11, deaths_high: 12 }], METRIC_FIELDS.deaths)).to.deep.equal([
      'data attribute row 1: deaths_low range 11–12 does not contain the value 10',
    ]);
  });

  it('maps other field names', () => {
    const parsed = parseAttackChartData([{ Jahr: 2020, attacks: 5 }], 'data property', { yearField: 'Jahr', valueField: 'attacks' });
    expect(parsed.value!.rows).to.deep.equal([{ year: 2020, value: 5, low: undefined, high: undefined, parts: undefined }]);
  });
});

describe('parseAnnotations', () => {
  it('reads dates at their precision and places them within the year', () => {
    const [founded, zarb, , kabul] = annotations;
    expect(founded).to.deep.include({ year: 2007, precision: 'month' });
    expect(founded.fraction).to.be.closeTo((334 + 31 / 2) / 365, 1e-9);
    expect(parseAnnotations([{ date: '2007', label: 'A year' }]).value![0]).to.deep.include({ year: 2007, precision: 'year', fraction: 0.5 });
    expect(zarb).to.deep.include({ year: 2014, precision: 'day' });
    expect(zarb.fraction).to.be.closeTo((31 + 28 + 31 + 30 + 31 + 14.5) / 365, 1e-9);
    expect(kabul.label).to.equal('Taliban take Kabul');
  });

  it('rejects an unparseable date and a missing label', () => {
    expect(parseAnnotations([{ date: 'June 2014', label: 'x' }, { date: '2014' }]).issues.map(formatIssue)).to.deep.equal([
      'annotations row 1: date must be a date written 2014, 2014-06 or 2014-06-15, got "June 2014"',
      'annotations row 2: label is missing',
    ]);
  });
});

describe('filterYears', () => {
  it('keeps from–to, and names both when nothing is left', () => {
    expect(filterYears(events, 2012, 2014).value!.map((r) => r.year)).to.deep.equal([2012, 2013, 2014]);
    expect(filterYears(events, 2030, 2035).issues.map(formatIssue)).to.deep.equal(['from/to: no data in 2030–2035; the data covers 2007–2021']);
  });
});

describe('layoutAttackChart', () => {
  const layout = (width: number, extra: Partial<AttackChartOptions> = {}, data = events) =>
    layoutAttackChart(data.rows, data, options(extra), createLayoutContext({ width }));

  it('puts the tallest bar (2010) at the top of the plot and every bar on the baseline', () => {
    const scene = layout(320);
    const tallest = scene.bars.reduce((a, b) => (b.height > a.height ? b : a));
    expect(scene.rows[scene.bars.indexOf(tallest)].year).to.equal(2010);
    expect(tallest.y).to.be.at.least(scene.plot.top);
    for (const bar of scene.bars) expect(bar.y + bar.height).to.be.closeTo(scene.plot.bottom, 1e-9);
  });

  it('orders bars left to right in time, and right to left in RTL', () => {
    const ltr = layout(640);
    const rtl = layoutAttackChart(events.rows, events, options(), createLayoutContext({ width: 640, rtl: true }));
    expect(ltr.bars[0].x).to.be.below(ltr.bars[14].x);
    expect(rtl.bars[0].x).to.be.above(rtl.bars[14].x);
    expect(rtl.bars[0].x + rtl.bars[0].width).to.be.at.most(rtl.plot.right + 1e-9);
  });

  it('never draws overlapping year labels or annotation labels, from 280 to 1200 px', () => {
    for (const width of [280, 320, 400, 480, 640, 800, 1024, 1200]) {
      const scene = layout(width);
      const yearWidth = estimateTextWidth('2014', 12);
      scene.xTicks.forEach((tick, i) => {
        if (i) expect(tick.position - scene.xTicks[i - 1].position, `${width}px`).to.be.above(yearWidth);
      });
      const boxes = scene.annotations.map((a) => a.box);
      for (let i = 0; i < boxes.length; i++) {
        expect(boxes[i].x).to.be.at.least(0);
        expect(boxes[i].x + boxes[i].width).to.be.at.most(width);
        for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i], boxes[j]), `${width}px: ${i} and ${j}`).to.equal(false);
      }
      // A marker line runs from its label down to the plot; it must not cross another label.
      if (!scene.numbered) {
        for (const a of scene.annotations) {
          for (const b of scene.annotations) {
            if (a === b || b.labelY <= a.labelY) continue;
            expect(a.x >= b.box.x && a.x <= b.box.x + b.box.width, `${width}px: line of ${a.label} crosses ${b.label}`).to.equal(false);
          }
        }
      }
    }
  });

  it('numbers the markers where labels do not fit, and labels them where they do', () => {
    expect(layout(300).numbered).to.equal(true);
    expect(layout(300).annotations.map((a) => a.text)).to.have.members(['1', '2', '3', '4']);
    expect(layout(900).numbered).to.equal(false);
  });

  it('stacks parts bottom to top and draws whiskers for ranges', () => {
    const stacked = layout(640, { stacked: true });
    const bar2010 = stacked.bars[3];
    expect(bar2010.segments.map((s) => s.category)).to.deep.equal([0, 1, 2]);
    expect(bar2010.segments[0].y).to.be.above(bar2010.segments[2].y);
    const ranged = layout(640, { unit: 'deaths' }, deaths);
    expect(ranged.bars[2].whisker!.y2).to.be.below(ranged.bars[2].y);
  });

  it('breaks the line where a year is missing', () => {
    const gappy = parseAttackChartData(
      [
        { year: 2000, events: 1 },
        { year: 2001, events: 2 },
        { year: 2005, events: 3 },
      ],
      'x',
      METRIC_FIELDS.events,
    ).value!;
    const scene = layout(640, { type: 'line' }, gappy);
    expect(scene.lines[0].path.match(/M/g)!.length).to.equal(2);
  });

  it('draws the line and its band with the curve asked for: straight, monotone or in steps', () => {
    const straight = layout(640, { type: 'line', unit: 'deaths' }, deaths);
    const smooth = layout(640, { type: 'line', unit: 'deaths', curve: 'monotone-x' }, deaths);
    const steps = layout(640, { type: 'line', unit: 'deaths', curve: 'step' }, deaths);
    expect(straight.lines[0].path).to.match(/^M[\d.,]+(L[\d.,]+){14}$/);
    // The straight and the smooth line pass through each year's value at the year's centre.
    for (const scene of [straight, smooth]) {
      for (const i of [0, 7, 14]) expect(scene.lines[0].path).to.contain(`${round(scene.centers[i])},${round(scene.tops[i])}`);
    }
    expect(straight.band).not.to.match(/C/);
    expect(smooth.lines[0].path).to.match(/C/);
    expect(smooth.band).to.match(/C/);
    // Steps hold each year's value level across its centre, changing halfway to the next year.
    const vertices = steps.lines[0].path.match(/-?[\d.]+,-?[\d.]+/g)!.map((p) => p.split(',').map(Number));
    // From the first centre, two vertices per change of year, and on to the last centre.
    expect(vertices.length).to.equal(1 + 2 * 14 + 1);
    for (const i of [0, 7, 14]) {
      const level = vertices.findIndex(
        ([x, y], k) => k > 0 && y === round(steps.tops[i]) && vertices[k - 1][1] === y && vertices[k - 1][0] <= steps.centers[i] && steps.centers[i] <= x,
      );
      expect(level, `year ${i}`).to.be.above(0);
    }
    expect(steps.lines[0].path).not.to.match(/C/);
    expect(layout(640, { curve: 'step' }).lines).to.deep.equal([]);
  });

  it('produces only finite numbers, also for one row and for 100,000 rows', () => {
    const one = parseAttackChartData([{ year: 2020, events: 0 }], 'x', METRIC_FIELDS.events).value!;
    expect(numbersIn(layout(280, {}, one)).every(Number.isFinite)).to.equal(true);
    const many = parseAttackChartData(
      Array.from({ length: 100_000 }, (_, i) => ({ year: i, events: i % 97 })),
      'x',
      METRIC_FIELDS.events,
    ).value!;
    const scene = layout(1024, { annotations: [] }, many);
    // Sub-pixel bars are drawn one per pixel column; every year keeps its position for tooltips.
    expect(scene.centers.length).to.equal(100_000);
    expect(scene.bars.length).to.be.at.most(scene.plot.right - scene.plot.left + 1);
    expect(Math.min(...scene.bars.map((b) => b.y))).to.equal(Math.min(...scene.tops));
    expect(scene.xTicks.length).to.be.below(40);
    expect(numbersIn(scene.bars.slice(0, 100)).every(Number.isFinite)).to.equal(true);
  });
});

describe('indexAtX and the descriptions', () => {
  const scene: AttackChartScene = layoutAttackChart(events.rows, events, options(), createLayoutContext({ width: 640 }));

  it('indexAtX finds the year under a point and nothing in the margins', () => {
    expect(indexAtX(scene, scene.centers[3])).to.equal(3);
    expect(indexAtX(scene, scene.centers[3] + scene.step * 0.45)).to.equal(3);
    expect(indexAtX(scene, 0)).to.equal(-1);
  });

  it('describeAttackChart summarises range, peak, trend and latest change', () => {
    expect(describeAttackChart(scene)).to.equal(
      '2007–2021. Highest: 761 events in 2010. Lowest: 49 events in 2018. Rose from 81 in 2007 to the peak, then fell to 119 in 2021. Latest: 119 in 2021, up from 71 in 2020.',
    );
  });

  it('describeYear gives the tooltip lines', () => {
    expect(describeYear(scene, 3)).to.deep.equal({
      title: '2010',
      lines: ['761 events', 'State-based: 680', 'Non-state: 17', 'One-sided (against civilians): 64'],
    });
  });
});
