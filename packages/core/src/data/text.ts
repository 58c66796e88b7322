/**
 * Turning text from attributes, URLs and inline children into values: JSON here; CSV/TSV in delimited.ts,
 * which only a `src` loads (through import()), so a page that reads no file loads no CSV reader.
 */
import type { IssueSource, Parsed } from './issues.js';

export function parseJsonText(text: string, source: IssueSource): Parsed<unknown> {
  try {
    return { value: JSON.parse(text), issues: [] };
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : 'unreadable';
    return { issues: [{ source, message: `is not valid JSON (${detail})` }] };
  }
}

/** Records read from delimited text, with the delimiter found: a semicolon file writes numbers with a decimal comma. */
export type DelimitedRecords = Record<string, string>[] & { readonly delimiter: Delimiter };

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** The delimiter of records read by parseDelimitedText, or undefined for any other input. */
export function delimiterOf(input: unknown): Delimiter | undefined {
  const delimiter = Array.isArray(input) ? (input as Partial<DelimitedRecords>).delimiter : undefined;
  return delimiter && DELIMITERS.includes(delimiter) ? delimiter : undefined;
}

export type TextFormat = 'json' | 'csv' | 'html';

/** Decide how to read a response from its content type, its URL and, failing both, its first character. */
export function sniffFormat(text: string, contentType = '', url = ''): TextFormat {
  const type = contentType.toLowerCase();
  const start = text.trimStart()[0];
  if (start === '<' || type.includes('html') || type.includes('xml')) return 'html';
  if (type.includes('json') || /\.(geo|topo)?json([?#]|$)/i.test(url)) return 'json';
  if (type.includes('csv') || type.includes('tab-separated') || /\.(csv|tsv|tab)([?#]|$)/i.test(url)) return 'csv';
  return start === '[' || start === '{' ? 'json' : 'csv';
}
