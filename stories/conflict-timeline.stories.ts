import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '@conflict-viz/conflict-timeline';
import type { ConflictTimeline } from '@conflict-viz/conflict-timeline';
import { generateTimelineEvents } from '../tests/timeline-fixtures.js';

interface Args {
  /** Download buttons, e.g. `png svg csv`. */
  actions?: string;
  from?: string;
  to?: string;
  orientation?: string;
  heading?: string;
  description?: string;
  source?: string;
  'source-href'?: string;
  theme?: string;
  src?: string;
  data?: string;
  categories?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/conflict-timeline',
  component: 'conflict-timeline',
  render: (a) => html`<conflict-timeline
    from=${ifDefined(a.from)}
    to=${ifDefined(a.to)}
    orientation=${ifDefined(a.orientation)}
    heading=${ifDefined(a.heading)}
    description=${ifDefined(a.description)}
    source=${ifDefined(a.source)}
    source-href=${ifDefined(a['source-href'])}
    theme=${ifDefined(a.theme)}
    src=${ifDefined(a.src)}
    data=${ifDefined(a.data)}
    categories=${ifDefined(a.categories)}
    actions=${ifDefined(a.actions)}
  ></conflict-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

const timeline = (canvas: HTMLElement) => canvas.querySelector('conflict-timeline') as ConflictTimeline;
const shadow = (canvas: HTMLElement) => timeline(canvas).shadowRoot!;
/** Events drawn: marks plus the events each count stands for. */
const drawn = (canvas: HTMLElement) =>
  shadow(canvas).querySelectorAll('g.mark').length +
  [...shadow(canvas).querySelectorAll('g.cluster')].reduce((sum, c) => sum + Number(c.textContent!.replace(/\D/g, '')), 0);
const alert = (canvas: HTMLElement) => shadow(canvas).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

/** The article's chronology, 1989–2024: 21 events in five categories and five eras, every title whole beside its mark. */
export const ArticleDefault: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(drawn(canvasElement)).toBe(21));
    await expect(shadow(canvasElement).querySelectorAll('.era').length).toBe(5);
  },
};

/** `from` and `to` set the first window: the autumn of 2001, where the article's events crowd together. */
export const FromTo: Story = {
  args: { from: '2001-08', to: '2002-01' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('g.mark').length).toBe(4));
  },
};

const newsroomEvents = [
  {
    id: 'vote',
    start: '2024-02-08',
    title: 'General election',
    category: 'vote',
    description: 'Voters elect the national and provincial assemblies.',
    source: 'Election commission',
    href: 'https://example.org/results',
  },
  {
    id: 'count',
    start: '2024-02-09',
    end: '2024-02-11',
    title: 'Results counted',
    category: 'vote',
    description: 'Results come in over three days.',
    source: 'Our reporters',
  },
  {
    id: 'march',
    start: '2024-03',
    title: 'Marches in the capital',
    category: 'protest',
    description: 'Supporters of several parties march against the results.',
    source: 'Our reporters',
  },
  {
    id: 'court',
    start: '2024-07-12',
    title: 'Court ruling on seats',
    category: 'court',
    description: 'The supreme court rules on the allocation of reserved seats.',
    source: 'Court record',
    href: 'https://example.org/ruling',
  },
  { id: 'budget', start: '2024-06', title: 'Budget passed', category: 'vote', description: 'Parliament passes the budget.' },
];
const newsroomCategories = [
  { id: 'vote', label: 'Elections and votes', color: '1', shape: 'square' },
  { id: 'protest', label: 'Protests', color: '2', shape: 'triangle' },
  { id: 'court', label: 'Courts', color: '#6b4fa0', shape: 'diamond' },
];

/** A newsroom's own chronology through the `data` attribute, with its own categories, colours and shapes; a multi-day event shows its extent. */
export const NewsroomEvents: Story = {
  args: {
    heading: 'A year of elections and courts (example data)',
    description: 'Invented example events showing how a newsroom brings its own chronology, categories and links.',
    source: 'Example newsroom',
    data: JSON.stringify(newsroomEvents),
    categories: JSON.stringify(newsroomCategories),
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(drawn(canvasElement)).toBe(5));
    await expect(shadow(canvasElement).querySelectorAll('.legend button').length).toBe(3);
  },
};

/** Events from a CSV file (`src`): the article's chronology as `data/timeline-events.csv`, one event per row. A CSV holds events only, so there are no eras. */
export const CsvSrc: Story = {
  args: {
    src: 'data/timeline-events.csv',
    heading: 'The article’s events, loaded from CSV',
    source: 'Madni, “Pakistan’s Taliban Conundrum” (2025), via data/timeline-events.csv',
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(drawn(canvasElement)).toBe(21), { timeout: 5000 });
    await expect(timeline(canvasElement).dataSource).toBe('src');
  },
};

/** An `<ol>` inside the element is data too, and is what readers without JavaScript (RSS, e-mail) see. */
export const InlineList: Story = {
  render: () => html`<conflict-timeline heading="TTP milestones" source="Madni (2025)">
    <ol>
      <li data-category="war"><time datetime="2007-12">December 2007</time>: <strong>TTP announced</strong><p>Militant groups announce the Pakistani Taliban under Baitullah Mehsud.</p></li>
      <li data-category="military"><time datetime="2014-06-15">15 June 2014</time>: <strong>Operation Zarb-e-Azb</strong><p>Pakistan's army opens an offensive against the TTP.</p></li>
      <li data-category="attack"><time datetime="2014-12-16">16 December 2014</time>: <strong>Peshawar school attack</strong><p>More than 140 people are killed, most of them pupils.</p></li>
      <li data-kind="era"><time datetime="2007">2007</time>–<time datetime="2024">2024</time>: <strong>TTP insurgency</strong></li>
    </ol>
  </conflict-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(drawn(canvasElement)).toBe(3));
    await expect(timeline(canvasElement).dataSource).toBe('list');
  },
};

