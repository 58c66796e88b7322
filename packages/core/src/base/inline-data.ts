/**
 * Data written inside the element, which is also what readers see without JavaScript:
 * a `<table>` (header row = field names) or a `<script type="application/json">`.
 */
import type { Parsed } from '../data/issues.js';
import { parseJsonText } from '../data/text.js';

export interface InlineData extends Parsed<unknown> {
  /** `table` or `script`, for messages. */
  readonly source: string;
}

export function readInlineData(host: Element): InlineData | undefined {
  for (const child of host.children) {
    if (child instanceof HTMLScriptElement && child.type === 'application/json') {
      return { source: 'inline JSON', ...parseJsonText(child.textContent ?? '', 'inline JSON') };
    }
    if (child instanceof HTMLTableElement) return { source: 'table', value: readTable(child), issues: [] };
  }
  return undefined;
}

/** Rows of a table as records keyed by the header cells' text. */
export function readTable(table: HTMLTableElement): Record<string, string>[] {
  const rows = [...table.rows];
  const headerIndex = rows.findIndex((row) => row.parentElement?.tagName === 'THEAD' || [...row.cells].every((c) => c.tagName === 'TH'));
  const header = rows[headerIndex === -1 ? 0 : headerIndex];
  if (!header) return [];
  const fields = [...header.cells].map(inlineText);
  return rows
    .filter((row) => row !== header && row.parentElement?.tagName !== 'TFOOT')
    .map((row) => Object.fromEntries(fields.map((field, i) => [field, inlineText(row.cells[i])])));
}

/** The text of a node as a reader sees it: runs of white space as one space, none at the ends. */
export const inlineText = (node?: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
