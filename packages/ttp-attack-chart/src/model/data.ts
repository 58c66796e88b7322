/**
 * The chart's data: records (JSON values or CSV strings) -> validated yearly rows, sorted by year,
 * with their range and parts; and the rows within a span of years.
 */
import { fieldTest, parseRecords, quote, readNumber, type NumberStyle, type Parsed, type RecordReader } from '@conflict-viz/core/pure';
import { resolveFields } from './fields.js';

export const METRICS = ['events', 'deaths', 'battle-deaths'] as const;
export type Metric = (typeof METRICS)[number];

/** One part of a stacked total: a field of the data and its legend label. */
export interface StackPart {
  readonly field: string;
  readonly label: string;
}

/** How records are read: which field holds the year, the value, its range and its parts. */
export interface FieldMapping {
  readonly yearField: string;
  readonly valueField: string;
  /** Fields of the lower and upper estimate, drawn as whiskers (bars) or a band (line). */
  readonly lowField?: string;
  readonly highField?: string;
  /** Parts that add up to the value, drawn stacked when `stacked` is set. */
  readonly parts?: readonly StackPart[];
}

/** Field mappings of the UCDP yearly table, per metric. */
export const METRIC_FIELDS: Record<Metric, FieldMapping> = {
  events: {
    yearField: 'year',
    valueField: 'events',
    parts: [
      { field: 'events_state_based', label: 'State-based' },
      { field: 'events_non_state', label: 'Non-state' },
      { field: 'events_one_sided', label: 'One-sided (against civilians)' },
    ],
  },
  deaths: { yearField: 'year', valueField: 'deaths_best', lowField: 'deaths_low', highField: 'deaths_high' },
  // UCDP's battle-related deaths table has the same column names as the deaths of the events table.
  'battle-deaths': { yearField: 'year', valueField: 'deaths_best', lowField: 'deaths_low', highField: 'deaths_high' },
};

/** The plural noun each metric's values are counted in, when the author names none. */
export const METRIC_UNITS: Record<Metric, string> = {
  events: 'events',
  deaths: 'deaths',
  'battle-deaths': 'battle-related deaths',
};

/** Years beyond this are refused: no calendar needs them, and spans of 10^15 years only break layout. */
export const MAX_YEAR = 1_000_000;

export interface YearRow {
  readonly year: number;
  readonly value: number;
  readonly low?: number;
  readonly high?: number;
  /** Values of the mapping's parts, in order; present when the data has them. */
  readonly parts?: readonly number[];
}

export interface AttackChartData {
  readonly rows: readonly YearRow[];
  /** The parts found in the data (empty when it has none). */
  readonly parts: readonly StackPart[];
  readonly hasRange: boolean;
  /** The value column the chart found itself (no `value-field`, no default column, one numeric column). */
  readonly foundValueField?: string;
}

/** How values are read besides the fields: how numbers are written, and whether `value-field` was set. */
export interface ReadingOptions {
  /** Number styles for text values, in order (see core's numberStylesFor); default plain English. */
  readonly styles?: readonly NumberStyle[];
  /** `value-field` was set: a missing column is then an error, never replaced by one found in the data. */
  readonly valueFieldGiven?: boolean;
}

/**
 * Validate records (JSON values or CSV strings) into yearly rows sorted by year. Rejects the whole
 * input when any row is bad: a year that is not a whole number, a negative or non-numeric count,
 * a duplicate year, a range that does not contain its value, or parts that do not add up. A row
 * whose year is words ("Total") is left out with a warning. Without `value-field` and without the
 * default column, the one numeric column besides the year is the value.
 */
