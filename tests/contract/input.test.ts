// The element contract, data in: which input wins, what bad input does, and the box kept while `src`
// loads; run over every element from the list in ./elements.ts, through public behaviour only.
import { expect, oneEvent } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { CvErrorEvent, type CvRenderEvent } from '@conflict-viz/core';
import { CONTRACTS, SHARED_BAD, type BadInput } from './elements.js';
import { captureWarnings, drawing, drawnOrFailed, mount, mountIn, notice, part, plot, settled, tagTemplate, type CvHost } from '../helpers.js';

/** The value that undoes a bad one: the attribute removed, or a good value where removal is not yet a reset (issue 20). */
const GOOD: Record<string, string | null> = {
  data: null,
  markers: null,
  theme: 'light',
  'heading-level': '2',
  'source-href': 'https://example.org/',
  metric: 'events',
  orientation: 'auto',
};

/**
 * Contract tests that fail on a defect an open issue already names: skipped, with the issue, until it is
 * fixed. Keyed by `<test>|<tag>`.
 */
const KNOWN_DEFECTS: Record<string, string> = {};

const short = (value: string) => (value.length > 40 ? `${value.slice(0, 37)}…` : value);

for (const contract of CONTRACTS) {
  const { tag, inputs, article } = contract;
  const name = unsafeStatic(tag);

  describe(`contract <${tag}>: data in`, () => {
    it('reads the data property, then the data attribute, then src, then inline children, then the article', async () => {
      const renders: CvRenderEvent[] = [];
      const el = await mount<CvHost>(
        staticHtml`<${name} .data=${inputs.property.value} data=${inputs.attribute.json} src=${inputs.src.url} @cv-render=${(e: CvRenderEvent) => renders.push(e)}
          >${inputs.inline.children}</${name}>`,
      );
      const drawings = [drawing(el)];
      /** What is drawn now: its source, as the element and its last cv-render say, and its marks. */
      const expectDrawn = (source: string, marks: number) => {
        expect(el.dataSource).to.equal(source);
        expect(renders.at(-1)!.detail).to.include({ source, marks });
        drawings.push(drawing(el));
        expect(drawings.at(-1), `${source}: drawn, and not as before`).to.not.be.oneOf(['', ...drawings.slice(0, -1)]);
      };
      /** Make a change and wait for what it draws. */
      const step = async (change: () => void) => {
        const rendered = oneEvent(el, 'cv-render');
        change();
        await rendered;
        await settled(el);
      };
      expect(el.dataSource).to.equal('data property');
      expect(renders.at(-1)!.detail).to.include({ source: 'data property', marks: inputs.property.marks });
      await step(() => (el.data = undefined));
      expectDrawn('data attribute', inputs.attribute.marks);
      await step(() => el.removeAttribute('data'));
      expectDrawn('src', inputs.src.marks);
      await step(() => el.removeAttribute('src'));
      expectDrawn(inputs.inline.source, inputs.inline.marks);
      await step(() => [...el.children].forEach((child) => child.remove()));
      expectDrawn('default', article.marks);
    });

    it('loads the other file format through src too', async () => {
      const el = await mount<CvHost>(staticHtml`<${name} src=${inputs.src.other}></${name}>`);
      if (el.dataSource !== 'src') await drawnOrFailed(el);
      await settled(el);
      expect(el.dataSource).to.equal('src');
      expect(el.issues).to.deep.equal([]);
      expect(drawing(el)).to.not.equal('');
    });

    const boxes = [
      ['the plot keeps its height', plot],
      ['the element keeps its height', (el: CvHost) => el],
    ] as const;
    for (const [what, box] of contract.reserves === 'plot' ? boxes : boxes.slice(1)) {
      const defect = KNOWN_DEFECTS[`${what}|${tag}`];
      (defect ? it.skip : it)(
        `${what} while src loads, so the page does not move when the data arrives${defect ? ` (known defect: ${defect})` : ''}`,
        async () => {
          // A query of its own: the browser must not answer from its cache.
          const src = `/__delay/400${inputs.src.url}?${encodeURIComponent(what)}`;
          const el = await mountIn<CvHost>(staticHtml`<${name} src=${src}></${name}>`, 640);
          expect(drawing(el), 'nothing drawn yet').to.equal('');
          const before = box(el).getBoundingClientRect().height;
          expect(before).to.be.above(100);
          await drawnOrFailed(el);
          await settled(el);
          expect(drawing(el)).to.not.equal('');
          expect(box(el).getBoundingClientRect().height).to.equal(before);
        },
      );
    }
  });

  describe(`contract <${tag}>: bad input`, () => {
    it(`each bad input (${[...contract.bad, ...SHARED_BAD].map((b) => b.attribute).join(', ')}): cv-error and a notice naming the attribute, row and problem; the drawing stays; fixed, the notice goes`, async () => {
      const el = await mount<CvHost>(tagTemplate(tag));
      const good = drawing(el);
      expect(good).to.not.equal('');
      // One element through every case: each is undone before the next, as a reader's page would be.
      for (const bad of [...contract.bad, ...SHARED_BAD]) await rejectAndRecover(el, bad, good);
    });

    it('bad data from the start: the notice, nothing drawn, no table to show, and still accessible', async () => {
      const [bad] = contract.bad;
      const console = captureWarnings();
      try {
        const el = await mount<CvHost>(staticHtml`<${name} ${unsafeStatic(bad.attribute)}=${bad.value}></${name}>`);
        expect(drawing(el)).to.equal('');
        expect(el.issues[0]?.source).to.equal(bad.source);
        expect(notice(el)).to.match(asPattern(bad.message));
        expect(part(el, 'table-button')).to.have.property('disabled', true);
        await expect(el).to.be.accessible();
      } finally {
        console.restore();
      }
    });

    // Issue 20: removing an attribute used to report `unknown value null` instead of restoring the default.
    it('removing a bad attribute restores its default', async () => {
      const el = await mount<CvHost>(tagTemplate(tag));
      el.setAttribute('theme', 'blue');
      await settled(el);
      el.removeAttribute('theme');
      await settled(el);
      expect(notice(el)).to.equal('');
    });
  });
}

