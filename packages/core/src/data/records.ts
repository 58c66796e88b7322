/** Validation of tabular input: an array of records, each read into a typed row or reported. */
import type { DataIssue, IssueSource, Parsed } from './issues.js';
import type { Read } from './read.js';

/** Stop listing after this many issues: 100,000 bad rows must not become 100,000 messages. */
export const MAX_ISSUES = 20;

export type DataRecord = Readonly<Record<string, unknown>>;

/** Reads one field of a record and reports a failure against that row and field. */
export interface FieldReader {
  <T>(field: string, read: (value: unknown) => Read<T>): T | undefined;
  /** Report a problem with the row that is not tied to a single read. */
  report(message: string, field?: string): void;
  /** The raw value of a field, with a fallback to case-insensitive header matching. */
  raw(field: string): unknown;
}

/**
 * Read every record of `input` with `readRow`. Returns the rows only if every record was valid:
 * a dataset with a bad row is rejected whole, so the element keeps its last good rendering.
 */
export function parseRecords<T>(
  input: unknown,
  source: IssueSource,
  readRow: (field: FieldReader, index: number) => T | undefined,
): Parsed<T[]> {
  if (!Array.isArray(input)) {
    return { issues: [{ source, message: `must be an array of rows, got ${describeType(input)}` }] };
  }
  if (input.length === 0) return { issues: [{ source, message: 'has no rows' }] };
  const issues: DataIssue[] = [];
  const rows: T[] = [];
  for (let i = 0; i < input.length && issues.length < MAX_ISSUES; i++) {
    const record = input[i];
    const row = i + 1;
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      issues.push({ source, row, message: `must be an object with named fields, got ${describeType(record)}` });
      continue;
    }
    let rowValid = true;
    const raw = (field: string) => lookup(record as DataRecord, field);
    const report = (message: string, field?: string) => {
      rowValid = false;
      if (issues.length < MAX_ISSUES) issues.push({ source, row, field, message });
    };
    const read = (<V>(field: string, reader: (value: unknown) => Read<V>) => {
      const result = reader(raw(field));
      if (result.ok) return result.value;
      report(result.message, field);
      return undefined;
    }) as FieldReader;
    read.report = report;
    read.raw = raw;
    const value = readRow(read, i);
    if (rowValid && value !== undefined) rows.push(value);
  }
  if (issues.length >= MAX_ISSUES) {
    issues.push({ source, message: `stopped after ${MAX_ISSUES} problems; fix these first` });
  }
  return issues.length ? { issues } : { value: rows, issues };
}

/** Report every value of `key` that occurs more than once, naming both rows. */
export function findDuplicates<T>(rows: readonly T[], key: (row: T) => unknown, source: IssueSource, field: string): DataIssue[] {
  const seen = new Map<unknown, number>();
  const issues: DataIssue[] = [];
  rows.forEach((row, i) => {
    const k = key(row);
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i + 1);
    else if (issues.length < MAX_ISSUES) {
      issues.push({ source, row: i + 1, field, message: `repeats ${JSON.stringify(k)} from row ${first}` });
    }
  });
  return issues;
}

function lookup(record: DataRecord, field: string): unknown {
  if (Object.hasOwn(record, field)) return record[field];
  // Hand-made tables and CSV headers vary in case and spacing ("Year", " year ").
  const wanted = field.toLowerCase();
  for (const key of Object.keys(record)) if (key.trim().toLowerCase() === wanted) return record[key];
  return undefined;
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a nested array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}
