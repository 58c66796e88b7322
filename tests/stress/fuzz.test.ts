// Fuzzing with fast-check: 1,000 hostile inputs per element (wrong types, NaN and Infinity, negatives,
// empty and 100,000-row arrays, duplicate keys, unicode and right-to-left text, 100 KB labels,
// malformed JSON). For each: no uncaught error, no NaN or Infinity in any SVG geometry, a visible
// error whenever the input was rejected, and the last good drawing kept.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import 'conflict-viz';
import { ELEMENT_TAGS, MUTATIONS, apply, malformedCsv } from './elements.js';
import { badGeometry, drawing, updated, type CvHost } from '../helpers.js';

describe('fuzzing: 1,000 hostile inputs per element', function () {
  this.timeout(300_000);
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  let warn: typeof console.warn;

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Every rejected input warns once; 1,000 warnings would drown the log.
    warn = console.warn;
    console.warn = () => {};
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = warn;
  });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>`, async () => {
      const host = document.createElement('div');
      host.style.width = '480px';
      document.body.append(host);
      let rejected = 0;
      try {
        await fc.assert(
          fc.asyncProperty(MUTATIONS[tag], async (mutation) => {
            const el = document.createElement(tag) as unknown as CvHost;
            host.replaceChildren(el);
            await updated(el);
            const good = drawing(el);
            expect(good, 'the default drawing').to.not.equal('');
            apply(el, mutation);
            await updated(el);
            expect(badGeometry(el)).to.deep.equal([]);
            if (el.issues.length) {
              rejected++;
              const notice = el.shadowRoot!.querySelector('[role="alert"]');
              expect(notice?.getBoundingClientRect().height ?? 0, 'a visible error').to.be.above(0);
              expect(drawing(el), 'the last good drawing is kept').to.equal(good);
            }
            expect(uncaught).to.deep.equal([]);
          }),
          { numRuns: 1000 },
        );
      } finally {
        host.remove();
      }
      console.log(`<${tag}>: 1000 inputs, ${rejected} rejected with a visible error, 0 uncaught errors`);
      expect(rejected).to.be.above(100);
    });
  }

  it('CSV through src: 200 malformed files', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      await fc.assert(
        fc.asyncProperty(malformedCsv, async (csv) => {
          const el = document.createElement('ttp-attack-chart') as unknown as CvHost;
          host.replaceChildren(el);
          await updated(el);
          const good = drawing(el);
          const outcome = new Promise((resolve) => {
            el.addEventListener('cv-render', resolve, { once: true });
            el.addEventListener('cv-error', resolve, { once: true });
          });
          el.setAttribute('src', URL.createObjectURL(new Blob([csv], { type: 'text/csv' })));
          await outcome;
          await updated(el);
          expect(badGeometry(el)).to.deep.equal([]);
          if (el.issues.length) expect(drawing(el)).to.equal(good);
          expect(uncaught).to.deep.equal([]);
        }),
        { numRuns: 200 },
      );
    } finally {
      host.remove();
    }
  });
});
