/** The data behind a chart as a real `<table>`: the accessible alternative, also handy for sighted readers. */
import type { LitTemplates } from './lit.js';

export interface TableColumn {
  readonly label: string;
  /** Numbers are right-aligned (end-aligned in RTL). */
  readonly numeric?: boolean;
}

export interface TableModel {
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** Cells already formatted for the locale. The first cell of a row is its header. */
  readonly rows: readonly (readonly string[])[];
  /** A note under the table, e.g. what the figures do not cover. */
  readonly note?: string;
}

/**
 * `lang`: the language of the generated words (caption, column headers, note) where it differs from
 * the page's, so screen readers read them in their own voice; the cells keep the page's.
 */
export function renderDataTable({ html, nothing }: LitTemplates, table: TableModel, id = 'table', lang?: string) {
  const generated = lang ?? nothing;
  return html`<div class="table-wrap" part="table" id=${id} tabindex="0" role="region" aria-label=${table.caption}>
    <table>
      <caption lang=${generated}>${table.caption}</caption>
      <thead>
        <tr>
          ${table.columns.map((c) => html`<th scope="col" class=${c.numeric ? 'number' : ''} lang=${generated}>${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          (row) => html`<tr>
            ${row.map((cell, i) =>
              i === 0
                ? html`<th scope="row" class=${table.columns[0]?.numeric ? 'number' : ''}>${cell}</th>`
                : html`<td class=${table.columns[i]?.numeric ? 'number' : ''}>${cell}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
    ${table.note ? html`<p class="description" lang=${generated} dir=${lang ? 'auto' : nothing}>${table.note}</p>` : nothing}
  </div>`;
}
