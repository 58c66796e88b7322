/**
 * The data table under the drawing, behind a "Show table" button: the same data as text, for screen
 * readers and for readers who want the numbers. Built only when it is opened; its markup is drawn on
 * request (OnRequestController), so a page whose readers never open it never loads it.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TableModel } from '../layout/scene.js';
import type { OnRequestController } from './on-request.js';

/** The button's words, in the element's strings table. */
export interface DataTableStrings {
  readonly showTable: string;
  readonly hideTable: string;
}

/** Whether the table is open: the host's state, which it renders from (it needs no lifecycle hooks). */
export class DataTableController {
  #open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onRequest: OnRequestController,
  ) {}

  get open(): boolean {
    return this.#open;
  }

  /** Open or close the table; the button says so once the table can be shown with it. */
  readonly toggle = (): void => {
    this.onRequest.whenLoaded(() => {
      this.#open = !this.#open;
      this.host.requestUpdate();
    });
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
    return table && this.#open ? this.onRequest.draw((parts, lit) => parts.renderDataTable(lit, table(), 'table', lang)) : nothing;
  }
}
