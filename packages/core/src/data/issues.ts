/** Data issues: what went wrong with an input, where, in words a reader can act on. */

/** Where a value came from: `data property`, `data attribute`, `src`, `table`, or an attribute name such as `metric`. */
export type IssueSource = string;

export interface DataIssue {
  /** The input that carried the value, e.g. `data attribute`, `src`, `table`, `metric`. */
  readonly source: IssueSource;
  /** 1-based row of the dataset, when the problem is in one row. */
  readonly row?: number;
  /** The field (column or key) that holds the bad value. */
  readonly field?: string;
  /** What is wrong, e.g. `must be a whole number, got "20x1"`. */
  readonly message: string;
}

/** Result of reading untrusted input: the value when it is usable, and every problem found. */
export interface Parsed<T> {
  readonly value?: T;
  readonly issues: readonly DataIssue[];
  /** What was left out of a usable value and why (a "Total" row): shown beside the drawing, which stays. */
  readonly warnings?: readonly DataIssue[];
}

/** The longest message an issue gives: a notice, a `cv-error` message and a console warning stay short. */
const MAX_MESSAGE = 400;

/** `data attribute row 3: year must be a whole number, got "20x1"` */
export function formatIssue(issue: DataIssue): string {
  const where = issue.row === undefined ? issue.source : `${issue.source} row ${issue.row}`;
  // Field names come from attributes too: a 100 KB "field name" must not become a 100 KB message.
  const field = issue.field && shorten(issue.field, 60);
  return shorten(`${shorten(where, 60)}: ${field ? `${field} ` : ''}${issue.message}`, MAX_MESSAGE);
}

/** The first `n` UTF-16 units of `text`, one fewer where the n-th would be half of a surrogate pair. */
const head = (text: string, n: number) => text.slice(0, /[\uD800-\uDBFF]/.test(text[n - 1] ?? '') ? n - 1 : n);

/** `text` cut to at most `max` UTF-16 units, the last an ellipsis, never between the halves of a surrogate pair. */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${head(text, max - 1)}…`;
}

/** Quote a received value for a message, cut short so a 100 KB string stays a short message. */
export function quote(value: unknown, max = 40): string {
  if (typeof value === 'string') return JSON.stringify(value.length > max ? `${head(value, max)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : typeof value;
}
