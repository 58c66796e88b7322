/** Turning text from attributes, URLs and inline children into values: JSON, or CSV through d3-dsv. */
import { csvParseRows } from 'd3-dsv';
import type { IssueSource, Parsed } from './issues.js';

export function parseJsonText(text: string, source: IssueSource): Parsed<unknown> {
  try {
    return { value: JSON.parse(text), issues: [] };
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unreadable';
    return { issues: [{ source, message: `is not valid JSON (${detail})` }] };
  }
}

/**
 * CSV with a header row; values stay strings, to be read by the element's row reader.
 * Rows are built here from csvParseRows: d3-dsv's csvParse compiles a row constructor with
 * `new Function`, which a Content-Security-Policy without 'unsafe-eval' blocks.
 */
export function parseCsvText(text: string, source: IssueSource): Parsed<Record<string, string>[]> {
  const [header = [], ...rows] = csvParseRows(text.replace(/^\uFEFF/, ''));
  if (!header.length || header.every((c) => !c.trim())) {
    return { issues: [{ source, message: 'is CSV without a header row' }] };
  }
  const records = rows
    .filter((row) => row.length > 1 || row[0] !== '')
    .map((row) => Object.fromEntries(header.map((field, i) => [field, row[i] ?? ''])));
  return { value: records, issues: [] };
}

export type TextFormat = 'json' | 'csv' | 'html';

/** Decide how to read a response from its content type, its URL and, failing both, its first character. */
export function sniffFormat(text: string, contentType = '', url = ''): TextFormat {
  const type = contentType.toLowerCase();
  const start = text.trimStart()[0];
  if (start === '<' || type.includes('html') || type.includes('xml')) return 'html';
  if (type.includes('json') || /\.(geo|topo)?json([?#]|$)/i.test(url)) return 'json';
  if (type.includes('csv') || /\.csv([?#]|$)/i.test(url)) return 'csv';
  return start === '[' || start === '{' ? 'json' : 'csv';
}
