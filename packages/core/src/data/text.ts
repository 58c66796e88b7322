/**
 * Turning text from attributes, URLs and inline children into values: JSON here; CSV/TSV in delimited.ts,
 * which only a `src` loads (through import()), so a page that reads no file loads no CSV reader.
 */
import type { DelimitedRecords, Delimiter } from './delimited.js';
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
 * The delimiter parseDelimitedText found for records it read (a property it sets on them, not enumerable:
 * data given as JSON carries none), or undefined for any other input.
 */
export function delimiterOf(input: unknown): Delimiter | undefined {
  return Array.isArray(input) ? (input as Partial<DelimitedRecords>).delimiter : undefined;
}
