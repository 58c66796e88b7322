// Spreadsheets as people export them, read by core: the delimiter found from the file, a BOM, CRLF,
// blank rows and empty trailing columns dropped, numbers in the file's, the locale's and plain
// English style. The files are the committed fixtures in data/fixtures/ (see data/README.md).
import { expect, fixture, html } from '@open-wc/testing';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/conflict-timeline';
import {
  decodeText,
  delimiterOf,
  detectDelimiter,
  fetchData,
  localeNumberStyle,
  numberStylesFor,
  parseDelimitedText,
  parseJsonText,
  parseRecords,
  quote,
  readNumber,
  type NumberStyle,
  type RecordReader,
} from '@conflict-viz/core';
import { $, $$, notice, part, parts, readText, settled, text, until, type CvHost } from './helpers.js';

const fixtureFile = async (name: string) => (await readText(`/data/fixtures/${name}`))!;
const read = (text: string, styles: readonly NumberStyle[]) => {
  const result = readNumber(text, { styles });
  return result.ok ? result.value : result.message;
};

describe('core: delimited text as spreadsheets export it', () => {
  it('detectDelimiter finds commas, semicolons and tabs from the lines that agree with the header', () => {
    expect(detectDelimiter('year,attacks\n2020,"1,012"\n')).to.equal(',');
    expect(detectDelimiter('Jahr;Anschläge\r\n2020;1.012,5\r\n')).to.equal(';');
    expect(detectDelimiter('Year\tIncidents\n2019\t1,250\n')).to.equal('\t');
    // Commas inside the values of a semicolon file do not win: the rows would not agree with the header.
    expect(detectDelimiter('a;b;c\n1,5;2,5;3\n2,5;3,5;4\n')).to.equal(';');
    expect(detectDelimiter('year\n2020\n')).to.equal(',');
  });

  it('parseDelimitedText reads an Excel (German) export: BOM, semicolons, CRLF, blank rows, empty trailing columns', async () => {
    const bytes = new Uint8Array(await (await fetch('/data/fixtures/excel-de-semicolon.csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)], 'the file starts with a UTF-8 BOM').to.deep.equal([0xef, 0xbb, 0xbf]);
    // fetch's text() drops the BOM; a string from elsewhere (a textarea, a JS module) may keep it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(text).to.contain('\r\n');
    const parsed = parseDelimitedText(text, 'src');
    expect(parsed.issues).to.deep.equal([]);
    expect(delimiterOf(parsed.value)).to.equal(';');
    expect(Object.keys(parsed.value![0])).to.deep.equal(['Jahr', 'Anschläge', 'Tote je 100.000 Einwohner']);
    // The blank row stays, as a record of blanks that readers skip, so row numbers match the file's (header excluded).
    expect(parsed.value!.map((row) => row.Jahr)).to.deep.equal(['2015', '2016', '2017', '', '2018', '2020', 'Gesamt']);
    expect(parsed.value![0]).to.deep.equal({ Jahr: '2015', Anschläge: '1.012', 'Tote je 100.000 Einwohner': '3,5' });
  });

  it('parseDelimitedText reads an Excel (English) export with quoted thousands, and a TSV', async () => {
    const csv = parseDelimitedText(await fixtureFile('excel-en-crlf.csv'), 'src').value!;
    expect(delimiterOf(csv)).to.equal(',');
    expect(csv.map((row) => row.attacks)).to.deep.equal(['1,012', '1,204', '876', '', '754', '640', '4,486']);
    const tsv = parseDelimitedText(await fixtureFile('sheets-export.tsv'), 'src').value!;
    expect(delimiterOf(tsv)).to.equal('\t');
    expect(tsv).to.deep.equal([
      { Year: '2019', Incidents: '1,250', Notes: 'first full year' },
      { Year: '2020', Incidents: '980', Notes: '' },
      { Year: '2022', Incidents: '1,100', Notes: 'after a gap' },
    ]);
  });

  it('fetchData reads UTF-8, and falls back to Windows-1252 for a legacy Excel export', async () => {
    // Excel's "CSV (Comma delimited)" on a German Windows: one byte per letter (ä is 0xE4). Built here,
    // as the test server would re-encode a file that is not UTF-8.
    const bytes = Uint8Array.from('Jahr;Anschläge\r\n2019;1.204\r\n2020;987\r\n', (c) => c.charCodeAt(0));
    expect(bytes.includes(0xe4)).to.equal(true);
    const url = URL.createObjectURL(new Blob([bytes], { type: 'text/csv' }));
    try {
      const parsed = await fetchData(url, { readers: { parseJsonText, quote }, signal: new AbortController().signal });
      expect(parsed.value).to.deep.equal([
        { Jahr: '2019', Anschläge: '1.204' },
        { Jahr: '2020', Anschläge: '987' },
      ]);
    } finally {
      URL.revokeObjectURL(url);
    }
    expect(decodeText(new TextEncoder().encode('\uFEFFJahr;Anschläge'))).to.equal('Jahr;Anschläge');
  });

  it('parseDelimitedText follows a "sep=" line, names a nameless column with values, and keeps the records a plain array', () => {
    const parsed = parseDelimitedText('sep=;\nyear;;\n2020;5;\n', 'src').value!;
    expect(delimiterOf(parsed)).to.equal(';');
    expect(parsed).to.deep.equal([{ year: '2020', 'column 2': '5' }]);
    expect(JSON.stringify(parsed)).to.equal('[{"year":"2020","column 2":"5"}]');
    expect(delimiterOf([{ year: 1 }])).to.equal(undefined);
  });
});

describe('core: numbers as spreadsheets write them', () => {
  it('localeNumberStyle reads the marks from Intl: German, French, Swiss, Indian, Urdu', () => {
    expect(localeNumberStyle('de')).to.include({ decimal: ',' }).and.have.deep.property('groups', ['.']);
    expect(localeNumberStyle('fr').groups).to.include('\u202f');
    expect(localeNumberStyle('de-CH').groups).to.include('’').and.include("'");
    expect(localeNumberStyle('en-IN').lakh).to.equal(true);
    expect(localeNumberStyle('en').lakh).to.equal(false);
  });

  it('readNumber with the styles of a locale reads its groups and decimals, then plain English', () => {
    const de = numberStylesFor('de');
    expect(read('1.012', de)).to.equal(1012);
    expect(read('3,5', de)).to.equal(3.5);
    expect(read('1.234.567,25', de)).to.equal(1234567.25);
    expect(read('2.5', de), 'not German, so plain English').to.equal(2.5);
    const en = numberStylesFor('en');
    expect(read('1,012', en)).to.equal(1012);
    expect(read('1,234,567.5', en)).to.equal(1234567.5);
    expect(read('-1,012', en)).to.equal(-1012);
    expect(read('3,5', en)).to.equal('must be a number, got "3,5"; for a decimal comma, set lang on the element (e.g. lang="de")');
    expect(read('12,34', en), 'a group of two is not a thousands separator').to.be.a('string');
    expect(read('1 012', numberStylesFor('fr'))).to.equal(1012);
    expect(read('1\u202f012,5', numberStylesFor('fr'))).to.equal(1012.5);
    expect(read('12,34,567', numberStylesFor('en-IN'))).to.equal(1234567);
    expect(read('١٬٠١٢', numberStylesFor('ar'))).to.equal(1012);
    expect(read('۲۰۱۴', numberStylesFor('ur'))).to.equal(2014);
    expect(read('1e3', en), 'exponents as programs write them').to.equal(1000);
  });

  it('numberStylesFor a semicolon file puts the decimal comma first, on any page', () => {
    expect(read('1.012', numberStylesFor('en', ';'))).to.equal(1012);
    expect(read('3,5', numberStylesFor('en', ';'))).to.equal(3.5);
    expect(read('1,012', numberStylesFor('en', ','))).to.equal(1012);
  });

  it('RecordReader.skip leaves a row out with a warning and keeps the rest; a file of skipped rows is refused', () => {
    const readRow = (row: RecordReader) => {
      if (row.raw('year') === 'Total') return row.skip('is not a year: "Total", a total row?', 'year');
      return row.get('year', readNumber, true);
    };
    const parsed = parseRecords([{ year: '2020' }, { year: 'Total' }], 'src', readRow);
    expect(parsed.value).to.deep.equal([2020]);
    expect(parsed.warnings).to.deep.equal([{ source: 'src', row: 2, field: 'year', message: 'is not a year: "Total", a total row?' }]);
    const none = parseRecords([{ year: 'Total' }], 'src', readRow);
    expect(none.value).to.equal(undefined);
    expect(none.issues[0].message).to.equal('has no rows left to draw: every row was skipped');
  });
});

/** The chart once its `src` is drawn or refused, with its data table open. */
async function chartFrom(template: ReturnType<typeof html>): Promise<CvHost> {
  const el = await fixture<CvHost>(template);
  await until(() => !!part(el, 'svg') || el.issues.length > 0);
  await settled(el);
  (part(el, 'table-button') as HTMLButtonElement | null)?.click();
  await el.updateComplete;
  return el;
}

const tableRows = (el: CvHost) => $$(el, 'table tbody tr').map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => text(cell)));
const summary = (el: CvHost) => text(part(el, 'summary'));

describe('<ttp-attack-chart> with spreadsheet exports', () => {
  it('draws an English Excel export: thousands, the one numeric column, the Total row left out with a warning, a gap not a zero', async () => {
    const errors: Event[] = [];
    document.addEventListener('cv-error', (e) => errors.push(e), { once: true });
    const el = await chartFrom(html`<ttp-attack-chart lang="en" src="/data/fixtures/excel-en-crlf.csv"></ttp-attack-chart>`);
    expect(el.issues).to.deep.equal([]);
    expect(errors, 'nothing was refused').to.have.length(0);
    expect(parts(el, 'mark')).to.have.length(5);
    expect(text(part(el, 'warning'))).to.equal('One row is not drawn: src row 7: year is "Total", not a year: the row is not drawn (a total or note row?)');
    expect(part(el, 'warning')!.getAttribute('role')).to.equal('status');
    expect(tableRows(el)).to.deep.equal([
      ['2016', '1,012'],
      ['2017', '1,204'],
      ['2018', '876'],
      ['2019', '754'],
      ['2020', 'no data'],
      ['2021', '640'],
    ]);
    expect($$(el, '.gap text').map(text), 'the missing year says so on the plot').to.deep.equal(['no data']);
    expect(text($(el, 'table th'))).to.equal('Year');
    expect(text($$(el, 'table thead th')[1])).to.equal('Attacks');
    const note = text($(el, 'table + p, [part="table"] + p, .description:last-of-type'));
    expect(text(el.shadowRoot!.querySelector('[part~="table"]')?.parentElement)).to.contain(
      'Values are the column "attacks", the only numeric column besides the year; set value-field to choose another.',
    );
    expect(note + summary(el)).to.contain('No data for 2020: that year is a gap, not zeros.');
    expect(summary(el)).to.contain('Highest: 1,204 attacks in 2017');
    await expect(el).to.be.accessible();
  });

  it('a German Excel export: each message names the attribute to set, then it draws with the decimal comma read', async () => {
    const el = await chartFrom(html`<ttp-attack-chart lang="en" src="/data/fixtures/excel-de-semicolon.csv"></ttp-attack-chart>`);
    expect(notice(el)).to.contain('src: has no column "year" (its columns: "Jahr", "Anschläge", "Tote je 100.000 Einwohner"): set year-field="Jahr"');
    expect(notice(el), 'one message, not one per row').to.match(/^This input could not be used\./);
    el.setAttribute('year-field', 'Jahr');
    await settled(el);
    expect(notice(el))
      .to.contain('has no column "events"')
      .and.contain('(its numeric columns: "Anschläge", "Tote je 100.000 Einwohner"): set value-field="Anschläge"');
    el.setAttribute('value-field', 'Anschläge');
    await settled(el);
    expect(el.issues).to.deep.equal([]);
    expect(parts(el, 'mark')).to.have.length(5);
    expect(text(part(el, 'warning'))).to.contain('src row 7: Jahr is "Gesamt", not a year');
    expect(summary(el)).to.contain('Highest: 1,204 Anschläge in 2017').and.contain('No data for 2019');
    // The rate column, with its decimal comma, on an English page: the semicolons say how the file writes numbers.
    el.setAttribute('value-field', 'Tote je 100.000 Einwohner');
    el.setAttribute('value-label', 'deaths per 100,000');
    await settled(el);
    expect(summary(el)).to.contain('Highest: 4.1 deaths per 100,000 in 2017');
  });

  it('numbers follow the element\'s lang: "1.012" is a thousand and twelve in German, and the table writes it so', async () => {
    const el = await chartFrom(html`<ttp-attack-chart
      lang="de"
      year-field="Jahr"
      value-field="Anschläge"
      src="/data/fixtures/excel-de-semicolon.csv"
    ></ttp-attack-chart>`);
    expect(tableRows(el)[0]).to.deep.equal(['2015', '1.012']);
    const json = await chartFrom(
      html`<ttp-attack-chart lang="de" data='[{"year": "2020", "events": "1.500"}, {"year": 2021, "events": "2,5"}]'></ttp-attack-chart>`,
    );
    expect(tableRows(json)).to.deep.equal([
      ['2020', '1.500'],
      ['2021', '2,5'],
    ]);
  });

  it('a TSV export: the delimiter found, the numeric column chosen over a text column, the missing year a gap in the line', async () => {
    const el = await chartFrom(html`<ttp-attack-chart type="line" year-field="Year" src="/data/fixtures/sheets-export.tsv"></ttp-attack-chart>`);
    expect(el.issues).to.deep.equal([]);
    expect(tableRows(el).map((row) => row[1])).to.deep.equal(['1,250', '980', 'no data', '1,100']);
    // d3-shape breaks the line at the gap: two subpaths, never a segment through zero.
    const d = $(el, 'path.line')!.getAttribute('d')!;
    expect(d.match(/M/g)).to.have.length(2);
    expect(summary(el)).to.contain('No data for 2021');
  });

  it('a year with digits that is still no year stays an error naming the row', async () => {
    const el = await chartFrom(html`<ttp-attack-chart data='[{"year": "2020", "events": 3}, {"year": "20x1", "events": 4}]'></ttp-attack-chart>`);
    expect(notice(el)).to.contain('data attribute row 2: year must be a whole number, got "20x1"');
  });
});

describe('<conflict-timeline> with a newsroom spreadsheet', () => {
  it("draws a CSV whose categories are the newsroom's own: each gets the next palette colour, a shape and a legend entry", async () => {
    const el = await fixture<CvHost>(html`<conflict-timeline src="/data/fixtures/newsroom-timeline.csv"></conflict-timeline>`);
    await until(() => $$(el, '.legend button').length > 0 || el.issues.length > 0);
    await settled(el);
    expect(el.issues).to.deep.equal([]);
    expect($$(el, '.legend button').map(text)).to.deep.equal(['politics 1', 'infrastructure 2', 'economy 1', 'disaster 1']);
    // Four categories, four colours and four shapes: none shares another's.
    const swatches = $$(el, '.legend .glyph');
    expect(new Set(swatches.map((glyph) => getComputedStyle(glyph).fill)).size).to.equal(4);
    expect(new Set(swatches.map((glyph) => glyph.getAttribute('d'))).size).to.equal(4);
    await expect(el).to.be.accessible();
  });
});