/** A 320 px column, as on a phone: a chronology, the date and whole title of every event, the eras beside them; the page scrolls. */
export const NarrowVertical: Story = {
  render: (args) => html`<div style="width: 320px">${meta.render!(args, {} as never)}</div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.chronology > li.event').length).toBe(21));
    await expect(shadow(canvasElement).querySelector('[part="svg"]')).toBe(null);
  },
};

/** On a right-to-left page (`dir="rtl" lang="ur"`): time runs from right to left, and the controls follow the page. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl" lang="ur">${meta.render!(args, {} as never)}</div>`,
};

/** `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background: #17191e; padding: 16px">${story()}</div>`],
};

const tenThousand = generateTimelineEvents(10_000);

/** 10,000 generated events from 1900 to 2024: counts per crowded period keep the page to a few hundred elements; zoom in to see events apart. */
export const TenThousandEvents: Story = {
  render: () => html`<conflict-timeline heading="10,000 generated events" source="Generated test data" .data=${tenThousand}></conflict-timeline>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(drawn(canvasElement)).toBe(10_000));
    const elements = shadow(canvasElement).querySelectorAll('g.mark, g.cluster').length;
    await expect(elements).toBeLessThan(300);
  },
};

const bad = (fields: Record<string, unknown>) =>
  JSON.stringify([
    { id: 'ok', start: '2001', title: 'A good event' },
    { id: 'broken', start: '2014-06-15', title: 'A broken event', ...fields },
  ]);

/** A date that cannot be read: the error names the row, the field and the event. */
export const ErrorBadDate: Story = {
  args: { data: bad({ start: '2014-13-45' }) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)).toContain('row 2: start has no month 13, got "2014-13-45" (event "broken")'));
  },
};

/** An end before its start. */
export const ErrorEndBeforeStart: Story = {
  args: { data: bad({ end: '2014-06-01' }) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)).toContain('end "2014-06-01" is before the start "2014-06-15" (event "broken")'));
  },
};

/** A precision that is not year, month or day. */
export const ErrorUnknownPrecision: Story = {
  args: { data: bad({ precision: 'week' }) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)).toContain('precision unknown value "week"'));
  },
};

/** An event without a title. */
export const ErrorMissingTitle: Story = {
  args: { data: bad({ title: '' }) },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)).toContain('title is missing (event "broken")'));
  },
};

/** A category colour that is not a colour: the timeline keeps the default categories and says why. */
export const ErrorUnknownCategoryColour: Story = {
  args: { categories: '[{"id":"war","label":"War","color":"blurple"}]' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)).toContain('color is not a colour the elements accept, got "blurple"'));
    await expect(drawn(canvasElement)).toBe(21);
  },
};

/** A newsroom's spreadsheet with its own categories: each gets the next palette colour, a shape and a legend entry, no `categories` attribute needed. */
export const NewsroomCategories: Story = {
  args: { src: 'data/fixtures/newsroom-timeline.csv', heading: 'Our district, 2021–2023' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(drawn(canvasElement)).toBe(5), { timeout: 5000 });
    await expect(shadow(canvasElement).querySelectorAll('.legend button').length).toBe(4);
    await expect(alert(canvasElement)).toBe('');
  },
};

/** `from` after `to`: the last good window stays. */
export const ErrorFromAfterTo: Story = {
  args: { from: '2020', to: '2010' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(alert(canvasElement)).toContain('from: "2020" is after to "2010"'));
    await expect(drawn(canvasElement)).toBe(21);
  },
};
