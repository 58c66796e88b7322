import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '@conflict-viz/ttp-attack-chart';
import type { TtpAttackChart } from '@conflict-viz/ttp-attack-chart';

interface Args {
  /** Download buttons, e.g. `png svg csv`. */
  actions?: string;
  type?: string;
  metric?: string;
  from?: number;
  to?: number;
  'stack-by-type'?: boolean;
  heading?: string;
  description?: string;
  source?: string;
  'source-href'?: string;
  theme?: string;
  src?: string;
  data?: string;
  'year-field'?: string;
  'value-field'?: string;
  'value-label'?: string;
  annotations?: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/ttp-attack-chart',
  component: 'ttp-attack-chart',
  render: (a) => html`<ttp-attack-chart
    type=${ifDefined(a.type)}
    metric=${ifDefined(a.metric)}
    from=${ifDefined(a.from)}
    to=${ifDefined(a.to)}
    ?stack-by-type=${a['stack-by-type']}
    heading=${ifDefined(a.heading)}
    description=${ifDefined(a.description)}
    source=${ifDefined(a.source)}
    source-href=${ifDefined(a['source-href'])}
    theme=${ifDefined(a.theme)}
    src=${ifDefined(a.src)}
    data=${ifDefined(a.data)}
    year-field=${ifDefined(a['year-field'])}
    value-field=${ifDefined(a['value-field'])}
    value-label=${ifDefined(a['value-label'])}
    annotations=${ifDefined(a.annotations)}
    lang=${ifDefined(a.lang)}
    actions=${ifDefined(a.actions)}
  ></ttp-attack-chart>`,
};
export default meta;
type Story = StoryObj<Args>;

const chart = (canvas: HTMLElement) => canvas.querySelector('ttp-attack-chart') as TtpAttackChart;
const shadow = (canvas: HTMLElement) => chart(canvas).shadowRoot!;

/**
 * Your spreadsheet, as Excel exports it (`data/fixtures/excel-en-crlf.csv`, made-up figures): `year,attacks`
 * with quoted thousands ("1,012"), Windows line ends and a byte-order mark. The one numeric column is
 * the value, the "Total" row is left out with a note, and the missing 2020 is a gap, not a zero.
 */
export const YourSpreadsheet: Story = {
  args: { src: 'data/fixtures/excel-en-crlf.csv', heading: 'Attacks in our district', source: "Our newsroom's count" },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('rect.bar').length).toBe(5), { timeout: 5000 });
    await expect(shadow(canvasElement).querySelector('[part="warning"]')?.textContent).toContain('"Total", not a year');
  },
};

/**
 * Excel on a German system (`data/fixtures/excel-de-semicolon.csv`, made-up figures): semicolons, `1.012`
 * and `3,5`, a "Gesamt" row. `lang="de"` writes the numbers back the German way; `year-field` and
 * `value-field` name the German columns.
 */
export const GermanExcelExport: Story = {
  args: {
    src: 'data/fixtures/excel-de-semicolon.csv',
    lang: 'de',
    'year-field': 'Jahr',
    'value-field': 'Anschläge',
    heading: 'Anschläge in unserem Bezirk',
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('rect.bar').length).toBe(5), { timeout: 5000 });
  },
};

/** The article's chart: UCDP events involving the TTP per year, 2007–2021, with four moments marked. */
export const ArticleDefault: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('rect.bar').length).toBe(15), { timeout: 5000 });
    await expect(shadow(canvasElement).querySelectorAll('.annotation').length).toBe(4);
  },
};

/** The same series as a line. */
/**
 * Downloads: `actions="png svg csv"` puts a button per format under the chart, each named for what it saves
 * ("Download PNG of …"). The PNG is the drawing at twice its size, the SVG a standalone file for print, the CSV
 * the years drawn; from script, `toBlob(format)` and `download(format)`.
 */
export const Downloads: Story = {
  args: { actions: 'png svg csv' },
  play: async ({ canvasElement }) => {
    const buttons = () => [...shadow(canvasElement).querySelectorAll('[part="download-button"]')];
    await waitFor(() => expect(buttons().map((b) => b.textContent!.trim())).toEqual(['PNG', 'SVG', 'CSV']));
    await expect(buttons()[0].getAttribute('aria-label')).toMatch(/^Download PNG of /);
    // Blob.text() reads the byte order mark and drops it.
    const csv = await (await chart(canvasElement).toBlob('csv')).text();
    await expect(csv.split('\n')[0]).toBe('Year,Events,State-based,Non-state,One-sided (against civilians)');
  },
};

