// The pages the server-rendering tests render with @lit-labs/ssr (render.test.mjs, in Node) and hydrate in
// Chromium (hydrate.test.ts): every element with no data (the article's), with the `data` attribute, and with
// the `data` property. The browser hydrates the same templates, so a property page gets the same `data`.
// This module imports no element: the hydrating page must load Lit's hydrate support before any.
import { html, type TemplateResult } from 'lit';
import { squareCountries } from '../geojson-fixtures.js';

export const chartRows = [
  { year: 2019, events: 40 },
  { year: 2020, events: 71 },
  { year: 2021, events: 119 },
];

export const mapGeometry = squareCountries('AAA', 'BBB');

export const mapMarkers = [
  { lon: 60.5, lat: 30.5, label: 'West City' },
  { lon: 61.5, lat: 30.4, label: 'East Port' },
];

export const timelineEvents = [
  { start: '2014-12-16', title: 'School attack', category: 'attack' },
  { start: '2015-01', title: 'National Action Plan', category: 'policy' },
  { start: '2021-08-15', title: 'Kabul falls', category: 'policy' },
];

/** One category with a CSS colour (which the browser checks), one with a palette slot. */
export const timelineCategories = [
  { id: 'attack', label: 'Attack', color: '#b4342d', shape: 'triangle' },
  { id: 'policy', label: 'Policy', color: 2, shape: 'square' },
];

export type PageName = 'article' | 'attribute' | 'property';

/** Markup in text the page gives: drawn as text, never as markup. */
export const MARKUP_HEADING = 'Attacks <b>per</b> year';

/**
 * What each element of a page should draw: marks (parts `mark`, the line too on a line chart, and the map's
 * `border`, the Durand Line or the highlighted border) and, for the map, at least this many country shapes.
 */
export const EXPECTED: Record<PageName, Record<string, { marks: number; countries?: number }>> = {
  article: { 'ttp-attack-chart': { marks: 15 }, 'border-map': { marks: 6, countries: 2 }, 'conflict-timeline': { marks: 21 } },
  attribute: { 'ttp-attack-chart': { marks: 3 }, 'border-map': { marks: 0, countries: 2 }, 'conflict-timeline': { marks: 3 } },
  property: { 'ttp-attack-chart': { marks: 4 }, 'border-map': { marks: 3, countries: 2 }, 'conflict-timeline': { marks: 3 } },
};

export const PAGES: Record<PageName, () => TemplateResult> = {
  article: () => html`<ttp-attack-chart></ttp-attack-chart><border-map></border-map><conflict-timeline></conflict-timeline>`,
  attribute: () =>
    html`<ttp-attack-chart heading=${MARKUP_HEADING} data=${JSON.stringify(chartRows)}></ttp-attack-chart><border-map data=${JSON.stringify(mapGeometry)}></border-map
      ><conflict-timeline data=${JSON.stringify(timelineEvents)}></conflict-timeline>`,
  // As an app sets them: data and the other rich options as properties.
  property: () =>
    html`<ttp-attack-chart type="line" .data=${chartRows}></ttp-attack-chart><border-map
        highlight="AAA BBB"
        .data=${mapGeometry}
        .markers=${mapMarkers}
      ></border-map
      ><conflict-timeline .data=${timelineEvents} .categories=${timelineCategories}></conflict-timeline>`,
};
