/** Turning text from attributes, URLs and inline children into values: JSON, or CSV through d3-dsv. */
import { csvParse } from 'd3-dsv';
import type { IssueSource, Parsed } from './issues.js';

export function parseJsonText(text: string, source: IssueSource): Parsed<unknown> {
  try {
    return { value: JSON.parse(text), issues: [] };
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unreadable';
    return { issues: [{ source, message: `is not valid JSON (${detail})` }] };
  }
}

/** CSV with a header row; values stay strings, to be read by the element's row reader. */
export function parseCsvText(text: string, source: IssueSource): Parsed<Record<string, string>[]> {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  if (!rows.columns.length || rows.columns.every((c) => !c.trim())) {
    return { issues: [{ source, message: 'is CSV without a header row' }] };
  }
  return { value: rows.map((row) => ({ ...row })) as Record<string, string>[], issues: [] };
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
