/** Values that must be unique in a dataset (an event's id): each repeat reported. A module of its own, so a page whose elements never check one does not load it. */
import type { DataIssue, IssueSource } from './issues.js';
import { MAX_ISSUES } from './records.js';

/** Report every value of `key` that occurs more than once, naming both rows. */
export function findDuplicates<T>(rows: readonly T[], key: (row: T) => unknown, source: IssueSource, field: string): DataIssue[] {
  /** Each value's first row, numbered from 1 as the error messages number rows. */
  const firstRow = new Map<unknown, number>();
  const issues: DataIssue[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = i + 1;
    const value = key(rows[i]);
    const first = firstRow.get(value);
    if (first === undefined) firstRow.set(value, row);
    else if (issues.length < MAX_ISSUES) {
      issues.push({ source, row, field, message: `repeats ${JSON.stringify(value)} from row ${first}` });
    }
  }
  return issues;
}
