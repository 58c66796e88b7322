import { expect } from '@open-wc/testing';
import {
  Lanes,
  LocaleFormat,
  boxesOverlap,
  defineElement,
  describeSeries,
  estimateTextWidth,
  fetchData,
  findDuplicates,
  formatIssue,
  linearScale,
  navigationAction,
  parseDelimitedText,
  parseJsonText,
  parseRecords,
  quote,
  readHref,
  readIsoDate,
  readKeyword,
  readNumber,
  readText,
  resolveLocale,
  sniffFormat,
  truncateText,
  MAX_ISSUES,
  type RecordReader,
} from '@conflict-viz/core';

describe('core: readers', () => {
  it('readNumber accepts numbers, and numeric strings in plain English by default', () => {
    expect(readNumber(3)).to.deep.equal({ ok: true, value: 3 });
    expect(readNumber(' 2014 ', { integer: true })).to.deep.equal({ ok: true, value: 2014 });
    expect(readNumber('1e3')).to.deep.equal({ ok: true, value: 1000 });
    expect(readNumber('20x1', { integer: true })).to.deep.equal({ ok: false, message: 'must be a whole number, got "20x1"' });
    expect(readNumber('1,234')).to.deep.equal({ ok: true, value: 1234 });
    expect(readNumber('1,23')).to.deep.include({ ok: false });
    expect(readNumber(NaN)).to.deep.include({ ok: false });
    expect(readNumber(Infinity)).to.deep.include({ ok: false });
    expect(readNumber('')).to.deep.include({ ok: false });
    expect(readNumber(null)).to.deep.equal({ ok: false, message: 'must be a number, got null' });
    expect(readNumber(2.5, { integer: true })).to.deep.include({ ok: false });
    expect(readNumber(-1, { min: 0 })).to.deep.equal({ ok: false, message: 'must not be negative, got -1' });
    expect(readNumber(11, { max: 10 })).to.deep.equal({ ok: false, message: 'must be at most 10, got 11' });
  });

  it('readText trims, refuses empty values and caps long text', () => {
    expect(readText('  Kabul ')).to.deep.equal({ ok: true, value: 'Kabul' });
    expect(readText('   ')).to.deep.equal({ ok: false, message: 'must not be empty' });
    expect(readText({})).to.deep.equal({ ok: false, message: 'must be text, got an object' });
    const long = readText('x'.repeat(100_000), 50);
    expect(long.ok && long.value.length).to.equal(50);
  });

  it('readHref allows http(s) only, resolving relative links', () => {
    expect(readHref('https://ucdp.uu.se/')).to.deep.equal({ ok: true, value: 'https://ucdp.uu.se/' });
    expect(readHref('/about', 'https://example.org/x')).to.deep.equal({ ok: true, value: 'https://example.org/about' });
    // Without a base, a relative link stays as written, for the page it is rendered in to resolve.
    expect(readHref(' report.html ')).to.deep.equal({ ok: true, value: 'report.html' });
    expect(readHref('//example.org/a')).to.deep.equal({ ok: true, value: '//example.org/a' });
    expect(readHref('HTTPS://Example.org')).to.deep.equal({ ok: true, value: 'https://example.org/' });
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd']) {
      expect(readHref(bad).ok, bad).to.equal(false);
    }
  });

  it('readKeyword names the value and the choices', () => {
    expect(readKeyword('Events', ['events', 'deaths'])).to.deep.equal({ ok: true, value: 'events' });
    expect(readKeyword('death', ['events', 'deaths'])).to.deep.equal({ ok: false, message: 'unknown value "death" (expected "events" or "deaths")' });
    expect(readKeyword('x', ['a', 'b', 'c'])).to.deep.equal({ ok: false, message: 'unknown value "x" (expected "a", "b" or "c")' });
  });

  it('readIsoDate keeps the precision the text states', () => {
    const year = readIsoDate('2007');
    const month = readIsoDate('2014-06');
    const day = readIsoDate('2014-12-16');
    expect(year.ok && year.value.precision).to.equal('year');
    expect(month.ok && month.value.precision).to.equal('month');
    expect(day.ok && day.value.time).to.equal(Date.UTC(2014, 11, 16));
    expect(readIsoDate(1989).ok).to.equal(true);
    expect(readIsoDate('2014-02-30')).to.deep.equal({ ok: false, message: 'is not a calendar date, got "2014-02-30"' });
    expect(readIsoDate('2014-13')).to.deep.include({ ok: false });
    expect(readIsoDate('June 2014')).to.deep.include({ ok: false });
  });

  it('readIsoDate knows the days of every month, leap years and years before 100 as the Date object does', () => {
    const asDate = (year: number, month: number, day: number) => {
      const date = new Date(0);
      date.setUTCFullYear(year, month - 1, day);
      return date.getUTCDate() === day ? date.getTime() : undefined;
    };
    for (const year of [2014, 2016, 1900, 2000, 50, 0, -1, -4, -44]) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [28, 29, 30, 31]) {
          const text = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}-${String(month).padStart(2, '0')}-${day}`;
          const read = readIsoDate(text);
          expect(read.ok ? read.value.time : undefined, text).to.equal(asDate(year, month, day));
        }
      }
    }
    expect(readIsoDate('2014-06-00')).to.deep.include({ ok: false });
    expect(readIsoDate('2014-00')).to.deep.equal({ ok: false, message: 'has no month 0, got "2014-00"' });
    expect(readIsoDate('2014-00-10')).to.deep.equal({ ok: false, message: 'has no month 0, got "2014-00-10"' });
    expect(readIsoDate('0050')).to.deep.include({ ok: true, value: { time: asDate(50, 1, 1), year: 50, month: undefined, day: undefined, precision: 'year' } });
  });
});

describe('core: records', () => {
  const readRow = (row: RecordReader) => row.get('year', readNumber, true, { integer: true });

  it('parseRecords names the source, the 1-based row and the field', () => {
    const result = parseRecords([{ year: 2020 }, { year: '20x1' }], 'data attribute', readRow);
    expect(result.value).to.equal(undefined);
    expect(result.issues.map(formatIssue)).to.deep.equal(['data attribute row 2: year must be a whole number, got "20x1"']);
  });

  it('parseRecords reads blanks as missing, and with a kind names each record by id, title or row', () => {
    const rows = [
      { year: ' ', events: 3 },
      { id: 'a', year: 'x' },
      { title: 'Flood', year: 'x' },
      { id: {}, year: 'x' },
    ];
    expect(parseRecords(rows, 'src', readRow, 'event').issues.map(formatIssue)).to.deep.equal([
      'src row 1: year is missing (event 1)',
      'src row 2: year must be a whole number, got "x" (event "a")',
      'src row 3: year must be a whole number, got "x" (event "Flood")',
      'src row 4: year must be a whole number, got "x" (event 4)',
    ]);
  });

  it('parseRecords rejects what is not an array of objects', () => {
    expect(parseRecords({}, 'src', readRow).issues.map(formatIssue)).to.deep.equal(['src: must be an array of rows, got an object']);
    expect(parseRecords([], 'src', readRow).issues.map(formatIssue)).to.deep.equal(['src: has no rows']);
    expect(parseRecords([3], 'src', readRow).issues.map(formatIssue)).to.deep.equal(['src row 1: must be an object with named fields, got number 3']);
  });

  it('parseRecords stops listing after MAX_ISSUES problems', () => {
    const rows = Array.from({ length: 100_000 }, () => ({ year: 'x' }));
    const result = parseRecords(rows, 'data property', readRow);
    expect(result.issues.length).to.equal(MAX_ISSUES + 1);
    expect(formatIssue(result.issues[MAX_ISSUES])).to.contain('stopped after');
  });

  it('parseRecords matches header names regardless of case and spacing', () => {
    expect(parseRecords([{ ' Year ': '2020' }], 'table', readRow).value).to.deep.equal([2020]);
  });

  it('findDuplicates names both rows', () => {
    const issues = findDuplicates([2019, 2020, 2019], (y) => y, 'data attribute', 'year');
    expect(issues.map(formatIssue)).to.deep.equal(['data attribute row 3: year repeats 2019 from row 1']);
  });

  it('parseJsonText and parseDelimitedText report unreadable text', () => {
    expect(parseJsonText('not json', 'data attribute').issues[0].message).to.match(/^is not valid JSON/);
    expect(parseDelimitedText('year,events\n2020,71\n', 'src').value).to.deep.equal([{ year: '2020', events: '71' }]);
    expect(parseDelimitedText('\uFEFFyear\n1\n', 'src').value).to.deep.equal([{ year: '1' }]);
    expect(parseDelimitedText('\n\n', 'src').issues[0].message).to.match(/^has no header row/);
  });

  it('sniffFormat trusts content type and extension, and recognises a web page', () => {
    expect(sniffFormat('[1]', 'application/json')).to.equal('json');
    expect(sniffFormat('a,b', 'text/plain', 'x.csv')).to.equal('csv');
    expect(sniffFormat('<!doctype html>', 'text/plain', 'x.csv')).to.equal('html');
    expect(sniffFormat('{"a":1}', '')).to.equal('json');
  });
});

describe('core: formatting', () => {
  it('LocaleFormat formats numbers, years, ticks, dates and lists in its locale', () => {
    const en = new LocaleFormat('en');
    expect(en.number(6378)).to.equal('6,378');
    expect(en.number(1.23456)).to.equal('1.23');
    expect(en.year(2014)).to.equal('2014');
    expect(new LocaleFormat('ar-EG').year(2014)).to.equal('٢٠١٤');
    expect(en.tick(12000)).to.equal('12K');
    expect(en.tick(9000)).to.equal('9,000');
    expect(en.date(Date.UTC(2014, 11, 16), 'day')).to.equal('December 16, 2014');
    expect(en.date(Date.UTC(2014, 5, 1), 'month')).to.equal('June 2014');
    expect(en.date(Date.UTC(2007, 0, 1), 'year')).to.equal('2007');
    expect(en.list(['a', 'b', 'c'])).to.equal('a, b, and c');
    expect(new LocaleFormat('en-GB').list(['a', 'b', 'c'])).to.equal('a, b and c');
  });

  it('LocaleFormat makes each Intl formatter once, per object', () => {
    const en = new LocaleFormat('en');
    const options: Intl.DateTimeFormatOptions = { month: 'short', timeZone: 'UTC' };
    expect(en.dateFormat(options)).to.equal(en.dateFormat({ ...options }));
    expect(en.numberFormat({ notation: 'compact' })).to.equal(en.numberFormat({ notation: 'compact' }));
    expect(new LocaleFormat('en').dateFormat(options)).not.to.equal(en.dateFormat(options));
  });

  it('resolveLocale falls back on malformed tags instead of throwing', () => {
    expect(resolveLocale('EN-gb')).to.equal('en-GB');
    expect(resolveLocale('not a locale!')).to.equal('en');
    expect(resolveLocale('')).to.equal('en');
  });

  it('describeSeries gives range, peak, low, trend and latest change', () => {
    const text = describeSeries(
      [
        { year: 2007, value: 81 },
        { year: 2010, value: 761 },
        { year: 2020, value: 71 },
        { year: 2021, value: 119 },
      ],
      { format: new LocaleFormat('en'), unit: 'events' },
    );
    expect(text).to.equal(
      '2007–2021. Highest: 761 events in 2010. Lowest: 71 events in 2020. Rose from 81 in 2007 to the peak, then fell to 119 in 2021. Latest: 119 in 2021, up from 71 in 2020.',
    );
  });
});

describe('core: layout', () => {
  it('Lanes never puts overlapping intervals in one lane, in any order, and uses the lowest lane that fits', () => {
    const intervals = Array.from({ length: 200 }, (_, i) => ({ start: (i * 37) % 500, end: ((i * 37) % 500) + 40 + (i % 7) * 10 }));
    const lanes = new Lanes({ gap: 4 });
    const placed = intervals.map((interval) => lanes.place(interval));
    for (let i = 0; i < intervals.length; i++) {
      expect(placed[i]).to.be.at.least(0);
      for (let j = 0; j < intervals.length; j++) {
        const [a, b] = [intervals[i], intervals[j]];
        const apart = a.end + 4 <= b.start || b.end + 4 <= a.start;
        if (i !== j && placed[i] === placed[j]) expect(apart, `${i} and ${j}`).to.equal(true);
        // Lowest lane: every lower lane held, when i came, an interval it would overlap.
        if (j < i && placed[j] < placed[i] && !apart) expect(placed[j]).to.be.below(placed[i]);
      }
      for (let lower = 0; lower < placed[i]; lower++) {
        const blocked = intervals.some((b, j) => j < i && placed[j] === lower && !(intervals[i].end + 4 <= b.start || b.end + 4 <= intervals[i].start));
        expect(blocked, `${i} could have gone to lane ${lower}`).to.equal(true);
      }
    }
  });

  it('Lanes: greedy packing in start order, a lane whose last interval has ended, and a limit on lanes', () => {
    const lanes = new Lanes({ gap: 2, maxLanes: 2 });
    expect(lanes.place({ start: 0, end: 10 })).to.equal(0);
    expect(lanes.place({ start: 5, end: 15 })).to.equal(1);
    expect(lanes.place({ start: 8, end: 9 })).to.equal(-1);
    // Before its end is known: a lane whose occupants all end 2 before 12.
    expect(lanes.find({ start: 12, end: Infinity })).to.equal(0);
    expect(lanes.find({ start: 11, end: Infinity })).to.equal(-1);
    expect(lanes.end(0)).to.equal(10);
    expect(lanes.end(1)).to.equal(15);
    expect(lanes.count).to.equal(2);
    // A gap between two intervals of a lane takes an interval that fits in it.
    const gaps = new Lanes();
    gaps.place({ start: 0, end: 10 });
    gaps.place({ start: 30, end: 40 });
    expect(gaps.place({ start: 12, end: 28 })).to.equal(0);
    expect(gaps.place({ start: 25, end: 35 })).to.equal(1);
  });

  it('Lanes with stems: no interval covers the stem of an item above it, and no stem crosses an interval below', () => {
    // Annotation labels: each label runs right from its marker line, which runs down to the plot.
    const lanes = new Lanes({ gap: 6, stems: true, maxLanes: 3 });
    expect(lanes.place({ start: 104, end: 200, stem: 100 })).to.equal(0);
    // Too close to the first label for lane 0; its line at 5 is clear of that label, so lane 1.
    expect(lanes.place({ start: 10, end: 100, stem: 5 })).to.equal(1);
    // Fits lane 0 beside the first label, but would cover the line at 5 coming down from lane 1.
    expect(lanes.place({ start: 0, end: 3, stem: 2 })).to.equal(1);
    // Overlaps the labels in lanes 0 and 1, and from lane 2 its line would cross the first label.
    expect(lanes.place({ start: 54, end: 99, stem: 150 })).to.equal(-1);
    const free = new Lanes({ gap: 6 });
    free.place({ start: 104, end: 200, stem: 100 });
    free.place({ start: 10, end: 100, stem: 5 });
    expect(free.place({ start: 0, end: 3, stem: 2 })).to.equal(0);
  });

  it('boxesOverlap', () => {
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 9, y: 9, width: 5, height: 5 })).to.equal(true);
    expect(boxesOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 })).to.equal(false);
  });

  it('truncateText fits the width and marks the cut', () => {
    const text = truncateText('Peshawar school attack', 60, 12);
    expect(text.endsWith('…')).to.equal(true);
    expect(estimateTextWidth(text, 12)).to.be.at.most(60);
    expect(truncateText('Kabul', 200, 12)).to.equal('Kabul');
  });

  it('linearScale maps a niced zero-based domain with round ticks', () => {
    const y = linearScale(761, [300, 0], 5);
    expect(y.domain).to.deep.equal([0, 800]);
    expect(y.ticks).to.deep.equal([0, 200, 400, 600, 800]);
    expect(y(0)).to.equal(300);
    expect(y(800)).to.equal(0);
  });
});

describe('core: keyboard and definition', () => {
  it('navigationAction steps, jumps and mirrors in RTL', () => {
    expect(navigationAction('ArrowRight', 0, 5)).to.deep.equal({ kind: 'move', index: 1 });
    expect(navigationAction('ArrowRight', 0, 5, { rtl: true })).to.deep.equal({ kind: 'move', index: 0 });
    expect(navigationAction('ArrowLeft', 0, 5, { rtl: true })).to.deep.equal({ kind: 'move', index: 1 });
    expect(navigationAction('End', 0, 5)).to.deep.equal({ kind: 'move', index: 4 });
    expect(navigationAction('Home', 3, 5)).to.deep.equal({ kind: 'move', index: 0 });
    expect(navigationAction('ArrowRight', -1, 5)).to.deep.equal({ kind: 'move', index: 0 });
    expect(navigationAction('Enter', 2, 5)).to.deep.equal({ kind: 'select' });
    expect(navigationAction('Enter', -1, 5)).to.equal(undefined);
    expect(navigationAction('Escape', 2, 5)).to.deep.equal({ kind: 'dismiss' });
    expect(navigationAction('a', 2, 5)).to.equal(undefined);
  });

  it('defineElement tolerates a second definition of the same tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('cv-test-twice', First);
    expect(() => defineElement('cv-test-twice', Second)).not.to.throw();
    expect(customElements.get('cv-test-twice')).to.equal(First);
  });
});

describe('core: fetchData', () => {
  // The element hands the reader its JSON reader and quoting, as data-input.ts does.
  const readers = { parseJsonText, quote };
  const signal = () => new AbortController().signal;
  const blobUrl = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));

  it('reads JSON and CSV', async () => {
    expect((await fetchData(blobUrl('[{"year":2020}]', 'application/json'), { readers, signal: signal() })).value).to.deep.equal([{ year: 2020 }]);
    expect((await fetchData(blobUrl('year\n2020\n', 'text/csv'), { readers, signal: signal() })).value).to.deep.equal([{ year: '2020' }]);
  });

  it('explains a 404, a web page, invalid JSON and a file over the size limit', async () => {
    const missing = await fetchData('/data/no-such-file.csv', { readers, signal: signal() });
    expect(formatIssue(missing.issues[0])).to.equal('src: request failed with 404 Not Found (no-such-file.csv)');
    const page = await fetchData(blobUrl('<!doctype html><p>hi', 'text/html'), { readers, signal: signal() });
    expect(formatIssue(page.issues[0])).to.match(/^src: returned a web page \(text\/html\), not JSON or CSV/);
    const broken = await fetchData(blobUrl('{"a":', 'application/json'), { readers, signal: signal() });
    expect(formatIssue(broken.issues[0])).to.match(/^src: is not valid JSON/);
    const large = await fetchData(blobUrl('x'.repeat(2_000_000), 'text/csv'), { readers, signal: signal(), maxBytes: 1_000_000 });
    expect(formatIssue(large.issues[0])).to.match(/^src: is too large/);
  });

  it('rejects with the AbortError when its request is superseded', async () => {
    const controller = new AbortController();
    const pending = fetchData('/data/ttp-yearly.csv', { readers, signal: controller.signal });
    controller.abort();
    let error: unknown;
    await pending.catch((e) => (error = e));
    expect((error as Error)?.name).to.equal('AbortError');
  });
});
