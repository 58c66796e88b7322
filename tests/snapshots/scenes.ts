// The scenes whose snapshots are kept: each element's pure model with the article's data and a few
// fixtures, laid out as the element lays them out (locale "en", left to right, estimated text widths, so
// the result depends on no font, time zone or page language; the models format dates in UTC), with the
// descriptions and tooltips the element builds from the scene. Only this file knows how to call the models.
import { createLayoutContext, formatIssue, type Parsed } from '@conflict-viz/core/pure';
import { ttpYearly } from '@conflict-viz/data/ttp-yearly';
import { ttpAnnotations } from '@conflict-viz/data/ttp-annotations';
import { borderRegion } from '@conflict-viz/data/border-region';
import { locatorLand } from '@conflict-viz/data/locator-land';
import { mapPlaces } from '@conflict-viz/data/map-places';
import { ttpDistricts } from '@conflict-viz/data/ttp-districts';
import { timelineEvents } from '@conflict-viz/data/timeline-events';
import { timelineEras } from '@conflict-viz/data/timeline-eras';
import {
  METRIC_FIELDS,
  describeAttackChart,
  describeAttackChartLabel,
  describeYear,
  filterYears,
  layoutAttackChart,
  parseAnnotations,
  parseAttackChartData,
  type AttackChartOptions,
  type FieldMapping,
} from '@conflict-viz/ttp-attack-chart/model';
import {
  NO_ZOOM,
  describeBorderMap,
  describeBorderMapLabel,
  layoutBorderMap,
  parseMapGeometry,
  parseMarkers,
  placeMapLabels,
  resolveHighlight,
  topologyFeature,
  type BorderMapOptions,
  type BorderMapScene,
} from '@conflict-viz/border-map/model';
import {
  DEFAULT_CATEGORIES,
  describeEvent,
  describeTimeline,
  describeTimelineLabel,
  layoutTimeline,
  parseTimelineData,
  type TimelineOptions,
} from '@conflict-viz/conflict-timeline/model';
import { generateTimelineEvents } from '../timeline-fixtures.js';
import { readText } from '../helpers.js';
import type { NormalizeOptions } from './snapshot.js';
import { squareCountry } from '../geojson-fixtures.js';

export const SNAPSHOT_WIDTHS = [320, 1024] as const;

export interface SceneCase {
  readonly element: 'ttp-attack-chart' | 'border-map' | 'conflict-timeline';
  /** File name of the snapshot (with the width): `<element>/<name>-<width>.json`. */
  readonly name: string;
  /** What the fixture is, for the test title. */
  readonly about: string;
  readonly normalize?: NormalizeOptions;
  /** The model's output at `width`: the scene and everything the element derives from it in the model. */
  build(width: number): Promise<Record<string, unknown>>;
}

const context = (width: number) => createLayoutContext({ width });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The value of a parse, or a test failure naming its issues (a fixture must be valid). */
function valid<T>(parsed: Parsed<T>): T {
  if (parsed.value === undefined || parsed.issues.length) throw new Error(`invalid fixture: ${parsed.issues.map(formatIssue).join('; ')}`);
  return parsed.value;
}

async function fetchJson(url: string): Promise<unknown> {
  const body = await readText(url);
  if (body === undefined) throw new Error(`fixture ${url} could not be read`);
  return JSON.parse(body);
}

// ---- <ttp-attack-chart> ------------------------------------------------------------------------------

const articleAnnotations = () => valid(parseAnnotations(ttpAnnotations));

function chartScene(input: () => unknown | Promise<unknown>, fields: FieldMapping, options: () => AttackChartOptions) {
  return async (width: number) => {
    const chartOptions = options();
    const data = valid(parseAttackChartData(await input(), 'default', fields));
    const rows = valid(filterYears(data, chartOptions.from, chartOptions.to));
    const scene = layoutAttackChart(rows, data, chartOptions, context(width));
    return {
      label: describeAttackChartLabel(scene),
      summary: describeAttackChart(scene),
      tooltips: range(scene.marks).map((i) => describeYear(scene, i)),
      scene,
    };
  };
}

const CHART: SceneCase[] = [
  {
    element: 'ttp-attack-chart',
    name: 'default',
    about: "the article's events per year as bars, with its four annotations",
    build: chartScene(
      () => ttpYearly,
      METRIC_FIELDS.events,
      () => ({ type: 'bar', stacked: false, unit: 'events', annotations: articleAnnotations() }),
    ),
  },
  {
    element: 'ttp-attack-chart',
    name: 'deaths-line',
    about: 'deaths as a line with the low–high band (metric="deaths" type="line")',
    build: chartScene(
      () => ttpYearly,
      METRIC_FIELDS.deaths,
      () => ({ type: 'line', stacked: false, unit: 'deaths', annotations: articleAnnotations() }),
    ),
  },
  {
    element: 'ttp-attack-chart',
    name: 'stacked-2010-2021',
    about: 'events stacked by type of violence, 2010–2021 (stack-by-type from="2010")',
    build: chartScene(
      () => ttpYearly,
      METRIC_FIELDS.events,
      () => ({ type: 'bar', stacked: true, from: 2010, unit: 'events', annotations: articleAnnotations() }),
    ),
  },
  {
    element: 'ttp-attack-chart',
    name: 'user-rows',
    about: "a newsroom's three rows (tests/csp/rows.json), no annotations",
    build: chartScene(
      () => fetchJson('/tests/csp/rows.json'),
      METRIC_FIELDS.events,
      () => ({ type: 'bar', stacked: false, unit: 'events', annotations: [] }),
    ),
  },
];

