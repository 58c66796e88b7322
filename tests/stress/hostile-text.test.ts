// Hostile text: a corpus of XSS payloads in every text field and link field. Nothing executes, no
// element is created from data, and no javascript: or data: link is rendered.
import { expect } from '@open-wc/testing';
import 'conflict-viz';
import { ELEMENT_TAGS, TEXT_INPUTS, apply } from './elements.js';
import { part, plot, type CvHost } from '../helpers.js';

type Flagged = Window & { __xss?: number };

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1"><rect/></svg>',
  '\'><iframe srcdoc="<script>parent.__xss=1</script>">',
  '<a href="javascript:window.__xss=1">link</a>',
  '<style>@import "//evil.example/x.css";</style>',
  '<math><mi xlink:href="javascript:window.__xss=1">x</mi></math>',
  '&lt;img src=x onerror=window.__xss=1&gt;',
  '${window.__xss=1}',
  '{{constructor.constructor("window.__xss=1")()}}',
  '\u202e<b>reversed</b>\u202c',
];

const LINKS = [
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  '  javascript:window.__xss=1',
  'java\tscript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'vbscript:msgbox(1)',
  'blob:https://example.org/x',
];

/** Element names in the shadow root, with the data table and tooltip opened too. */
async function renderedTags(el: CvHost): Promise<Set<string>> {
  (part(el, 'table-button') as HTMLButtonElement | null)?.click();
  await el.updateComplete;
  plot(el)?.focus();
  await el.updateComplete;
  return new Set([...el.shadowRoot!.querySelectorAll('*')].map((node) => node.localName));
}

describe('hostile text', () => {
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: text fields render payloads as text`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const benign = document.createElement(tag) as unknown as CvHost;
      host.append(benign);
      apply(benign, ...TEXT_INPUTS[tag].text('plain words'));
      await benign.updateComplete;
      const allowed = await renderedTags(benign);
      for (const payload of PAYLOADS) {
        const el = document.createElement(tag) as unknown as CvHost;
        host.replaceChildren(el);
        apply(el, ...TEXT_INPUTS[tag].text(payload));
        await el.updateComplete;
        const tags = await renderedTags(el);
        const created = [...tags].filter((name) => !allowed.has(name));
        expect(created, payload).to.deep.equal([]);
        expect(el.shadowRoot!.textContent, payload).to.contain(payload.replace(/\s+/g, ' ').trim().slice(0, 12));
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect((window as Flagged).__xss, payload).to.equal(undefined);
      }
      host.remove();
    });

    it(`<${tag}>: link fields refuse every scheme but http(s), with an error`, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      for (const link of LINKS) {
        const el = document.createElement(tag) as unknown as CvHost;
        host.replaceChildren(el);
        apply(el, ...TEXT_INPUTS[tag].links(link));
        await el.updateComplete;
        await renderedTags(el);
        const hrefs = [...el.shadowRoot!.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
        expect(
          hrefs.filter((href) => !/^https?:/i.test(href)),
          link,
        ).to.deep.equal([]);
        expect(el.shadowRoot!.querySelector('[role="alert"]'), `${link}: a visible error`).to.not.equal(null);
      }
      expect((window as Flagged).__xss).to.equal(undefined);
      host.remove();
    });
  }
});
