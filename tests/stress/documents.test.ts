// Elements in other documents: one moved into an iframe, and one first connected inside an iframe, keep
// their styles and throw nothing (a constructed stylesheet cannot be shared across documents); a tag a page
// already defined is left to that definition, with a word in the console.
import { expect } from '@open-wc/testing';
import { defineElement } from '@conflict-viz/core';
import { ELEMENT_TAGS } from './elements.js';
import { captureWarnings, part, settled, type CvHost } from '../helpers.js';

/** A same-origin iframe with an empty document, in the page. */
async function frameDocument(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:700px;height:500px';
  document.body.append(frame);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return frame.contentDocument!;
}

/** Styles from the element's stylesheets, read through its own window: the host's and the plot's. */
function styled(el: CvHost) {
  const view = el.ownerDocument.defaultView!;
  const host = view.getComputedStyle(el);
  const plot = view.getComputedStyle(part(el, 'plot')!);
  return { display: host.display, lineHeight: host.lineHeight, plotPosition: plot.position, plotOutline: plot.outlineStyle };
}

describe('elements in other documents', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}> moved into an iframe keeps its styles`, async () => {
      const el = document.createElement(tag) as unknown as CvHost;
      document.body.append(el);
      await settled(el);
      const before = styled(el);
      expect(before.display).to.equal('block');
      const doc = await frameDocument();
      doc.body.append(el);
      el.setAttribute('heading', 'Moved');
      await settled(el);
      expect(el.ownerDocument).to.equal(doc);
      expect(styled(el)).to.deep.equal(before);
      // And back: the page's own stylesheets again.
      document.body.append(el);
      await settled(el);
      expect(styled(el)).to.deep.equal(before);
      el.remove();
      expect(errors).to.deep.equal([]);
    });

    it(`<${tag}> first connected inside an iframe draws with its styles, and throws nothing`, async () => {
      const reference = document.createElement(tag) as unknown as CvHost;
      document.body.append(reference);
      await settled(reference);
      const doc = await frameDocument();
      const el = document.createElement(tag) as unknown as CvHost;
      doc.body.append(el);
      await settled(el);
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
      expect(styled(el)).to.deep.equal(styled(reference));
      expect(part(el, 'svg') ?? part(el, 'chronology'), 'drawn').to.not.equal(null);
      reference.remove();
      expect(errors).to.deep.equal([]);
    });
  }

  it('a tag the page already defined: that definition stays, and the console says why this one is not used', () => {
    class PageOwn extends HTMLElement {}
    class Ours extends HTMLElement {}
    customElements.define('cv-test-clash', PageOwn);
    const console = captureWarnings();
    try {
      expect(() => defineElement('cv-test-clash', Ours)).not.to.throw();
    } finally {
      console.restore();
    }
    expect(customElements.get('cv-test-clash')).to.equal(PageOwn);
    expect(String(console.warnings[0]?.[0])).to.contain('<cv-test-clash> was already defined by another script on this page');
  });
});
