/** Validation of tabular input: an array of records, each read into a typed row or reported. */
import { quote, type DataIssue, type IssueSource, type Parsed } from './issues.js';
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
  // One reader for all rows, pointed at the current record: 100,000 rows must not mean 100,000 closures.
  let record: DataRecord = {};
  let row = 0;
  let rowValid: boolean;
  let names: FieldNames | undefined;
  const raw = (field: string) => (Object.hasOwn(record, field) ? record[field] : lookup(record, field, (names ??= fieldNames(input))));
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
  for (let i = 0; i < input.length && issues.length < MAX_ISSUES; i++) {
    const item = input[i];
    row = i + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.push({ source, row, message: `must be an object with named fields, got ${describeType(item)}` });
      continue;
    }
    record = item as DataRecord;
    rowValid = true;
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
    if (!first) seen.set(k, i + 1);
    else if (issues.length < MAX_ISSUES) {
      issues.push({ source, row: i + 1, field, message: `repeats ${JSON.stringify(k)} from row ${first}` });
    }
  });
  return issues;
}

/** Every field name of every record, by its trimmed lower-case form (hand-made headers vary: "Year", " year "). */
type FieldNames = Map<string, string[]>;

/** Built once per input, on the first field a row lacks: a field no row has is then found absent without scanning each row. */
function fieldNames(input: readonly unknown[]): FieldNames {
  const names: FieldNames = new Map();
  const seen = new Set<string>();
  for (const item of input) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
    for (const key in item) {
      if (seen.has(key) || !Object.hasOwn(item, key)) continue;
      seen.add(key);
      const name = key.trim().toLowerCase();
      names.set(name, [...(names.get(name) ?? []), key]);
    }
  }
  return names;
}

function lookup(record: DataRecord, field: string, names: FieldNames): unknown {
  const keys = names.get(field.toLowerCase());
  if (keys) for (const key of keys) if (Object.hasOwn(record, key)) return record[key];
}

/** True when some record has `field` (matched as parseRecords matches it). */
export function hasField(input: readonly unknown[], field: string): boolean {
  return fieldNames(input).has(field.toLowerCase());
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a nested array';
  // quote() names null, objects, bigints and functions alone; text and numbers get their kind in front: `text "20x1"`, `number 3`.
  const text = quote(value);
  return typeof value === 'string' ? `text ${text}` : typeof value === 'number' || typeof value === 'boolean' ? `${typeof value} ${text}` : text;
}
