// Themes that survive a newsroom's branding: brand colours set once on the page, as the theming guide
// says, for the light theme; in the dark theme (theme="dark", or theme="auto" under a dark system
// setting) the elements use their dark tokens, never the brand's light ones. Text must reach 4.5:1 and
// marks 3:1 against what is behind them, in light, dark and auto under both system settings, with and
// without brand dark tokens. Print is always the light theme, without buttons, with legend and source.
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { $, $$, contrast, plot, press, settled, type CvHost } from './helpers.js';
import './contract/elements.js';

/** A newsroom's light palette: dark navy text on cream, a deep red accent, a blue bar (the guide's example). */
const BRAND_LIGHT = {
  '--cv-color-background': '#fffaf0',
  '--cv-color-text': '#14213d',
  '--cv-color-text-muted': '#3d4a5c',
  '--cv-color-axis': '#4a5568',
  '--cv-color-accent': '#9d0208',
  '--ttp-attack-chart-bar-color': '#0f4c81',
  '--border-map-land-color': '#f3ead7',
  '--conflict-timeline-era-color': '#efe4cc',
  '--conflict-timeline-label-color': '#14213d',
};
/** Its dark palette, for the second round. */
const BRAND_DARK = {
  '--cv-dark-color-background': '#101820',
  '--cv-dark-color-text': '#f2efe6',
  '--cv-dark-color-accent': '#ff8fa3',
  '--ttp-attack-chart-dark-bar-color': '#8ecae6',
};

type Rgb = string;

/** The colour of an element's outline, or 'none'. */
function outline(el: Element): string {
  const style = getComputedStyle(el);
  return style.outlineStyle === 'none' ? 'none' : style.outlineColor;
}

/** The first opaque background behind `node`, up through shadow roots to the page. */
function backgroundOf(node: Element): Rgb {
  for (let el: Element | null = node; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null)) {
    const color = getComputedStyle(el).backgroundColor;
    if (!/rgba\(.*, 0\)$/.test(color) && color !== 'transparent') return color;
  }
  return 'rgb(255, 255, 255)';
}

interface Pair {
  readonly what: string;
  readonly minimum: 3 | 4.5;
  readonly ratio: number;
}

/** Text in the frame every element shares, against what is behind it. */
function frameText(el: CvHost): Pair[] {
  const texts = $$(el, '[part="heading"], [part="description"], [part="source"], [part="table-button"], [part~="legend"] li, .notes li');
  return texts
    .filter((node) => node.getBoundingClientRect().height > 0)
    .map((node) => ({ what: node.getAttribute('part') ?? node.className, minimum: 4.5, ratio: contrast(getComputedStyle(node).color, backgroundOf(node)) }));
}

/** What each element draws that must stand out: text at 4.5:1 and marks at 3:1, against the colour behind them. */
const DRAWN: Record<string, (el: CvHost) => Pair[]> = {
  'ttp-attack-chart': (el) => {
    const background = getComputedStyle(el).backgroundColor;
    return [
      { what: 'bar', minimum: 3, ratio: contrast(getComputedStyle($(el, '.bar')!).fill, background) },
      { what: 'axis label', minimum: 4.5, ratio: contrast(getComputedStyle($(el, '.axis text')!).fill, background) },
      { what: 'annotation label', minimum: 4.5, ratio: contrast(getComputedStyle($(el, '.annotation text')!).fill, background) },
    ];
  },
  'border-map': (el) => {
    const land = getComputedStyle($(el, '.country.focus')!).fill;
    return [
      { what: 'Durand Line', minimum: 3, ratio: contrast(getComputedStyle($(el, '.line.highlight')!).stroke, land) },
      { what: 'place', minimum: 3, ratio: contrast(getComputedStyle($(el, '.place')!).fill, land) },
      ...$$(el, 'text.label').map((label) => {
        const style = getComputedStyle(label);
        // Labels are drawn over a halo of the land's colour.
        return { what: `label ${label.textContent}`, minimum: 4.5 as const, ratio: contrast(style.fill, style.stroke) };
      }),
    ];
  },
  'conflict-timeline': (el) => {
    const background = getComputedStyle(el).backgroundColor;
    const era = getComputedStyle($(el, '.era rect')!).fill;
    const eraName = getComputedStyle($(el, '.era text')!).fill;
    return [
      { what: 'event label', minimum: 4.5, ratio: contrast(getComputedStyle($(el, 'text.label')!).fill, background) },
      // An era's name sits in its band, or beside it when the band is short.
      { what: 'era name in its band', minimum: 4.5, ratio: contrast(eraName, era) },
      { what: 'era name beside it', minimum: 4.5, ratio: contrast(eraName, background) },
      { what: 'event glyph', minimum: 3, ratio: contrast(getComputedStyle($(el, '.glyph')!).fill, background) },
    ];
  },
};