/**
 * Sound: `actions="sound"` adds a button that plays the years' values as pitch, one short tone each, higher for
 * more events; while it is on (pressed), each year the arrow keys reach plays its value. Nothing plays before
 * the button is pressed.
 */
export const Sound: Story = {
  args: { actions: 'csv sound' },
  play: async ({ canvasElement }) => {
    const button = () => shadow(canvasElement).querySelector('[part="sound-button"]');
    await waitFor(() => expect(button()?.getAttribute('aria-pressed')).toBe('false'));
  },
};

export const Line: Story = { args: { type: 'line' } };

/** Deaths, best estimate, with UCDP's low–high range as whiskers. */
export const DeathsWithRange: Story = { args: { metric: 'deaths' } };

/** Deaths as a line with the range as a band. */
export const DeathsLineWithBand: Story = { args: { metric: 'deaths', type: 'line' } };

/**
 * UCDP battle-related deaths of the Government of Pakistan – TTP dyad (BRD 24.1), 2007–2023: deaths in fighting
 * between the government and the TTP, including in Afghanistan. A different measure from events, and two years longer.
 */
export const BattleDeaths: Story = {
  args: { metric: 'battle-deaths' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('rect.bar').length).toBe(17));
    await expect(shadow(canvasElement).querySelector('[role="heading"]')?.textContent).toContain('Battle-related deaths');
    await expect(shadow(canvasElement).querySelectorAll('.annotation').length).toBe(4);
  },
};

/** Battle-related deaths as a line, with the low–high range as a band. */
export const BattleDeathsLine: Story = { args: { metric: 'battle-deaths', type: 'line' } };

/**
 * The two UCDP series side by side, each with its own heading: events (GED 22.1, 2007–2021) and battle-related
 * deaths (BRD 24.1, 2007–2023). They measure different things; neither is the other extended.
 */
export const EventsAndBattleDeaths: Story = {
  render: () => html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 360px), 1fr)); gap: 24px; align-items: start">
    <ttp-attack-chart></ttp-attack-chart>
    <ttp-attack-chart metric="battle-deaths"></ttp-attack-chart>
  </div>`,
  play: async ({ canvasElement }) => {
    const [events, battleDeaths] = [...canvasElement.querySelectorAll('ttp-attack-chart')].map((el) => el.shadowRoot!);
    await waitFor(() => expect(events.querySelectorAll('rect.bar').length).toBe(15));
    await waitFor(() => expect(battleDeaths.querySelectorAll('rect.bar').length).toBe(17));
    await expect(events.querySelector('[role="heading"]')?.textContent).toContain('events per year, 2007–2021');
    await expect(battleDeaths.querySelector('[role="heading"]')?.textContent).toContain('Battle-related deaths, Government of Pakistan – TTP, 2007–2023');
  },
};

/** Events split by UCDP's type of violence, with a legend. */
export const StackedByType: Story = {
  args: { 'stack-by-type': true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('.legend li').length).toBe(3));
  },
};

/** `from` and `to` narrow the years shown. */
export const FromTo: Story = { args: { from: 2012, to: 2021 } };

/**
 * A series loaded from a CSV file with `src`, with the author's own heading, description and source: here the
 * battle-related deaths file, which `metric="battle-deaths"` also draws by default.
 */
export const CsvSrc: Story = {
  args: {
    src: 'data/ttp-brd-deaths.csv',
    metric: 'battle-deaths',
    heading: 'Battle-related deaths, Government of Pakistan – TTP, 2007–2023',
    description: 'UCDP battle-related deaths for the dyad, including fighting located in Afghanistan; a different measure from the GED event counts.',
    source: 'UCDP Battle-Related Deaths Dataset 24.1 (CC BY 4.0)',
    'source-href': 'https://ucdp.uu.se/downloads/',
    annotations: '[{"date":"2021-08-15","label":"Taliban take Kabul"}]',
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('rect.bar').length).toBe(17), { timeout: 5000 });
  },
};

/** Custom data through the `data` attribute, with `value-field` and `value-label` mapping its fields. */
export const CustomData: Story = {
  args: {
    data: JSON.stringify([
      { year: 2019, deaths: 148 },
      { year: 2020, deaths: 186 },
      { year: 2021, deaths: 259 },
      { year: 2022, deaths: 494 },
      { year: 2023, deaths: 752 },
    ]),
    'value-field': 'deaths',
    'value-label': 'deaths',
    heading: 'Government of Pakistan – TTP: battle-related deaths, 2019–2023',
    source: 'UCDP Battle-Related Deaths Dataset 24.1',
    annotations: '[]',
  },
};

/** Data in an inline `<table>`: what readers see without JavaScript, and what the chart reads. */
export const InlineTable: Story = {
  render: () => html`<ttp-attack-chart heading="TTP-related events, 2017–2021" source="UCDP GED 22.1" annotations="[]">
    <table>
      <thead>
        <tr><th>year</th><th>events</th></tr>
      </thead>
      <tbody>
        <tr><td>2017</td><td>94</td></tr>
        <tr><td>2018</td><td>49</td></tr>
        <tr><td>2019</td><td>56</td></tr>
        <tr><td>2020</td><td>71</td></tr>
        <tr><td>2021</td><td>119</td></tr>
      </tbody>
    </table>
  </ttp-attack-chart>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('rect.bar').length).toBe(5));
  },
};

