// OptionReader: bad option values are reported under their attribute and fall back to the last good value.
import { expect } from '@open-wc/testing';
import { OptionReader, readWholeNumber, type Parsed } from '@conflict-viz/core';

const parseList = (value: unknown): Parsed<string[]> =>
  Array.isArray(value) && value.every((v) => typeof v === 'string')
    ? { value, issues: [] }
    : { issues: [{ source: 'labels', message: 'must be a list of text' }] };

describe('OptionReader', () => {
  it('keyword() accepts a keyword in any case and falls back to the last good one', () => {
    const read = new OptionReader();
    expect(read.keyword('type', 'LINE', ['bar', 'line'])).to.equal('line');
    expect(read.issues).to.deep.equal([]);
    read.begin();
    expect(read.keyword('type', 'pie', ['bar', 'line'])).to.equal('line');
    expect(read.issues).to.deep.equal([{ source: 'type', message: 'unknown value "pie" (expected "bar" or "line")' }]);
    const fresh = new OptionReader();
    expect(fresh.keyword('type', 'pie', ['bar', 'line']), 'the first keyword is the default').to.equal('bar');
  });

  it('option() keeps the last good value per attribute, and begin() starts a new report', () => {
    const read = new OptionReader();
    expect(read.option('from', readWholeNumber('2010'), undefined)).to.equal(2010);
    expect(read.option('from', readWholeNumber('20x1'), undefined)).to.equal(2010);
    expect(read.option('to', readWholeNumber('x'), 2020)).to.equal(2020);
    expect(read.issues.map((issue) => issue.source)).to.deep.equal(['from', 'to']);
    read.begin();
    expect(read.issues).to.deep.equal([]);
    read.report('from', '2010 is after to 2001');
    expect(read.issues).to.deep.equal([{ source: 'from', message: '2010 is after to 2001' }]);
  });

  it('parsedOption() parses each value once, reads JSON text, and reports a bad value on every reading', () => {
    const read = new OptionReader();
    let calls = 0;
    const counted = (value: unknown) => (calls++, parseList(value));
    const list = ['a', 'b'];
    expect(read.parsedOption('labels', list, counted, [])).to.equal(list);
    expect(read.parsedOption('labels', list, counted, [])).to.equal(list);
    expect(calls, 'the same value is parsed once').to.equal(1);
    expect(read.parsedOption('labels', '["c"]', counted, [])).to.deep.equal(['c']);
    read.begin();
    expect(read.parsedOption('labels', '[1]', counted, [])).to.deep.equal(['c']);
    read.begin();
    expect(read.parsedOption('labels', '[1]', counted, [])).to.deep.equal(['c']);
    expect(read.issues, 'reported again on the next reading').to.deep.equal([{ source: 'labels', message: 'must be a list of text' }]);
    read.begin();
    expect(read.parsedOption('other', '{', counted, ['fallback'])).to.deep.equal(['fallback']);
    expect(read.issues[0].source).to.equal('other');
    expect(read.issues[0].message).to.match(/^is not valid JSON/);
  });
});