async function expectLegible(el: CvHost, label: string) {
  await settled(el);
  const pairs = [...frameText(el), ...DRAWN[el.localName](el)];
  expect(pairs.length, label).to.be.above(3);
  for (const pair of pairs) expect(pair.ratio, `${label}: ${pair.what} ${pair.ratio.toFixed(2)}:1`).to.be.at.least(pair.minimum);
  // The figures, for the report.
  const worst = (minimum: number) => Math.min(...pairs.filter((p) => p.minimum === minimum).map((p) => p.ratio));
  console.log(`${label}: text ≥ ${worst(4.5).toFixed(2)}:1, marks ≥ ${Number.isFinite(worst(3)) ? worst(3).toFixed(2) : '–'}:1`);
}

/** The element in a page that set `tokens` before it was added (as a page's stylesheet would). */
async function branded(tag: string, theme: string, tokens: Record<string, string>): Promise<CvHost> {
  const name = unsafeStatic(tag);
  const style = Object.entries(tokens)
    .map(([token, value]) => `${token}: ${value}`)
    .join('; ');
  const page = await fixture<HTMLDivElement>(staticHtml`<div style="width: 640px; ${unsafeStatic(style)}"><${name} theme=${theme}></${name}></div>`);
  return settled(page.firstElementChild as CvHost);
}

const MODES = [
  ['light', 'light', 'light'],
  ['light', 'dark', 'light'],
  ['dark', 'light', 'dark'],
  ['dark', 'dark', 'dark'],
  ['auto', 'light', 'light'],
  ['auto', 'dark', 'dark'],
] as const;

for (const tag of ['ttp-attack-chart', 'border-map', 'conflict-timeline']) {
  describe(`<${tag}>: brand tokens in light, dark and auto`, function () {
    this.timeout(60_000);
    afterEach(() => emulateMedia({ colorScheme: 'light', media: 'screen' }));

    for (const [tokens, round] of [
      [BRAND_LIGHT, 'light brand tokens only'],
      [{ ...BRAND_LIGHT, ...BRAND_DARK }, 'light and dark brand tokens'],
    ] as const) {
      it(`${round}: text ≥ 4.5:1 and marks ≥ 3:1 in every theme, under both system settings`, async () => {
        for (const [theme, system, shown] of MODES) {
          await emulateMedia({ colorScheme: system });
          const el = await branded(tag, theme, tokens);
          const background = getComputedStyle(el).backgroundColor;
          // The theme shown uses its own tokens: the brand's light background only in light.
          const expected = shown === 'light' ? 'rgb(255, 250, 240)' : '--cv-dark-color-background' in tokens ? 'rgb(16, 24, 32)' : 'rgb(23, 25, 30)';
          expect(background, `theme=${theme}, system ${system}`).to.equal(expected);
          await expectLegible(el, `<${tag}> ${round}, theme=${theme}, system ${system}`);
        }
      });
    }

    it('prints the light theme, without buttons, with its legend and source', async () => {
      for (const [theme, system] of [
        ['dark', 'light'],
        ['auto', 'dark'],
      ] as const) {
        await emulateMedia({ colorScheme: system, media: 'print' });
        const el = await branded(tag, theme, { ...BRAND_LIGHT, ...BRAND_DARK });
        const label = `print, theme=${theme}, system ${system}`;
        expect(getComputedStyle(el).backgroundColor, label).to.equal('rgb(255, 250, 240)');
        expect(getComputedStyle($(el, '[part="heading"]')!).color, label).to.equal('rgb(20, 33, 61)');
        const visible = (node: Element) => node.getBoundingClientRect().height > 0 && getComputedStyle(node).display !== 'none';
        expect(
          $$(el, 'button').filter((b) => visible(b) && !b.closest('.legend')),
          `${label}: buttons`,
        ).to.deep.equal([]);
        expect(visible($(el, '[part="source"]')!), `${label}: source`).to.equal(true);
        // The article's chart has no legend at this width (its moments are labelled on the plot).
        const legend = $(el, '[part~="legend"]');
        expect(!!legend, `${label}: a legend`).to.equal(tag !== 'ttp-attack-chart');
        if (legend) expect(visible(legend) && [...legend.querySelectorAll('li')].every(visible), `${label}: legend`).to.equal(true);
        await expectLegible(el, `<${tag}> ${label}`);
        // A mark focused when the reader prints: no ring on paper.
        plot(el).focus();
        await press(el, 'ArrowRight');
        const rings = [...$$(el, '.focus-ring').map((ring) => getComputedStyle(ring).stroke), ...$$(el, ':focus-visible').map(outline)];
        expect(rings.length, `${label}: a focused mark`).to.be.greaterThan(0);
        expect(
          rings.filter((color) => color !== 'none' && !/, 0\)$|transparent/.test(color)),
          `${label}: a ring on paper`,
        ).to.deep.equal([]);
      }
    });
  });
}