/** Give a bad input: a typed cv-error, the notice, one warning, the drawing kept; then undo it: no notice. */
async function rejectAndRecover(el: CvHost, bad: BadInput, good: string) {
  const label = `${bad.attribute}="${short(bad.value)}"`;
  const console = captureWarnings();
  try {
    const failed = oneEvent(el, 'cv-error') as Promise<CvErrorEvent>;
    el.setAttribute(bad.attribute, bad.value);
    const event = await failed;
    await settled(el);
    expect(event, label).to.be.instanceOf(CvErrorEvent);
    expect(event.detail.issues[0].source, label).to.equal(bad.source);
    if (typeof bad.message === 'string') expect(event.detail.messages[0], label).to.equal(bad.message);
    else expect(event.detail.messages[0], label).to.match(bad.message);
    expect(notice(el), label).to.contain(event.detail.messages[0]);
    expect(part(el, 'error')!.getAttribute('role'), label).to.equal('alert');
    expect(drawing(el), `${label}: the last good drawing stays`).to.equal(good);
    expect(console.warnings.length, `${label}: one console warning`).to.equal(1);
    expect(String(console.warnings[0]), label).to.contain(event.detail.messages[0]);
    const fixed = GOOD[bad.attribute];
    if (fixed === null) el.removeAttribute(bad.attribute);
    else el.setAttribute(bad.attribute, fixed);
    await settled(el);
    expect(notice(el), `${label} undone`).to.equal('');
    expect(el.issues, `${label} undone`).to.deep.equal([]);
  } finally {
    console.restore();
  }
}

/** A message as a pattern that matches it anywhere (in a notice, after its opening sentence). */
const asPattern = (message: string | RegExp) =>
  typeof message === 'string' ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : new RegExp(message.source.replace(/^\^/, ''));
