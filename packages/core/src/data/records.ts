/** Validation of tabular input: an array of records, each read into a typed row or reported. */
import { quote, type DataIssue, type IssueSource, type Parsed } from './issues.js';
import { isBlank, type Read } from './read.js';

/** Stop listing after this many issues: 100,000 bad rows must not become 100,000 messages. */
export const MAX_ISSUES = 20;

export type DataRecord = Readonly<Record<string, unknown>>;

/**
 * Reads the fields of one record after another (parseRecords points it at each) and reports problems
 * against the record's row and field. One reader serves every row of a parse, and its methods sit on
 * the prototype: 10,000 rows cost no closures, and code the JIT compiled for one dataset serves the next.
 */
export class RecordReader {
  /** The record being read, and its 1-based row. */
  record: DataRecord = {};
  row = 0;
  /** False once a problem was reported for the current record. */
  valid = true;
  /** True once the current record was skipped (see `skip`). */
  skipped = false;
  readonly issues: DataIssue[] = [];
  readonly warnings: DataIssue[] = [];
  #names?: FieldNames;

  /** With `kind` ("event"), every message names the record: `(event "g12")` by its id or title, else `(event 12)`. */
  constructor(
    readonly input: readonly unknown[],
    readonly source: IssueSource,
    readonly kind?: string,
  ) {}

  /** The raw value of a field, with a fallback to case-insensitive header matching. */
  raw(field: string): unknown {
    const record = this.record;
    return Object.hasOwn(record, field) ? record[field] : lookup(record, field, (this.#names ??= fieldNames(this.input)));
  }

  /**
   * The field as `read` reads it (given `arg`), or undefined with the failure reported. Blank is
   * undefined, and a problem ("is missing") when `required`.
   */
  get<V, A>(field: string, read: (value: unknown, arg: A) => Read<V>, required?: boolean, arg?: A): V | undefined {
    const value = this.raw(field);
    const result = isBlank(value) ? undefined : read(value, arg!);
    if (result?.ok) return result.value;
    if (result || required) this.report(result ? result.message : 'is missing', field);
  }

  /**
   * Leave the current record out without rejecting the dataset, e.g. a spreadsheet's "Total" row:
   * the rest draws, and `message` is shown beside the drawing.
   */
  skip(message: string, field?: string): void {
    this.skipped = true;
    if (this.warnings.length < MAX_ISSUES) this.warnings.push({ source: this.source, row: this.row, field, message });
  }

  /** Report a problem with the current record, against `field` when it is one field's. */
  report(message: string, field?: string): void {
    this.valid = false;
    if (this.kind) {
      const name = [this.raw('id'), this.raw('title')].find((v) => !isBlank(v) && typeof v !== 'object');
      message += ` (${this.kind} ${name === undefined ? this.row : quote(String(name))})`;
    }
    if (this.issues.length < MAX_ISSUES) this.issues.push({ source: this.source, row: this.row, field, message });
  }
}

/**
 * Read every record of `input` with `readRow`. Returns the rows only if every record was valid:
 * a dataset with a bad row is rejected whole, so the element keeps its last good rendering. Records
 * the reader skipped (RecordReader.skip) are left out and listed in `warnings`; records whose every
 * field is blank (a spreadsheet's empty line) are passed over.
 * `kind` names the record in every message (see RecordReader).
 */
export function parseRecords<T>(
  input: unknown,
  source: IssueSource,
  readRow: (row: RecordReader, index: number) => T | undefined,
  kind?: string,
): Parsed<T[]> {
  if (!Array.isArray(input)) {
    return { issues: [{ source, message: `must be an array of rows, got ${describeType(input)}` }] };
  }
  if (input.length === 0) return { issues: [{ source, message: 'has no rows' }] };
  const reader = new RecordReader(input, source, kind);
  const { issues } = reader;
  const rows: T[] = [];
  for (let i = 0; i < input.length && issues.length < MAX_ISSUES; i++) {
    const item = input[i];
    reader.row = i + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.push({ source, row: i + 1, message: `must be an object with named fields, got ${describeType(item)}` });
      continue;
    }
    // A row of blanks is a spreadsheet's empty line: passed over, its number kept.
    if (isBlankRecord(item as DataRecord)) continue;
    reader.record = item as DataRecord;
    reader.valid = true;
    reader.skipped = false;
    const value = readRow(reader, i);
    if (reader.valid && !reader.skipped && value !== undefined) rows.push(value);
  }
  if (issues.length >= MAX_ISSUES) {
    issues.push({ source, message: `stopped after ${MAX_ISSUES} problems; fix these first` });
  }
  if (issues.length) return { issues };
  if (!rows.length) return { issues: [{ source, message: 'has no rows left to draw: every row was skipped' }, ...reader.warnings] };
  return { value: rows, issues, warnings: reader.warnings };
}

function isBlankRecord(record: DataRecord): boolean {
  let fields = 0;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (!isBlank(record[key])) return false;
    fields++;
  }
  return fields > 0;
}

/** Every field name of every record, by its trimmed lower-case form (hand-made headers vary: "Year", " year "). */
type FieldNames = Map<string, string[]>;

/** Built by a reader on the first field a row lacks (a field no row has is then found absent without scanning each row), and by fieldTest. */
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

/** Every field name the records use, in the order first met: a spreadsheet's header. */
export function columnsOf(input: readonly unknown[]): string[] {
  return [...fieldNames(input).values()].flat();
}

/** A test of whether some record has a field (matched as parseRecords matches it), from one scan of `input`. */
export function fieldTest(input: readonly unknown[]): (field: string) => boolean {
  const names = fieldNames(input);
  return (field) => names.has(field.toLowerCase());
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a nested array';
  // quote() names null, objects, bigints and functions alone; text and numbers get their kind in front: `text "20x1"`, `number 3`.
  const text = quote(value);
  return typeof value === 'string' ? `text ${text}` : typeof value === 'number' || typeof value === 'boolean' ? `${typeof value} ${text}` : text;
}
