// connectInDocument: templates are copied by the Document prototype's own importNode, which a page's
// `<img name="importNode">` cannot hide; an element first connected inside an iframe gets its shadow root
// and stylesheets made by that iframe's window. adoptInDocument: one moved into an iframe gets them again.
import { expect } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { adoptInDocument, connectInDocument } from '../../packages/core/src/base/document-styles.js';

class DocumentHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
      outline-style: dotted;
    }
  `;

  override connectedCallback(): void {
    connectInDocument(this);
    super.connectedCallback();
  }

  adoptedCallback(): void {
    adoptInDocument(this);
  }

  protected override render() {
    return html`<p>drawn</p>`;
  }
}
customElements.define('test-document-host', DocumentHost);

describe('connectInDocument', () => {
  afterEach(() => document.querySelectorAll('iframe, test-document-host').forEach((node) => node.remove()));

  it('copies templates with the Document prototype’s importNode, which the page cannot hide', async () => {
    const el = document.createElement('test-document-host') as DocumentHost;
    document.body.append(el);
    await el.updateComplete;
    const scope = el.renderOptions.creationScope as { importNode: Document['importNode'] };
    expect(scope).to.not.equal(document);
    const copy = scope.importNode(document.createElement('b'), true);
    expect([copy.nodeName, copy.ownerDocument === document]).to.deep.equal(['B', true]);
    expect(el.shadowRoot!.textContent).to.equal('drawn');
  });

  it('gives an element first connected inside an iframe stylesheets made by that window', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    // Made by the page (the iframe's registry knows no such tag), never connected before.
    const el = document.createElement('test-document-host') as DocumentHost;
    doc.body.append(el);
    expect(el.ownerDocument).to.equal(doc);
    await el.updateComplete;
    const sheets = el.shadowRoot!.adoptedStyleSheets;
    expect(sheets).to.have.length(1);
    expect(sheets[0]).to.be.an.instanceOf((frame.contentWindow as Window & typeof globalThis).CSSStyleSheet);
    expect(frame.contentWindow!.getComputedStyle(el).outlineStyle).to.equal('dotted');
    expect(el.shadowRoot!.textContent).to.equal('drawn');
  });

  it('gives an element moved into an iframe stylesheets made by that window, and the page’s again when it comes back', async () => {
    const el = document.createElement('test-document-host') as DocumentHost;
    document.body.append(el);
    await el.updateComplete;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const view = frame.contentWindow as Window & typeof globalThis;
    view.document.body.append(el);
    expect(el.shadowRoot!.adoptedStyleSheets[0]).to.be.an.instanceOf(view.CSSStyleSheet);
    expect(view.getComputedStyle(el).outlineStyle).to.equal('dotted');
    document.body.append(el);
    expect(el.shadowRoot!.adoptedStyleSheets[0]).to.be.an.instanceOf(CSSStyleSheet);
    expect(getComputedStyle(el).outlineStyle).to.equal('dotted');
  });
});
