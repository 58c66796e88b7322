// ServerPassController in Chromium: an element with no server render lays out for the page from its
// first update; one with a server's frame in its shadow root lays out as the server did (640 px, English,
// estimated text) for that update, then, hydrated, once more for the page.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { estimateTextWidth, ServerPassController, SERVER_WIDTH, type MeasureText, type PageLocale } from '@conflict-viz/core';

const PAGE_LOCALE: PageLocale = { locale: 'ur', rtl: true, format: undefined as never, generatedLang: 'en' };
const pageMeasure: MeasureText = () => 1;

class ServerPassHost extends LitElement {
  hydrations = 0;
  readonly server = new ServerPassController(this, { hydrated: () => this.hydrations++ });
  /** What each update laid out for. */
  readonly passes: { width: number; locale: string; estimated: boolean }[] = [];

  protected override createRenderRoot() {
    return this.shadowRoot ?? super.createRenderRoot();
  }

  protected override willUpdate(): void {
    this.server.begin();
    const locale = this.server.locale(PAGE_LOCALE);
    const estimated = this.server.measure(pageMeasure) === estimateTextWidth;
    this.passes.push({ width: this.server.size({ width: 321 }).width, locale: locale.locale, estimated });
  }

  protected override render() {
    return html`<div part="base">drawn</div>`;
  }
}
customElements.define('test-server-pass', ServerPassHost);

async function settle(host: ServerPassHost) {
  while (!(await host.updateComplete));
}

describe('ServerPassController', () => {
  it('lays out for the page from the first update when nothing was rendered on a server', async () => {
    const host = await fixture<ServerPassHost>(html`<test-server-pass></test-server-pass>`);
    await settle(host);
    expect(host.server.active).to.equal(false);
    expect(host.passes).to.deep.equal([{ width: 321, locale: 'ur', estimated: false }]);
    expect(host.hydrations).to.equal(0);
  });

  it('lays out as the server did while it hydrates a server render, then for the page', async () => {
    const host = document.createElement('test-server-pass') as ServerPassHost;
    // A server's render: the frame is in the shadow root before the first update.
    const frame = document.createElement('div');
    frame.setAttribute('part', 'base');
    host.attachShadow({ mode: 'open' }).append(frame);
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(host);
    await settle(host);
    expect(host.passes).to.deep.equal([
      { width: SERVER_WIDTH, locale: 'en', estimated: true },
      { width: 321, locale: 'ur', estimated: false },
    ]);
    expect(host.hydrations).to.equal(1);
    expect(host.server.active).to.equal(false);
  });
});