/** A 300 px column: fewer ticks, thinned year labels, annotation labels in lanes. */
export const Narrow: Story = {
  render: (args) => html`<div style="width: 300px">${meta.render!(args, {} as never)}</div>`,
};

/** `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background: #17191e; padding: 16px">${story()}</div>`],
};

/** A newsroom's brand through CSS custom properties and parts (see Guides/Theming). */
export const Branded: Story = {
  decorators: [
    (story) => html`<style>
        .branded ttp-attack-chart {
          --cv-font-family: Georgia, 'Times New Roman', serif;
          --ttp-attack-chart-bar-color: #0f4c81;
          --cv-color-focus: #b35c00;
        }
        .branded ttp-attack-chart::part(heading) {
          font-size: 1.5rem;
        }
      </style>
      <div class="branded">${story()}</div>`,
  ],
};

/**
 * Small multiples that share one value scale: the article's UCDP events split by type of violence, one chart
 * each, all with `max="680"` (the largest of the three series: 680 events of fighting with the state in 2010),
 * so a bar of the same height is the same number in every chart. Without a shared `max`, each axis would
 * stretch to its own series, and the 24 events between armed groups would look as tall as the 680.
 */
export const SmallMultiples: Story = {
  render: () => html`<div class="multiples">
    <style>
      .multiples {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(260px, 1fr));
        gap: 16px;
      }
      /* one height for all three, so their plots line up too */
      .multiples ttp-attack-chart {
        --ttp-attack-chart-height: 380px;
      }
    </style>
    <ttp-attack-chart value-field="events_state_based" value-label="events" max="680" heading="Fighting with the state" description="" annotations="[]"></ttp-attack-chart>
    <ttp-attack-chart value-field="events_non_state" value-label="events" max="680" heading="Between armed groups" description="" annotations="[]"></ttp-attack-chart>
    <ttp-attack-chart value-field="events_one_sided" value-label="events" max="680" heading="Attacks on civilians" description="" annotations="[]"></ttp-attack-chart>
  </div>`,
  play: async ({ canvasElement }) => {
    const charts = [...canvasElement.querySelectorAll('ttp-attack-chart')];
    await waitFor(() => expect(charts.every((c) => c.shadowRoot!.querySelectorAll('rect.bar').length === 15)).toBe(true));
    // One scale: the same ticks on every chart.
    const ticks = charts.map((c) => [...c.shadowRoot!.querySelectorAll('.axis.y text')].map((t) => t.textContent).join(' '));
    await expect(new Set(ticks).size).toBe(1);
  },
};

/** On a right-to-left page (`dir="rtl" lang="ur"`): the time axis runs right to left, numbers in the page's locale. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl" lang="ur">${meta.render!(args, {} as never)}</div>`,
};

/** A year that is not a whole number: a specific, visible error, and a cv-error event. */
export const ErrorBadYear: Story = {
  args: { data: '[{"year": 2020, "events": 71}, {"year": "20x1", "events": 119}]', annotations: '[]' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[role="alert"]')?.textContent).toContain('row 2: year must be a whole number, got "20x1"'));
  },
};

/** `data` that is not JSON. */
export const ErrorNotJson: Story = { args: { data: 'not json' } };

/** An unknown metric keeps the last good chart under the notice. */
export const ErrorUnknownMetric: Story = {
  args: { metric: 'death' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[role="alert"]')?.textContent).toContain('metric: unknown value "death"'));
    await expect(shadow(canvasElement).querySelectorAll('rect.bar').length).toBe(15);
  },
};

/** `from` after `to`. */
export const ErrorFromAfterTo: Story = { args: { from: 2020, to: 2010 } };

/** A `src` that does not exist. */
export const ErrorSrc404: Story = {
  args: { src: 'data/no-such-file.csv' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[role="alert"]')?.textContent).toContain('404'), { timeout: 5000 });
  },
};
