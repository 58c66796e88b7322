// Spreadsheets as people export them, read by core: the delimiter found from the file, a BOM, CRLF,
// blank rows and empty trailing columns dropped, numbers in the file's, the locale's and plain
// English style. The files are the committed fixtures in data/fixtures/ (see data/README.md).
import { expect } from '@open-wc/testing';
import {
  decodeText,
  delimiterOf,
  detectDelimiter,
  fetchData,
  localeNumberStyle,
  numberStylesFor,
  parseDelimitedText,
  parseRecords,
  readNumber,
  type NumberStyle,
  type RecordReader,
} from '@conflict-viz/core';
import { readText } from './helpers.js';

const fixture = async (name: string) => (await readText(`/data/fixtures/${name}`))!;
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
    expect(parsed.value!.map((row) => row.Jahr)).to.deep.equal(['2015', '2016', '2017', '2018', '2020', 'Gesamt']);
    expect(parsed.value![0]).to.deep.equal({ Jahr: '2015', Anschläge: '1.012', 'Tote je 100.000 Einwohner': '3,5' });
  });

  it('parseDelimitedText reads an Excel (English) export with quoted thousands, and a TSV', async () => {
    const csv = parseDelimitedText(await fixture('excel-en-crlf.csv'), 'src').value!;
    expect(delimiterOf(csv)).to.equal(',');
    expect(csv.map((row) => row.attacks)).to.deep.equal(['1,012', '1,204', '876', '754', '640', '4,486']);
    const tsv = parseDelimitedText(await fixture('sheets-export.tsv'), 'src').value!;
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
      const parsed = await fetchData(url, { signal: new AbortController().signal });
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
