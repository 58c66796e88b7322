// DataTableController in Chromium: the button shows and hides the table, says which it will do, is
// disabled while nothing is drawn, and the table is built only while it is open (its module loaded then).
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DataTableController, OnRequestController, type TableModel } from '@conflict-viz/core';

const STRINGS = { showTable: 'Show table', hideTable: 'Hide table' };
const TABLE: TableModel = { caption: 'Events per year', columns: [{ label: 'Year' }, { label: 'Events', numeric: true }], rows: [['2020', '12']] };

class DataTableHost extends LitElement {
  readonly onRequest = new OnRequestController(this);
  readonly table = new DataTableController(this, this.onRequest);
  drawn = true;
  builds = 0;

  protected override render() {
    const build = () => {
      this.builds++;
      return TABLE;
    };
    return html`${this.table.renderButton(STRINGS, !this.drawn, 'en')} ${this.table.renderTable(this.drawn ? build : undefined)}`;
  }
}
customElements.define('test-data-table', DataTableHost);

const button = (host: DataTableHost) => host.shadowRoot!.querySelector('button')!;
const table = (host: DataTableHost) => host.shadowRoot!.querySelector('table');

describe('DataTableController', () => {
  it('opens and closes the table from its button, which says what it will do', async () => {
    const host = await fixture<DataTableHost>(html`<test-data-table></test-data-table>`);
    expect(button(host).textContent!.trim()).to.equal('Show table');
    expect(button(host).getAttribute('aria-expanded')).to.equal('false');
    expect(button(host).getAttribute('lang')).to.equal('en');
    expect(table(host)).to.equal(null);
    expect(host.builds).to.equal(0);

    button(host).click();
    // The table's module loads with the first opening; the button changes with the table.
    await host.onRequest.ready;
    await host.updateComplete;
    expect(host.table.open).to.equal(true);
    expect(button(host).textContent!.trim()).to.equal('Hide table');
    expect(button(host).getAttribute('aria-expanded')).to.equal('true');
    expect(table(host)!.querySelector('caption')!.textContent).to.equal('Events per year');
    expect(host.builds).to.equal(1);

    button(host).click();
    await host.onRequest.ready;
    await host.updateComplete;
    expect(table(host)).to.equal(null);
    expect(button(host).textContent!.trim()).to.equal('Show table');
  });

  it('disables the button and shows no table while nothing is drawn', async () => {
    const host = await fixture<DataTableHost>(html`<test-data-table></test-data-table>`);
    host.table.toggle();
    await host.onRequest.ready;
    host.drawn = false;
    host.requestUpdate();
    await host.updateComplete;
    expect(button(host).disabled).to.equal(true);
    expect(table(host)).to.equal(null);
  });
});
