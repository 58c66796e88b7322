/**
 * The data table under the drawing, behind a "Show table" button: the same data as text, for screen
 * readers and for readers who want the numbers. Built only when it is opened; its markup's module loads
 * (import()) with the first opening on the page, so a page whose readers never open it never loads it.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { renderDataTable, TableModel } from '../a11y/data-table.js';

/** The button's words, in the element's strings table. */
export interface DataTableStrings {
  readonly showTable: string;
  readonly hideTable: string;
}

let tableModule: Promise<typeof renderDataTable> | undefined;
const loadTable = () => (tableModule ??= import('../a11y/data-table.js').then((module) => module.renderDataTable));

/** Whether the table is open: the host's state, which it renders from (it needs no lifecycle hooks). */
export class DataTableController {
  #open = false;
  #render?: typeof renderDataTable;
  /** The latest opening or closing, done once the table's module has loaded: the host's `updateComplete` waits for it. */
  ready: Promise<void> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost) {}

  get open(): boolean {
    return this.#open;
  }

  /** Open or close the table; the button says so once the table can be shown with it. */
  readonly toggle = (): void => {
    this.ready = loadTable().then(
      (render) => {
        this.#render = render;
        this.#open = !this.#open;
        this.host.requestUpdate();
      },
      (error: unknown) => console.error('conflict-viz: could not load the data table', error),
    );
  };

  /** The button that shows and hides the table; disabled while nothing is drawn. `lang`: the strings' language. */
  renderButton(strings: DataTableStrings, disabled: boolean, lang?: string) {
    return html`<button
      part="table-button"
      type="button"
      aria-expanded=${this.#open ? 'true' : 'false'}
      aria-controls="table"
      lang=${ifDefined(lang)}
      ?disabled=${disabled}
      @click=${this.toggle}
    >
      ${this.#open ? strings.hideTable : strings.showTable}
    </button>`;
  }

  /** The table while it is open; `table` builds it (only then). */
  renderTable(table: (() => TableModel) | undefined, lang?: string) {
    return table && this.#open && this.#render ? this.#render({ html, nothing }, table(), 'table', lang) : nothing;
  }
}