export function parseAttackChartData(
  input: unknown,
  source: string,
  mapping: FieldMapping,
  { styles, valueFieldGiven = false }: ReadingOptions = {},
): Parsed<AttackChartData> {
  const resolved = resolveFields(input, source, { ...mapping, valueFieldGiven }, styles ?? []);
  if (!resolved.valueField) return { issues: resolved.issues };
  const fields = { ...mapping, valueField: resolved.valueField };
  const hasField = fieldTest(Array.isArray(input) ? input : []);
  const has = (field?: string) => !!field && hasField(field);
  const hasRange = has(fields.lowField) && has(fields.highField);
  const parts = (fields.parts ?? []).filter((part) => has(part.field));
  const yearRule = { integer: true, min: -MAX_YEAR, max: MAX_YEAR, styles };
  const countRule = { min: 0, styles };
  const parsed = parseRecords<YearRow>(input, source, (row) => {
    if (isWordsRow(row, fields.yearField)) return undefined;
    const year = row.get(fields.yearField, readNumber, true, yearRule);
    const value = row.get(fields.valueField, readNumber, true, countRule);
    let low: number | undefined;
    let high: number | undefined;
    if (hasRange) {
      low = row.get(fields.lowField!, readNumber, true, countRule);
      high = row.get(fields.highField!, readNumber, true, countRule);
      if (value !== undefined && low !== undefined && high !== undefined && !(low <= value && value <= high)) {
        row.report(`range ${low}–${high} does not contain the value ${value}`, fields.lowField);
      }
    }
    const partValues = parts.length ? parts.map((part) => row.get(part.field, readNumber, true, countRule)) : undefined;
    if (value !== undefined && partValues?.every((v) => v !== undefined)) {
      const sum = (partValues as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - value) > 1e-9 * Math.max(1, value)) {
        row.report(`parts add up to ${sum}, not to ${fields.valueField} ${value}`, parts.map((p) => p.field).join(' + '));
      }
    }
    if (year === undefined || value === undefined) return undefined;
    return { year, value, low, high, parts: partValues as number[] | undefined };
  });
  if (!parsed.value) return { issues: parsed.issues, warnings: parsed.warnings };
  // Sorted by year (input order kept for equal years), so duplicates are neighbours. Input rows are
  // usually in order already, and then 100,000 of them need no index arrays.
  let rows = parsed.value;
  let order: number[] | undefined;
  if (!isSortedByYear(rows)) {
    order = rows.map((_, i) => i).sort((a, b) => parsed.value![a].year - parsed.value![b].year || a - b);
    rows = order.map((i) => parsed.value![i]);
  }
  for (let k = 1; k < rows.length; k++) {
    if (rows[k].year === rows[k - 1].year) {
      const row = (i: number) => (order ? order[i] : i) + 1;
      return { issues: [{ source, row: row(k), field: fields.yearField, message: `repeats ${rows[k].year} from row ${row(k - 1)}` }] };
    }
  }
  return { value: { rows, parts, hasRange, foundValueField: resolved.foundValueField }, issues: [], warnings: parsed.warnings };
}

/**
 * A spreadsheet's total or note row: its year is text without a digit ("Total", "Gesamt", "Σ").
 * It is skipped with a warning; a year with digits that is still no year ("20x1") stays an error.
 */
function isWordsRow(row: RecordReader, yearField: string): boolean {
  const year = row.raw(yearField);
  if (typeof year !== 'string' || !year.trim() || /\p{Nd}/u.test(year)) return false;
  row.skip(`is ${quote(year.trim())}, not a year: the row is not drawn (a total or note row?)`, yearField);
  return true;
}

function isSortedByYear(rows: readonly YearRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i].year < rows[i - 1].year) return false;
  return true;
}

/** Rows within `from`–`to`, or an issue naming both when none remain. */
export function filterYears(data: AttackChartData, from?: number, to?: number): Parsed<readonly YearRow[]> {
  const rows = data.rows.filter((row) => (from === undefined || row.year >= from) && (to === undefined || row.year <= to));
  if (rows.length) return { value: rows, issues: [] };
  const first = data.rows[0].year;
  const last = data.rows[data.rows.length - 1].year;
  const range = `${from ?? first}–${to ?? last}`;
  return { issues: [{ source: 'from/to', message: `no data in ${range}; the data covers ${first}–${last}` }] };
}
