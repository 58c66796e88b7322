/**
 * The data drawn as CSV for spreadsheets: written by d3-dsv, UTF-8 with a byte order mark (so Excel reads
 * "Khyber Pakhtunkhwa" and Urdu names as UTF-8), and no cell a spreadsheet would run as a formula.
 */
import { csvFormatRows } from 'd3-dsv';
import type { ExportTable } from '../base/cv-element.types.js';
import type { InteractiveScene } from '../layout/scene.js';

/** What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP's "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain negative number ("-3", "-0.5"): a value, not a formula, so it is left as it is. */
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/**
 * A cell's text with an apostrophe before a formula's first character (`=SUM(A1)` becomes `'=SUM(A1)`): the
 * spreadsheet shows it as text and runs nothing. A plain negative number keeps its minus sign.
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) && !NEGATIVE_NUMBER.test(text) ? `'${text}` : text;
}

/** A value as a cell's text: numbers as JavaScript writes them (no grouping), lists joined by spaces, nothing for missing. */
function cellText(value: unknown): string {
  if (value == null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  if (Array.isArray(value)) return value.map(cellText).join(' ');
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return escapeFormula(text);
}

/** The table as CSV text, starting with the byte order mark. */
export function formatCsv({ columns, rows }: ExportTable): string {
  return `\uFEFF${csvFormatRows([columns, ...rows].map((row) => row.map(cellText)))}\n`;
}

/**
 * The marks' data as a table: a row per mark (the datum `cv-select` carries), a column per field, in the
 * order the fields first appear.
 */
export function tableOfMarks(scene: InteractiveScene): ExportTable {
  const data = Array.from({ length: scene.marks }, (_, index) => scene.mark(index).datum);
  const columns = [...new Set(data.flatMap((datum) => (datum !== null && typeof datum === 'object' ? Object.keys(datum) : ['value'])))];
  const rows = data.map((datum) =>
    datum !== null && typeof datum === 'object'
      ? columns.map((column) => (Object.hasOwn(datum, column) ? (datum as Record<string, unknown>)[column] : undefined))
      : [datum],
  );
  return { columns, rows };
}
