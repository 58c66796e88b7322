// The network: with defaults, no request beyond the page and the script; every src failure gives a
// clear error and keeps the previous drawing; rapid src changes end on the last one.
import { expect, fixture } from '@open-wc/testing';
import { CvElement } from '@conflict-viz/core';
import 'conflict-viz';
import { ELEMENT_TAGS, SOURCES } from './elements.js';
import { drawing, drawnOrFailed, notice, tagTemplate, type CvHost } from '../helpers.js';

/** Set `src` and wait for the element to draw or report. */
async function load(el: CvHost, src: string) {
  const outcome = drawnOrFailed(el);
  el.src = src;
  await outcome;
  await el.updateComplete;
}

describe('network', () => {
  const timeout = CvElement.fetchTimeout;
  const maxBytes = CvElement.fetchMaxBytes;
  afterEach(() => {
    CvElement.fetchTimeout = timeout;
    CvElement.fetchMaxBytes = maxBytes;
  });

  it('makes no request with the default data', async () => {
    const before = performance.getEntriesByType('resource').length;
    for (const tag of ELEMENT_TAGS) {
      const el = await fixture<CvHost>(tagTemplate(tag));
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.dataSource, tag).to.equal('default');
    }
    const requests = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => entry.name);
    expect(requests).to.deep.equal([]);
  });

  for (const tag of ELEMENT_TAGS) {
    describe(`<${tag}>`, () => {
      const failures: [string, string, RegExp][] = [
        ['a 404', '/__status/404', /^src: request failed with 404 Not Found/],
        ['a 500', '/__status/500', /^src: request failed with 500 Internal Server Error/],
        ['a timeout', `/__delay/3000${SOURCES[tag].json}`, /^src: took longer than 0.3 s to load/],
        ['a web page', `/__type/text%2Fhtml/tests/csp/page.html`, /^src: returned a web page \(text\/html\), not JSON or CSV/],
        ['invalid JSON', '/__type/application%2Fjson/tests/stress/elements.ts', /^src: is not valid JSON/],
        ['a 10 MB file', '/__big/10000000', /^src: is too large/],
      ];
      for (const [name, url, message] of failures) {
        it(`${name}: a clear error, and the previous drawing stays`, async () => {
          if (name === 'a timeout') CvElement.fetchTimeout = 300;
          const el = await fixture<CvHost>(tagTemplate(tag));
          await load(el, SOURCES[tag].json);
          expect(el.issues, 'the good file loads').to.deep.equal([]);
          const good = drawing(el);
          await load(el, url);
          expect(notice(el)).to.match(new RegExp(message.source.slice(1)));
          expect(drawing(el)).to.equal(good);
        });
      }

      it('ends on the last src when it changes quickly', async () => {
        const reference = await fixture<CvHost>(tagTemplate(tag));
        await load(reference, SOURCES[tag].other);
        const expected = drawing(reference);
        reference.remove();
        const el = await fixture<CvHost>(tagTemplate(tag));
        el.src = `/__delay/400${SOURCES[tag].json}`;
        await el.updateComplete;
        el.src = `/__delay/200${SOURCES[tag].json}`;
        await el.updateComplete;
        const drawn = drawnOrFailed(el);
        el.src = SOURCES[tag].other;
        await drawn;
        await new Promise((resolve) => setTimeout(resolve, 600));
        expect(el.dataSource).to.equal('src');
        expect(el.src).to.equal(SOURCES[tag].other);
        expect(el.issues).to.deep.equal([]);
        // The slower, older requests (JSON after 400 ms, CSV after 200 ms) were cancelled, not drawn over it.
        expect(drawing(el)).to.equal(expected);
      });
    });
  }
});
