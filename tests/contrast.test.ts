// Contrast computed from the colours Chromium renders (WCAG 1.4.3 and 1.4.11), in every theme: light, dark, and
// auto under a light and a dark system setting. Text must reach 4.5:1 and everything else that must be seen 3:1
// against what it sits on: the map's borders, lines, places, district circles, the Durand Line and its focus
// band, its labels; the chart's whiskers inside and above the bars; the timeline's era bands; and every focus
// indicator (the marks' rings, the pinned mark, the buttons' outline). Colours drawn with an opacity are blended
// over what is under them first. tests/themes.test.ts checks the frame's text and brand colours.
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { $, $$, contrast, focusedName, mountIn, plot, press, type CvHost } from './helpers.js';
import './contract/elements.js';

interface Pair {
  readonly what: string;
  readonly minimum: 3 | 4.5;
  readonly ratio: number;
}

/** `rgb(r, g, b)` of a computed colour drawn with `opacity` over the opaque `under`. */
function over(color: string, opacity: number, under: string): string {
  const channels = (c: string) => c.match(/\d+(\.\d+)?/g)!.map(Number);
  const [r, g, b, a = 1] = channels(color);
  const [r2, g2, b2] = channels(under);
  const alpha = a * opacity;
  const mix = (top: number, bottom: number) => Math.round(top * alpha + bottom * (1 - alpha));
  return `rgb(${mix(r, r2)}, ${mix(g, g2)}, ${mix(b, b2)})`;
}

const style = (el: CvHost, selector: string) => {
  const node = $(el, selector);
  expect(node, selector).to.not.equal(null);
  return getComputedStyle(node!);
};
/** A shape's stroke and fill as seen: blended over `under` with their opacities. */
const strokeOf = (s: CSSStyleDeclaration, under: string) => over(s.stroke, Number(s.strokeOpacity) * Number(s.opacity), under);
const fillOf = (s: CSSStyleDeclaration, under: string) => over(s.fill, Number(s.fillOpacity) * Number(s.opacity), under);

const mark = (what: string, a: string, b: string): Pair => ({ what, minimum: 3, ratio: contrast(a, b) });
const words = (what: string, a: string, b: string): Pair => ({ what, minimum: 4.5, ratio: contrast(a, b) });

/** Move the keyboard focus to the mark named `name`: into the plot, Home, then the arrow keys. */
async function focusMark(el: CvHost, name: RegExp) {
  plot(el).focus();
  await press(el, 'Home');
  for (let i = 0; i < 200 && !name.test(focusedName(el)); i++) await press(el, 'ArrowRight');
  expect(focusedName(el)).to.match(name);
}

/** Every visible button's focus outline, against what the button sits on (`under`, or the element's background). */
async function buttonRings(el: CvHost, under: (button: HTMLButtonElement) => string[]): Promise<Pair[]> {
  const pairs: Pair[] = [];
  for (const button of $$(el, 'button') as HTMLButtonElement[]) {
    if (!button.getBoundingClientRect().width || button.disabled) continue;
    button.focus();
    const s = getComputedStyle(button);
    expect(s.outlineStyle, `${button.textContent} focused`).to.equal('solid');
    for (const background of under(button))
      pairs.push(mark(`focus outline of "${button.getAttribute('aria-label') ?? button.textContent?.trim()}"`, s.outlineColor, background));
    button.blur();
  }
  return pairs;
}

type Check = (el: CvHost) => Promise<Pair[]>;

const chart: Check = async (el) => {
  const background = getComputedStyle(el).backgroundColor;
  await focusMark(el, /^2014\b/);
  const bar = style(el, 'rect.bar').fill;
  const column = fillOf(style(el, '.active-column'), background);
  const ring = style(el, '.focus-ring').stroke;
  const whisker = style(el, '.whisker').stroke;
  await press(el, 'Enter');
  const pinned = style(el, '.mark-node[aria-current]').stroke;
  return [
    mark('bar', bar, background),
    mark('whisker above its bar', whisker, background),
    mark('whisker inside its bar', whisker, bar),
    mark('focus ring on the background', ring, background),
    mark('focus ring on the focused column', ring, column),
    mark('pinned mark on the background', pinned, background),
    words('axis label', style(el, '.axis text').fill, background),
    ...(await buttonRings(el, () => [background])),
  ];
};

