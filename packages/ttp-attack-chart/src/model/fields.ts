/**
 * Which columns hold the year and the value, when the data lacks the ones named (or defaulted): the one
 * numeric column besides the year is the value when the author named none; otherwise the message says
 * which attribute to set, to which of the data's own columns.
 */
import { columnsOf, fieldTest, isBlank, quote, readNumber, type DataIssue, type NumberStyle } from '@conflict-viz/core/pure';

export interface FieldChoice {
  readonly yearField: string;
  readonly valueField: string;
  /** True when `value-field` was set: then a missing column is the author's to fix, never guessed. */
  readonly valueFieldGiven: boolean;
}

export interface ResolvedFields {
  readonly valueField?: string;
  /** The value column found in the data because none was named and the default is absent. */
  readonly foundValueField?: string;
  readonly issues: readonly DataIssue[];
}

/** Years a spreadsheet column of years holds: a whole number in this span. */
const YEARS = { integer: true, min: 1000, max: 2999 };

/** Columns listed in a message, at most. */
const LISTED = 6;

/** The value field to read, or the issue that says which attribute to set. */
export function resolveFields(input: unknown, source: string, choice: FieldChoice, styles: readonly NumberStyle[]): ResolvedFields {
  const records = Array.isArray(input) ? (input as unknown[]).filter(isRecord) : [];
  if (!records.length) return { valueField: choice.valueField, issues: [] };
  const has = fieldTest(records);
  const columns = columnsOf(records);
  if (!has(choice.yearField)) {
    const years = columns.find((column) => every(records, column, (v) => readNumber(v, { ...YEARS, styles }).ok)) ?? columns[0];
    return { issues: [{ source, message: `${missing(choice.yearField, columns)}: set year-field=${JSON.stringify(years)}` }] };
  }
  if (has(choice.valueField)) return { valueField: choice.valueField, issues: [] };
  const year = choice.yearField.toLowerCase();
  const numeric = columns.filter((column) => column.trim().toLowerCase() !== year && every(records, column, (v) => readNumber(v, { styles }).ok));
  if (numeric.length === 1 && !choice.valueFieldGiven) return { valueField: numeric[0], foundValueField: numeric[0], issues: [] };
  const which = numeric.length ? ` (its numeric columns: ${list(numeric)})` : '';
  const fix = numeric.length ? `set value-field=${JSON.stringify(numeric[0])}` : 'set value-field to the column of values';
  return { issues: [{ source, message: `${missing(choice.valueField, columns)}${which}: ${fix}` }] };
}

function isRecord(item: unknown): item is Record<string, unknown> {
  return item !== null && typeof item === 'object' && !Array.isArray(item);
}

/** True when the column has a value in some record and every value it has passes `test` (rows without a year, a total row, count too). */
function every(records: readonly Record<string, unknown>[], column: string, test: (value: unknown) => boolean): boolean {
  let seen = false;
  for (const record of records) {
    const value = record[column];
    if (isBlank(value)) continue;
    if (!test(value)) return false;
    seen = true;
  }
  return seen;
}

function missing(field: string, columns: readonly string[]): string {
  return `has no column ${quote(field)} (its columns: ${list(columns)})`;
}

function list(columns: readonly string[]): string {
  const shown = columns.slice(0, LISTED).map((c) => quote(c));
  return columns.length > LISTED ? `${shown.join(', ')} and ${columns.length - LISTED} more` : shown.join(', ');
}
