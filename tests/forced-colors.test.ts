// Forced colours (Windows high contrast), emulated in a light and a dark system scheme: every colour
// token of every element is a system colour, and what sits on something else stays apart from it (the
// whiskers over the bars, the focused bar over its column, the eras' names over their bands).
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { CONTRACTS } from './contract/elements.js';
import { $, contrast, mount, plot, press, settled, tagTemplate, type CvHost } from './helpers.js';

const COLOUR_TOKENS = ['background', 'text', 'muted', 'grid', 'axis', 'accent', 'focus', 'surface', 'error-text', 'error-background'].map((t) => `--_${t}`);
const SYSTEM_COLOURS = ['Canvas', 'CanvasText', 'GrayText', 'Highlight', 'HighlightText', 'LinkText', 'VisitedText', 'ButtonText', 'ButtonFace'];
const SCHEMES = ['light', 'dark'] as const;

describe('forced colours, in a light and a dark system scheme', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  for (const scheme of SCHEMES) {
    for (const { tag } of CONTRACTS) {
      it(`<${tag}> (${scheme}): every colour token is a system colour`, async () => {
        await emulateMedia({ forcedColors: 'active', colorScheme: scheme });
        const el = await mount<CvHost>(tagTemplate(tag));
        const style = getComputedStyle(el);
        const tokens = Object.fromEntries(COLOUR_TOKENS.map((token) => [token, style.getPropertyValue(token).trim()]));
        expect(Object.entries(tokens).filter(([, value]) => !SYSTEM_COLOURS.includes(value))).to.deep.equal([]);
      });
    }

    it(`<ttp-attack-chart> (${scheme}): whiskers stand out inside the bars, and the focused bar from its column`, async () => {
      await emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      const el = await mount<CvHost>(html`<ttp-attack-chart metric="deaths"></ttp-attack-chart>`);
      plot(el).focus();
      await press(el, 'ArrowRight');
      // Outlined: the bar is its outline over the background and its column, and its inside under the whisker.
      const bar = getComputedStyle($(el, 'rect.bar')!);
      expect(contrast(getComputedStyle($(el, '.whisker')!).stroke, bar.fill), 'whisker over bar').to.be.at.least(3);
      expect(contrast(bar.stroke, getComputedStyle($(el, '.active-column')!).fill), 'bar over its focused column').to.be.at.least(3);
      expect(contrast(bar.stroke, getComputedStyle(el).backgroundColor), 'bar over the background').to.be.at.least(3);
    });

    it(`<conflict-timeline> (${scheme}): the eras' names are readable on their bands`, async () => {
      await emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      const el = await mount<CvHost>(html`<conflict-timeline orientation="horizontal"></conflict-timeline>`);
      await settled(el);
      const band = getComputedStyle($(el, '.era rect')!).fill;
      expect(contrast(getComputedStyle($(el, '.era text')!).fill, band)).to.be.at.least(4.5);
    });
  }
});