const map: Check = async (el) => {
  const background = getComputedStyle(el).backgroundColor;
  const water = style(el, '.water').fill;
  const land = style(el, '.country:not(.focus)').fill;
  const focusLand = style(el, '.country.focus').fill;
  const grounds = { water, land, 'focus land': focusLand };
  const border = strokeOf(style(el, '.line:not(.disputed):not(.highlight)'), focusLand);
  const durand = style(el, '.line.highlight').stroke;
  const district = style(el, '.district');
  const pairs: Pair[] = [
    mark('border between the countries of focus', border, focusLand),
    mark('border on other land', strokeOf(style(el, '.line:not(.disputed):not(.highlight)'), land), land),
    mark('disputed line', style(el, '.line.disputed').stroke, land),
    mark('Durand Line', durand, focusLand),
    mark('place', style(el, '.place').fill, focusLand),
    mark('district circle outline', district.stroke, focusLand),
    // Circles overlap: an outline crosses the inside of one circle, or of two.
    mark('district circle outline, over a circle', district.stroke, fillOf(district, focusLand)),
    mark('district circle outline, over two circles', district.stroke, fillOf(district, fillOf(district, focusLand))),
    ...$$(el, 'text.label').map((label) => {
      const s = getComputedStyle(label);
      // Labels are drawn over a halo of the land's colour, which the text sits on.
      return words(`label "${label.textContent}" on its halo`, s.fill, s.stroke);
    }),
    ...Object.entries(grounds).map(([name, ground]) => words(`label halo on ${name}`, style(el, 'text.label').fill, ground)),
  ];
  await focusMark(el, /Durand/);
  const band = strokeOf(style(el, '.line.focus-line'), focusLand);
  const focusedDurand = style(el, '.line.highlight').stroke;
  pairs.push(mark('Durand Line focus band on the land', band, focusLand), mark('Durand Line inside its focus band', focusedDurand, band));
  await focusMark(el, /^Peshawar\b/);
  const ring = style(el, '.focus-ring').stroke;
  for (const [name, ground] of Object.entries(grounds)) pairs.push(mark(`focus ring on ${name}`, ring, ground));
  await press(el, 'Enter');
  const pinned = style(el, '.mark-node[aria-current]').stroke;
  for (const [name, ground] of Object.entries(grounds)) pairs.push(mark(`pinned mark on ${name}`, pinned, ground));
  // The zoom and pan buttons sit on the map: their edges and focus outlines must show on water and land.
  const mapButton = (button: HTMLButtonElement) => (button.closest('.zoom, .pan') ? Object.values(grounds) : [background]);
  for (const button of $$(el, '.zoom button') as HTMLButtonElement[]) {
    for (const [name, ground] of Object.entries(grounds))
      pairs.push(mark(`edge of "${button.getAttribute('aria-label')}" on ${name}`, getComputedStyle(button).borderColor, ground));
  }
  return [...pairs, ...(await buttonRings(el, mapButton))];
};

const timeline: Check = async (el) => {
  const background = getComputedStyle(el).backgroundColor;
  const era = style(el, '.era rect');
  const band = fillOf(era, background);
  await focusMark(el, /^Last Soviet troops leave\b/);
  const ring = style(el, '.focus-ring').stroke;
  await press(el, 'Enter');
  const pinned = style(el, '.mark-node[aria-current]').stroke;
  return [
    mark('era band outline', strokeOf(era, background), background),
    words('era name on its band', style(el, '.era text').fill, band),
    mark('focus ring on the background', ring, background),
    mark('focus ring on an era band', ring, band),
    mark('pinned mark on the background', pinned, background),
    ...$$(el, '.mark .glyph').map((glyph) => mark('event glyph', getComputedStyle(glyph).fill, background)),
    ...(await buttonRings(el, () => [background])),
  ];
};

/** The timeline's chronology (narrow): the focused row's outline against the background, and its text. */
const chronology: Check = async (el) => {
  const background = getComputedStyle(el).backgroundColor;
  await focusMark(el, /^Last Soviet troops leave\b/);
  const body = style(el, '.event.active .body');
  expect(body.outlineStyle, 'the focused row is outlined').to.equal('solid');
  return [
    mark('focused row outline', body.outlineColor, background),
    words('date', style(el, '.event .date').color, background),
    words('title', style(el, '.event .title').color, background),
    ...(await buttonRings(el, () => [background])),
  ];
};

const CASES: readonly [string, (theme: string) => TemplateResult, Check][] = [
  ['<ttp-attack-chart metric="deaths">', (theme) => html`<ttp-attack-chart metric="deaths" theme=${theme}></ttp-attack-chart>`, chart],
  ['<border-map layers="places events">', (theme) => html`<border-map layers="places events" theme=${theme}></border-map>`, map],
  ['<conflict-timeline orientation="horizontal">', (theme) => html`<conflict-timeline orientation="horizontal" theme=${theme}></conflict-timeline>`, timeline],
  ['<conflict-timeline orientation="vertical">', (theme) => html`<conflict-timeline orientation="vertical" theme=${theme}></conflict-timeline>`, chronology],
];

const MODES = [
  ['light', 'light'],
  ['dark', 'light'],
  ['auto', 'light'],
  ['auto', 'dark'],
] as const;

describe('contrast of what is drawn, and of every focus indicator, in every theme', function () {
  this.timeout(60_000);
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const [label, template, check] of CASES) {
    it(`${label}: text ≥ 4.5:1, marks, bands and focus indicators ≥ 3:1`, async () => {
      const failures: string[] = [];
      for (const [theme, system] of MODES) {
        await emulateMedia({ colorScheme: system });
        const el = await mountIn<CvHost>(template(theme), 1024);
        plot(el).scrollIntoView();
        const pairs = await check(el);
        expect(pairs.length).to.be.above(5);
        const worst = { 3: Infinity, 4.5: Infinity };
        for (const pair of pairs) {
          worst[pair.minimum] = Math.min(worst[pair.minimum], pair.ratio);
          if (pair.ratio < pair.minimum) failures.push(`theme=${theme}, system ${system}: ${pair.what} ${pair.ratio.toFixed(2)}:1`);
        }
        // The figures, for the audit (docs/accessibility.md).
        console.log(`${label} theme=${theme}, system ${system}: text ≥ ${worst[4.5].toFixed(2)}:1, non-text ≥ ${worst[3].toFixed(2)}:1`);
      }
      expect(failures).to.deep.equal([]);
    });
  }
});
