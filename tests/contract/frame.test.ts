// The element contract, the frame every element shares, on a reader's page: long words wrap instead of
// scrolling a phone's page sideways, a button that does nothing looks it, and a notice names the kind of
// element it is in. Run over every element from the list in ./elements.ts.
import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { CONTRACTS } from './elements.js';
import { $$, captureWarnings, mountIn, notice, part, plot, settled, tagTemplate, type CvHost } from '../helpers.js';

/** Words no column is wide enough for: a German compound, a URL, a chemical name. */
const LONG_WORDS = {
  heading: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen in Khyber Pakhtunkhwa',
  description: 'Source files: https://example.org/a-very-long-path/without-any-breaks/ttp-events-2007-2023-final-revised.csv',
  source: 'Pneumonoultramicroscopicsilicovolcanoconiosis-Institute-for-Conflict-Research',
};

/** What each element calls itself in a notice and in its plot's name. */
const KIND: Record<string, { readonly noun: string; readonly name: string }> = {
  'ttp-attack-chart': { noun: 'chart', name: 'Chart' },
  'border-map': { noun: 'map', name: 'Map' },
  'conflict-timeline': { noun: 'timeline', name: 'Timeline' },
};

for (const { tag, bad } of CONTRACTS) {
  const name = unsafeStatic(tag);

  describe(`contract <${tag}>: the frame on a page`, () => {
    it('wraps long words at 320 px: nothing is wider than the element, and the page does not scroll sideways', async () => {
      const el = await mountIn<CvHost>(
        staticHtml`<${name} heading=${LONG_WORDS.heading} description=${LONG_WORDS.description} source=${LONG_WORDS.source}></${name}>`,
        320,
      );
      const box = el.parentElement!;
      expect(box.scrollWidth, 'the column').to.be.at.most(320);
      expect(el.scrollWidth, 'the element').to.be.at.most(el.clientWidth);
      for (const partName of ['heading', 'description', 'source']) {
        const node = part(el, partName) as HTMLElement;
        expect(node.getBoundingClientRect().right, partName).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        expect(node.scrollWidth, partName).to.be.at.most(node.clientWidth);
      }
    });

    it('a disabled button looks disabled: faded, dashed, with a not-allowed cursor', async () => {
      const console = captureWarnings();
      try {
        const broken = await mountIn<CvHost>(staticHtml`<${name} ${unsafeStatic(bad[0].attribute)}=${bad[0].value}></${name}>`, 640);
        const working = await mountIn<CvHost>(tagTemplate(tag), 640);
        const disabled = part(broken, 'table-button') as HTMLButtonElement;
        const enabled = part(working, 'table-button') as HTMLButtonElement;
        expect(disabled.disabled).to.equal(true);
        expect(enabled.disabled).to.equal(false);
        const [off, on] = [getComputedStyle(disabled), getComputedStyle(enabled)];
        expect(Number(off.opacity), 'faded').to.be.below(0.7);
        expect(Number(on.opacity)).to.equal(1);
        expect(off.cursor).to.equal('not-allowed');
        expect(on.cursor).to.equal('pointer');
        expect(off.borderStyle, 'a dashed outline, for readers who cannot tell faded from pale').to.equal('dashed');
      } finally {
        console.restore();
      }
    });

    it('its notice and its unnamed plot name the kind of element it is', async () => {
      const console = captureWarnings();
      try {
        const el = await mountIn<CvHost>(tagTemplate(tag), 640);
        el.setAttribute('theme', 'blue');
        await settled(el);
        expect(notice(el)).to.contain(`The ${KIND[tag].noun} shows the last valid data.`);
        for (const other of Object.values(KIND).filter((kind) => kind !== KIND[tag])) expect(notice(el)).not.to.contain(`The ${other.noun}`);
        const broken = await mountIn<CvHost>(staticHtml`<${name} ${unsafeStatic(bad[0].attribute)}=${bad[0].value}></${name}>`, 640);
        expect(plot(broken).getAttribute('aria-label')).to.equal(KIND[tag].name);
        expect($$(broken, '[part="svg"]')).to.deep.equal([]);
      } finally {
        console.restore();
      }
    });
  });
}