// ---- <border-map> ---------------------------------------------------------------------------------------

/** The element keeps labels off its zoom buttons (48 × 116 px at the inline end) and the locator inset. */
function reservedBoxes(scene: BorderMapScene) {
  const boxes = [{ x: scene.width - 48, y: 0, width: 48, height: 116 }];
  if (scene.inset) boxes.push({ x: scene.inset.x, y: scene.inset.y, width: scene.inset.size, height: scene.inset.size });
  return boxes;
}

interface MapFixture {
  readonly geometry: () => unknown | Promise<unknown>;
  readonly highlight?: string;
  readonly article: boolean;
  readonly options: Partial<BorderMapOptions>;
}

function mapScene({ geometry: input, highlight, article, options }: MapFixture) {
  return async (width: number) => {
    const geometry = valid(parseMapGeometry(await input(), 'default'));
    const pair = valid(resolveHighlight(geometry, highlight));
    const scene = layoutBorderMap(
      { geometry, pair, article },
      {
        projection: 'conic-conformal',
        disputed: 'dashed',
        layers: new Set(article ? ['places', 'inset'] : ['inset']),
        places: mapPlaces,
        markers: [],
        districts: ttpDistricts,
        land: topologyFeature(locatorLand, 'land'),
        ...options,
      },
      context(width),
    );
    return {
      label: describeBorderMapLabel(scene),
      summary: describeBorderMap(scene),
      labels: placeMapLabels(scene, NO_ZOOM, reservedBoxes(scene)),
      scene,
    };
  };
}

const MAP: SceneCase[] = [
  {
    element: 'border-map',
    name: 'default',
    about: "the article's map: Afghanistan, Pakistan, the Durand Line, the places and the locator inset",
    build: mapScene({ geometry: () => borderRegion, highlight: 'AFG PAK', article: true, options: {} }),
  },
  {
    element: 'border-map',
    name: 'events-2010-2012',
    about: 'UCDP events per district, 2010–2012 (layers="events" from="2010" to="2012")',
    build: mapScene({ geometry: () => borderRegion, highlight: 'AFG PAK', article: true, options: { layers: new Set(['events']), from: 2010, to: 2012 } }),
  },
  {
    element: 'border-map',
    name: 'india-pakistan',
    about: 'India and Pakistan from data/india-pakistan.topo.json, equirectangular, disputed lines solid',
    build: mapScene({
      geometry: () => fetchJson('/data/india-pakistan.topo.json'),
      highlight: 'IND PAK',
      article: false,
      options: { projection: 'equirectangular', disputed: 'solid' },
    }),
  },
  {
    element: 'border-map',
    name: 'user-geojson',
    about: "two GeoJSON squares with a newsroom's markers, one off the map, orthographic",
    build: mapScene({
      geometry: () => ({ type: 'FeatureCollection', features: [squareCountry(60, 'AAA', { size: 2 }), squareCountry(62, 'BBB', { size: 2 })] }),
      highlight: 'AAA BBB',
      article: false,
      options: {
        projection: 'orthographic',
        layers: new Set(),
        markers: valid(
          parseMarkers([
            { lon: 61, lat: 31, label: 'Capital of A', note: 'A note', href: 'https://example.org/a' },
            { lon: 63.5, lat: 30.5, label: 'Border town' },
            { lon: 2.35, lat: 48.86, label: 'Paris' },
          ]),
        ),
      },
    }),
  },
];

// ---- <conflict-timeline> --------------------------------------------------------------------------------

/** Tooltips of every mark, or of the first 30 when there are more. */
const TOOLTIPS = 30;

function timelineScene(input: () => unknown | Promise<unknown>, options: Partial<TimelineOptions> = {}) {
  return async (width: number) => {
    const data = valid(parseTimelineData(await input(), 'default', DEFAULT_CATEGORIES));
    const full = layoutTimeline(data, { categories: DEFAULT_CATEGORIES, hidden: '', orientation: 'auto', ...options }, context(width));
    // The scene without `data`: the parsed input, whose events are in `scene.events` already.
    const { data: _input, ...scene } = full;
    return {
      label: describeTimelineLabel(full),
      summary: describeTimeline(full),
      tooltips: range(Math.min(full.marks, TOOLTIPS)).map((i) => describeEvent(full, i)),
      eras: data.eras,
      scene,
    };
  };
}

const TIMELINE: SceneCase[] = [
  {
    element: 'conflict-timeline',
    name: 'default',
    about: "the article's 21 events and 5 eras",
    build: timelineScene(() => ({ events: timelineEvents, eras: timelineEras })),
  },
  {
    element: 'conflict-timeline',
    name: 'year-2001',
    about: 'the article zoomed to 2001 (from="2001-01" to="2001-12"): month ticks',
    build: timelineScene(() => ({ events: timelineEvents, eras: timelineEras }), { from: Date.UTC(2001, 0, 1), to: Date.UTC(2002, 0, 1) }),
  },
  {
    element: 'conflict-timeline',
    name: 'user-json',
    about: "a newsroom's three events and one era without ids (tests/csp/timeline.json)",
    // Without ids in the data, events and eras are numbered by row.
    normalize: { generatedIds: /^\d+$/ },
    build: timelineScene(() => fetchJson('/tests/csp/timeline.json')),
  },
  {
    element: 'conflict-timeline',
    name: 'generated-120',
    about: '120 generated events over 1900–2024 (tests/timeline-fixtures.ts): counts for crowded periods',
    build: timelineScene(() => generateTimelineEvents(120)),
  },
];

export const SCENES: readonly SceneCase[] = [...CHART, ...MAP, ...TIMELINE];
