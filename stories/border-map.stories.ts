import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '@conflict-viz/border-map';
import type { BorderMap } from '@conflict-viz/border-map';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };

interface Args {
  /** Download buttons, e.g. `png svg csv`. */
  actions?: string;
  layers?: string;
  highlight?: string;
  projection?: string;
  disputed?: string;
  markers?: string;
  from?: number;
  to?: number;
  heading?: string;
  description?: string;
  source?: string;
  'source-href'?: string;
  theme?: string;
  src?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/border-map',
  component: 'border-map',
  render: (a) => html`<border-map
    layers=${ifDefined(a.layers)}
    highlight=${ifDefined(a.highlight)}
    projection=${ifDefined(a.projection)}
    disputed=${ifDefined(a.disputed)}
    markers=${ifDefined(a.markers)}
    from=${ifDefined(a.from)}
    to=${ifDefined(a.to)}
    heading=${ifDefined(a.heading)}
    description=${ifDefined(a.description)}
    source=${ifDefined(a.source)}
    source-href=${ifDefined(a['source-href'])}
    theme=${ifDefined(a.theme)}
    src=${ifDefined(a.src)}
    actions=${ifDefined(a.actions)}
  ></border-map>`,
};
export default meta;
type Story = StoryObj<Args>;

const shadow = (canvas: HTMLElement) => (canvas.querySelector('border-map') as BorderMap).shadowRoot!;
const notice = (canvas: HTMLElement) => shadow(canvas).querySelector('[role="alert"]')?.textContent ?? '';

/**
 * Any border from a world map as people download it: world-atlas `countries-110m.json` (Natural
 * Earth, public domain), `highlight` by ISO 3166-1 alpha-3 codes. On a page:
 * `<border-map src="countries-110m.json" highlight="IND PAK">`; here the file is given as `data`.
 * Both countries are drawn whole, the map fitted to them, their shared border emphasised; nothing of
 * the article appears.
 */
export const AnyBorderFromWorldAtlas: Story = {
  render: () => html`<border-map
    .data=${countries110m}
    highlight="IND PAK"
    heading="India and Pakistan"
    source="Natural Earth via world-atlas (public domain)"
    source-href="https://www.naturalearthdata.com/"
  ></border-map>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('path[part="border"]')).not.toBeNull(), { timeout: 5000 });
    await expect(shadow(canvasElement).querySelectorAll('path.country.focus').length).toBe(2);
    await expect(notice(canvasElement)).toBe('');
  },
};

/** The article's map: Afghanistan, Pakistan and their neighbours, the Durand Line, the five places, the locator globe. */
export const ArticleDefault: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('path[part="border"]')).not.toBeNull());
    await expect(shadow(canvasElement).querySelectorAll('svg.map-svg circle.place').length).toBe(5);
    await expect(shadow(canvasElement).querySelector('.notes')?.textContent).toContain('2,640 km according to the article');
  },
};

/** The places layer alone: no locator. */
export const PlacesLayer: Story = { args: { layers: 'places' } };

/** The events layer: UCDP events involving the TTP per district, 2007–2021, circles sized by count. */
export const EventsLayer: Story = {
  args: { layers: 'events inset' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('circle.district').length).toBe(79));
  },
};

/** Events from 2018 to 2021 only, with the places. */
export const EventsFromTo: Story = { args: { layers: 'places events', from: 2018, to: 2021 } };

/** The locator globe alone: where the region lies in Asia. */
export const InsetLayer: Story = { args: { layers: 'inset' } };

/**
 * A newsroom's own markers: one with a note and a link, and one far outside the map, drawn as an
 * arrow at the edge and named in the notes.
 */
export const CustomMarkers: Story = {
  args: {
    layers: 'inset',
    heading: 'Border crossings',
    source: 'Our newsroom',
    markers: JSON.stringify([
      { lon: 71.09, lat: 34.1, label: 'Torkham', note: 'The main crossing on the Kabul–Peshawar road', href: 'https://en.wikipedia.org/wiki/Torkham' },
      { lon: 66.45, lat: 30.9, label: 'Chaman', note: 'The crossing on the Kandahar–Quetta road' },
      { lon: 2.35, lat: 48.86, label: 'Paris', note: 'Far outside this map' },
    ]),
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelectorAll('svg.map-svg path.marker').length).toBe(2));
    await expect(shadow(canvasElement).querySelector('.notes')?.textContent).toContain('Outside this map');
  },
};

/**
 * Another border from your own TopoJSON (`src`): India and Pakistan, from the fixture
 * `data/india-pakistan.topo.json` (Natural Earth via world-atlas, 50m). The Line of Control is
 * drawn in the highlight colour, dashed.
 */
export const AnotherBorderFromSrc: Story = {
  args: {
    src: 'data/india-pakistan.topo.json',
    highlight: 'IND PAK',
    heading: 'India and Pakistan',
    description: "Pakistan's eastern border, and the lines of control in Kashmir.",
    source: 'Natural Earth via world-atlas (public domain)',
    'source-href': 'https://www.naturalearthdata.com/',
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadow(canvasElement).querySelector('[part="legend"]')?.textContent).toContain('India–Pakistan border'), { timeout: 5000 });
  },
};

/** Disputed boundaries dashed (the default). */
export const DisputedDashed: Story = { args: { disputed: 'dashed' } };

/** Disputed boundaries solid. */
export const DisputedSolid: Story = { args: { disputed: 'solid' } };

/** Disputed boundaries not drawn. */
export const DisputedHidden: Story = { args: { disputed: 'hidden' } };

/** The orthographic projection. */
export const Orthographic: Story = { args: { projection: 'orthographic' } };

/** A 280 px column: labels move out on leader lines, neighbours' names give way. */
export const Narrow: Story = {
  args: { layers: 'places events inset' },
  render: (args) => html`<div style="width: 280px">${meta.render!(args, {} as never)}</div>`,
};

/** `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark', layers: 'places events inset' },
  parameters: { backgrounds: { default: 'dark' } },
  decorators: [(story) => html`<div style="background: #17191e; padding: 16px">${story()}</div>`],
};

/** On a right-to-left page (`dir="rtl" lang="ur"`): the map keeps its geography, text and numbers follow the page. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl" lang="ur">${meta.render!(args, {} as never)}</div>`,
};

/** A `src` that is not geometry (a CSV table): a specific error. */
export const ErrorSrcNotGeometry: Story = {
  args: { src: 'data/ttp-yearly.csv' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(notice(canvasElement)).toContain('is not TopoJSON or GeoJSON'), { timeout: 5000 });
  },
};

/** A `highlight` code the geometry does not have. */
export const ErrorHighlight: Story = {
  args: { highlight: 'AFG XYZ' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(notice(canvasElement)).toContain('"XYZ" is not in the geometry'));
  },
};

/** A marker with a latitude beyond 90° and one whose longitude is not a number. */
export const ErrorMarkers: Story = {
  args: { markers: '[{"lon": 70, "lat": 95, "label": "Too far north"}, {"lon": "east", "lat": 30, "label": "No number"}]' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(notice(canvasElement)).toContain('markers row 1: lat must be at most 90, got 95'));
    await expect(notice(canvasElement)).toContain('markers row 2: lon must be a number, got "east"');
  },
};

/** An unknown projection: the map stays drawn under the notice. */
export const ErrorProjection: Story = {
  args: { projection: 'robinson' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(notice(canvasElement)).toContain('projection: unknown value "robinson"'));
    await expect(shadow(canvasElement).querySelector('path[part="border"]')).not.toBeNull();
  },
};
