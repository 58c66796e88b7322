// The one list of elements, and what the element contract (DESIGN.md) expects of each: inputs of every
// kind, a bad datum and a bad attribute with the messages they give, the article's drawing, and how the
// keyboard walks it. tests/contract/*.test.ts run the contract over this list; tests/stress/ use it too.
// Only public behaviour is named here: tags, attributes, properties, data and messages.
import { html, type TemplateResult } from 'lit';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
import { featureInMetres, squareCountries } from '../geojson-fixtures.js';

export const ELEMENT_TAGS = ['ttp-attack-chart', 'border-map', 'conflict-timeline'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** A rejected input: how to give it, where the message says it came from, and the message. */
export interface BadInput {
  /** The attribute set to `value` (`data` for the data attribute). */
  readonly attribute: string;
  readonly value: string;
  /** `issue.source` of the first issue: the attribute, or `data attribute`. */
  readonly source: string;
  /** The first message: names the source, the row where there is one, the field and the problem. */
  readonly message: string | RegExp;
}

export interface ElementContract {
  readonly tag: ElementTag;
  /** What the element draws with no data: the article's dataset. */
  readonly article: { readonly marks: number; readonly tableRows: number; readonly heading: string };
  /** One valid input of each kind; each draws `marks` marks (cv-render's count). */
  readonly inputs: {
    readonly property: { readonly value: unknown; readonly marks: number };
    readonly attribute: { readonly json: string; readonly marks: number };
    /** A JSON file, and a file of the other format the element reads (CSV, or TopoJSON for the map). */
    readonly src: { readonly url: string; readonly other: string; readonly marks: number };
    /** Children the element reads as data (and readers without JavaScript see), and the dataSource they give. */
    readonly inline: { readonly children: TemplateResult; readonly source: string; readonly marks: number };
  };
  /** Bad data and a bad value of one of the element's own attributes. */
  readonly bad: readonly BadInput[];
  /**
   * What the element reserves while `src` loads: the plot's box, or (where controls arrive with the data and take
   * their rows from the reserved box, as the timeline's legend does) the element's box as a whole.
   */
  readonly reserves: 'plot' | 'element';
  /** The article's marks in keyboard order (Home, then ArrowRight): how many, the first and last tooltips, and the last datum. */
  readonly keyboard: { readonly marks: number; readonly first: RegExp; readonly last: RegExp; readonly lastDatum: Record<string, unknown> };
}

/** Bad values of the attributes every element shares. */
export const SHARED_BAD: readonly BadInput[] = [
  { attribute: 'data', value: 'not json', source: 'data attribute', message: /^data attribute: is not valid JSON/ },
  { attribute: 'theme', value: 'blue', source: 'theme', message: 'theme: unknown value "blue" (expected "light", "dark" or "auto")' },
  {
    attribute: 'heading-level',
    value: '7',
    source: 'heading-level',
    message: 'heading-level: unknown value "7" (expected "1", "2", "3", "4", "5" or "6")',
  },
  {
    attribute: 'source-href',
    value: 'javascript:alert(1)',
    source: 'source-href',
    message: 'source-href: must be an http(s) link, got "javascript:alert(1)"',
  },
];

export const CONTRACTS: readonly ElementContract[] = [
  {
    tag: 'ttp-attack-chart',
    article: { marks: 15, tableRows: 15, heading: 'TTP-related violence in Pakistan' },
    inputs: {
      property: {
        value: [
          { year: 2022, events: 19 },
          { year: 2023, events: 25 },
        ],
        marks: 2,
      },
      attribute: { json: '[{"year":2000,"events":1}]', marks: 1 },
      src: { url: '/tests/csp/rows.json', other: '/data/ttp-yearly.csv', marks: 3 },
      inline: {
        children: html`<table>
          <tr>
            <th>Year</th>
            <th>Events</th>
          </tr>
          <tr>
            <td>2018</td>
            <td>40</td>
          </tr>
          <tr>
            <td>2019</td>
            <td>56</td>
          </tr>
          <tr>
            <td>2020</td>
            <td>71</td>
          </tr>
          <tr>
            <td>2021</td>
            <td>119</td>
          </tr>
        </table>`,
        source: 'table',
        marks: 4,
      },
    },
    bad: [
      {
        attribute: 'data',
        value: '[{"year":2020,"events":71},{"year":"20x1","events":119}]',
        source: 'data attribute',
        message: 'data attribute row 2: year must be a whole number, got "20x1"',
      },
      { attribute: 'metric', value: 'death', source: 'metric', message: 'metric: unknown value "death" (expected "events", "deaths" or "battle-deaths")' },
    ],
    reserves: 'plot',
    keyboard: { marks: 15, first: /^2007\b/, last: /^2021\b/, lastDatum: { year: 2021, value: 119 } },
  },
  {
    tag: 'border-map',
    article: { marks: 6, tableRows: 6, heading: 'Afghanistan, Pakistan and the Durand Line' },
    inputs: {
      property: { value: squareCountries('AAA', 'BBB'), marks: 0 },
      attribute: { json: JSON.stringify(squareCountries('CCC')), marks: 0 },
      // No highlight on a user's geometry unless asked: nothing to navigate but the map.
      src: { url: '/data/india-pakistan.topo.json', other: '/data/border-region.topo.json', marks: 0 },
      inline: {
        // Literal JSON: Lit does not bind inside <script>.
        children: html`<script type="application/json">
          {
            "type": "FeatureCollection",
            "features": [
              { "type": "Feature", "id": "DDD", "properties": {}, "geometry": { "type": "Polygon", "coordinates": [[[64, 30], [64, 32], [66, 32], [64, 30]]] } },
              { "type": "Feature", "id": "EEE", "properties": {}, "geometry": { "type": "Polygon", "coordinates": [[[64, 30], [66, 32], [66, 30], [64, 30]]] } }
            ]
          }
        </script>`,
        source: 'inline JSON',
        marks: 0,
      },
    },
    bad: [
      {
        attribute: 'data',
        value: JSON.stringify(featureInMetres),
        source: 'data attribute',
        message: /^data attribute: has coordinates that are not longitude\/latitude in degrees/,
      },
      {
        attribute: 'markers',
        value: '[{"lon": 65.7, "lat": 31.6, "label": "Kandahar"}, {"lon": 65.7, "lat": 95, "label": "Nowhere"}]',
        source: 'markers',
        message: 'markers row 2: lat must be at most 90, got 95',
      },
    ],
    reserves: 'plot',
    keyboard: { marks: 6, first: /^Paktika province\b/, last: /^Islamabad\b/, lastDatum: { kind: 'place', label: 'Islamabad' } },
  },
  {
    tag: 'conflict-timeline',
    article: { marks: 21, tableRows: 21, heading: 'Pakistan, Afghanistan and the Taliban, 1989–2024' },
    inputs: {
      property: {
        value: [
          { start: '2020-01-05', title: 'First' },
          { start: '2020-03', title: 'Second' },
        ],
        marks: 2,
      },
      attribute: { json: '[{"start":"2001-09-11","title":"One"}]', marks: 1 },
      src: { url: '/tests/csp/timeline.json', other: '/data/timeline-events.csv', marks: 3 },
      inline: {
        children: html`<ol>
          <li><time datetime="2014-12-16">16 December 2014</time> <strong>School attack</strong></li>
          <li><time datetime="2015-01">January 2015</time> <strong>National Action Plan</strong></li>
          <li><time datetime="2021-08-15">15 August 2021</time> <strong>Kabul falls</strong></li>
          <li><time datetime="2022">2022</time> <strong>Ceasefire ends</strong></li>
        </ol>`,
        source: 'list',
        marks: 4,
      },
    },
    bad: [
      {
        attribute: 'data',
        value: '[{"id":"ok","start":"2001","title":"Fine"},{"id":"bad","start":"2014-13-45","title":"Broken"}]',
        source: 'data attribute',
        message: 'data attribute row 2: start has no month 13, got "2014-13-45" (event "bad")',
      },
      {
        attribute: 'orientation',
        value: 'diagonal',
        source: 'orientation',
        message: 'orientation: unknown value "diagonal" (expected "auto", "horizontal" or "vertical")',
      },
    ],
    reserves: 'element',
    keyboard: { marks: 21, first: /^Last Soviet troops leave\b/, last: /^Paktika air strikes\b/, lastDatum: { id: 'paktika-strikes' } },
  },
];
