/** The data behind a chart as a real `<table>`: the accessible alternative, also handy for sighted readers. */
import type { TableModel } from '../layout/scene.js';
import type { LitTemplates } from './lit.js';

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
