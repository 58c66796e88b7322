// Type tests of the elements' own API (checked by `tsc -b`, the typecheck of pnpm test): typed data rows,
// keyword properties as unions, and `cv-select` listeners whose `event.detail` is the element's own type.
// Each line after a `@ts-expect-error` comment is a mistake that must stay a type error: tsc fails if it
// compiles. The types come from each element package alone, as an app that installs only it imports them.
import type { AttackChartRow, AttackChartSelectEvent, CvSelectEvent } from '@conflict-viz/ttp-attack-chart';
import type { BorderMapMarker, BorderMapSelection } from '@conflict-viz/border-map';
import type { TimelineCategoryRow, TimelineEventRow, TimelineSelection } from '@conflict-viz/conflict-timeline';

export function useChart(chart: HTMLElementTagNameMap['ttp-attack-chart'], log: (text: string) => void) {
  const rows: AttackChartRow[] = [
    { year: 2020, events: 71 },
    { year: '2021', events: '1,119' },
  ];
  chart.data = rows;
  // An app's own row type, an interface (which has no index signature), is rows too.
  interface NewsroomRow {
    year: number;
    attacks: number;
  }
  const newsroom: NewsroomRow[] = [{ year: 2024, attacks: 3 }];
  chart.data = newsroom;
  chart.type = 'line';
  chart.metric = 'battle-deaths';
  chart.annotations = [{ date: '2014-12', label: 'Peshawar school attack' }];
  chart.addEventListener('cv-select', (event) => log(`${event.detail.year}: ${event.detail.value}`));
  const handler = (event: AttackChartSelectEvent) => log(String(event.detail.low ?? ''));
  chart.addEventListener('cv-select', handler);
  chart.removeEventListener('cv-select', handler);
  chart.addEventListener('cv-render', (event) => log(`${event.detail.marks} marks`));
  chart.addEventListener('cv-error', (event) => log(event.detail.messages.join()));

  // @ts-expect-error -- data is rows, not JSON text (that is the `data` attribute)
  chart.data = '[{"year": 2020, "events": 71}]';
  // @ts-expect-error -- a year is a number or text
  chart.data = [{ year: true, events: 71 }];
  // @ts-expect-error -- rows, not one row
  chart.data = { year: 2020, events: 71 };
  // @ts-expect-error -- not a chart type
  chart.type = 'pie';
  // @ts-expect-error -- misspelled metric
  chart.metric = 'death';
  // @ts-expect-error -- misspelled property
  chart.valuField = 'attacks';
  // @ts-expect-error -- a chart's selection has a year, not a title
  chart.addEventListener('cv-select', (event) => log(event.detail.title));
}

export function useMap(map: HTMLElementTagNameMap['border-map'], log: (text: string) => void) {
  const markers: BorderMapMarker[] = [{ lon: 65.7, lat: 31.6, label: 'Kandahar' }];
  map.data = { type: 'FeatureCollection', features: [] };
  // GeoJSON as @types/geojson types it: interfaces.
  interface Feature {
    type: 'Feature';
    geometry: { type: 'Point'; coordinates: number[] };
  }
  interface FeatureCollection {
    type: 'FeatureCollection';
    features: Feature[];
  }
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [] };
  map.data = collection;
  map.markers = markers;
  map.projection = 'orthographic';
  map.addEventListener('cv-select', (event) => {
    const selection: BorderMapSelection = event.detail;
    if (selection.kind === 'border') log(`${selection.name}: ${selection.lengthKm} km`);
    else if (selection.kind === 'district') log(`${selection.name}: ${selection.events}`);
    else log(`${selection.label} (${selection.lon}, ${selection.lat})`);
  });

  // @ts-expect-error -- geometry is an object with a type, not a list of rows
  map.data = [{ lon: 1, lat: 2 }];
  // @ts-expect-error -- a marker's longitude is a number
  map.markers = [{ lon: 'east', lat: 30, label: 'Somewhere' }];
  // @ts-expect-error -- not a projection
  map.projection = 'mercator';
  // @ts-expect-error -- only a border has a length
  map.addEventListener('cv-select', (event) => log(String(event.detail.lengthKm)));
}

export function useTimeline(timeline: HTMLElementTagNameMap['conflict-timeline'], log: (text: string) => void) {
  const events: TimelineEventRow[] = [{ start: '2014-12-16', title: 'School attack', category: 'attack' }];
  const categories: TimelineCategoryRow[] = [{ id: 'attack', label: 'Attacks', color: 2, shape: 'triangle' }];
  // Categories as an app writes them, without `as const`: the shape is text.
  const inferred = [{ id: 'policy', label: 'Policy', color: '#1d6fb8', shape: 'square' }];
  timeline.categories = inferred;
  timeline.data = events;
  timeline.data = { events, eras: [{ title: 'Insurgency', from: 2007 }] };
  timeline.categories = categories;
  timeline.orientation = 'vertical';
  timeline.addEventListener('cv-select', (event) => {
    const selection: TimelineSelection = event.detail;
    log(`${selection.title} on ${selection.start}`);
  });
  // The events every element fires come with each element package.
  const select: CvSelectEvent<TimelineSelection> | undefined = undefined;
  log(String(select));

  // @ts-expect-error -- an event needs a title
  timeline.data = [{ start: '2014' }];
  // @ts-expect-error -- a category needs an id
  timeline.categories = [{ label: 'Attacks' }];
  // @ts-expect-error -- not an orientation
  timeline.orientation = 'diagonal';
  // @ts-expect-error -- a timeline's selection is an event, which has no year field
  timeline.addEventListener('cv-select', (event) => log(String(event.detail.year)));
}
