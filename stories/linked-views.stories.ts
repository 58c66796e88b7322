import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';

interface Args {
  /** The group the three elements share. */
  group: string;
  theme: 'light' | 'dark';
}

/**
 * The article told with its three elements linked: they share a `group`, so choosing a year on the chart
 * highlights that year's events on the timeline and the districts with events that year on the map;
 * choosing an event highlights its year and its place; choosing a place highlights its events (and, for a
 * district, the years it had events). By pointer or keyboard (Enter); Escape clears.
 */
/** The page around the elements: its colours for the theme, and room between the three. */
const PAGE = {
  light: 'display:flex;flex-direction:column;gap:32px;padding:16px;background:#fff;color:#1b1d21',
  dark: 'display:flex;flex-direction:column;gap:32px;padding:16px;background:#111418;color:#e8eaed',
};

const meta: Meta<Args> = {
  title: 'Pages/Linked views',
  args: { group: 'article', theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark'] } },
  render: ({ group, theme }) => html`<article style=${PAGE[theme]}>
    <p style="margin:0">
      Choose a year on the chart, an event on the timeline or a place on the map (click it, or move to it with the
      arrow keys and press Enter): the other two highlight what goes with it. Escape clears the highlights.
    </p>
    <ttp-attack-chart group=${group} theme=${theme}></ttp-attack-chart>
    <conflict-timeline group=${group} theme=${theme}></conflict-timeline>
    <border-map group=${group} theme=${theme} layers="places events"></border-map>
  </article>`,
};
export default meta;
type Story = StoryObj<Args>;

const element = (canvas: HTMLElement, tag: string) => canvas.querySelector(tag)!;
const highlighted = (canvas: HTMLElement, tag: string) => element(canvas, tag).shadowRoot!.querySelectorAll('[part~="highlighted"]').length;
const joined = (canvas: HTMLElement, tag: string) =>
  element(canvas, tag).shadowRoot!.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('highlighted')));

/** Presses a key where the element's focus is, as a reader's keyboard does. */
function press(canvas: HTMLElement, tag: string, key: string) {
  const root = element(canvas, tag).shadowRoot!;
  (root.activeElement ?? root.querySelector('[part="plot"]'))!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

/** The three linked, with 2014 chosen on the chart: the timeline shows its two events, the map its districts. */
export const ArticleLinked: Story = {
  play: async ({ canvasElement }) => {
    const tags = ['ttp-attack-chart', 'conflict-timeline', 'border-map'];
    await waitFor(() => expect(tags.every((tag) => joined(canvasElement, tag))).toBe(true), { timeout: 10000 });
    const plot = element(canvasElement, 'ttp-attack-chart').shadowRoot!.querySelector<HTMLElement>('[part="plot"]')!;
    plot.focus();
    await waitFor(() => expect(element(canvasElement, 'ttp-attack-chart').shadowRoot!.activeElement).not.toBe(null));
    // From 2007, seven years on, then Enter.
    for (let i = 0; i < 7; i++) press(canvasElement, 'ttp-attack-chart', 'ArrowRight');
    press(canvasElement, 'ttp-attack-chart', 'Enter');
    await waitFor(() => expect(highlighted(canvasElement, 'conflict-timeline')).toBe(2));
    await waitFor(() => expect(highlighted(canvasElement, 'border-map')).toBeGreaterThan(0));
    // Focus leaves the chart, as a reader's would to look at the others: its tooltip and keyboard hint close.
    (element(canvasElement, 'ttp-attack-chart').shadowRoot!.activeElement as HTMLElement | null)?.blur();
  },
};
