/** Reading CSV/TSV text through d3-dsv: loaded only with a `src` file (see fetch-data.ts), never on a page without one. */
import { dsvFormat } from 'd3-dsv';
import type { IssueSource, Parsed } from './issues.js';

/** Records read from delimited text, with the delimiter found: a semicolon file writes numbers with a decimal comma. */
export type DelimitedRecords = Record<string, string>[] & { readonly delimiter: Delimiter };

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Lines looked at to find the delimiter. */
const SAMPLE_LINES = 20;

/**
 * A spreadsheet export as people make them: CSV or TSV with a header row, separated by commas,
 * semicolons (Excel where the decimal mark is a comma) or tabs, found from the file itself (or its
 * `sep=;` line); a byte-order mark, CRLF line ends and empty trailing columns are ignored, and blank
 * rows are records of blanks, which parseRecords passes over.
 * Values stay strings, to be read by the element's row reader. Rows are built here from d3-dsv's
 * parseRows: its parse compiles a row constructor with `new Function`, which a Content-Security-Policy
 * without 'unsafe-eval' blocks.
 */
export function parseDelimitedText(text: string, source: IssueSource, delimiter?: Delimiter): Parsed<DelimitedRecords> {
  let body = text.replace(/^\uFEFF/, '');
  const sep = /^sep=([,;\t])\r?\n/.exec(body);
  if (sep) body = body.slice(sep[0].length);
  const found = delimiter ?? (sep?.[1] as Delimiter | undefined) ?? detectDelimiter(body);
  const rows = dsvFormat(found).parseRows(body);
  // Blank lines before the header and after the data go; those between rows stay as blank records,
  // which the row readers pass over, so a message's row numbers are the file's.
  const filled = (row: string[]) => row.some((cell) => cell.trim());
  let end = rows.length;
  while (end > 0 && !filled(rows[end - 1])) end--;
  const [header = [], ...records] = rows.slice(rows.findIndex(filled), end);
  if (!header.some((cell) => cell.trim())) return { issues: [{ source, message: 'has no header row: its first line must name the columns, e.g. year,attacks' }] };
  // Columns with no name and no value (the trailing ";;" of an export) are dropped; a nameless column with values is named by its place.
  const columns = header
    .map((name, i) => ({ i, name: name.trim() ? name : `column ${i + 1}` }))
    .filter(({ i }) => header[i].trim() || records.some((row) => row[i]?.trim()));
  const value = records.map((row) => Object.fromEntries(columns.map(({ i, name }) => [name, row[i] ?? ''])));
  // Not enumerable: the records spread, compare and serialise as a plain array.
  return { value: Object.defineProperty(value, 'delimiter', { value: found }) as DelimitedRecords, issues: [] };
}

/** The delimiter that splits the most of the first lines into as many fields as the header, the header having two or more. */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.split(/\r?\n/, SAMPLE_LINES).filter((line) => line.trim());
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const [header = [], ...rows] = dsvFormat(delimiter).parseRows(sample.join('\n'));
    if (header.length < 2) continue;
    // Rows that agree with the header count most; a wider header breaks ties ("a;b,c" is two columns of ";").
    const score = rows.filter((row) => row.length === header.length).length * 1000 + header.length;
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}
