// Type tests of the React typings: the wrappers of @conflict-viz/react and the elements as JSX tags (the
// typings each element package ships in dist/types/react.d.ts). Typed rows, keyword unions and `onCvSelect`
// handlers whose `event.detail` is the element's own type must compile; each line after a `@ts-expect-error`
// comment is a mistake that must stay a type error (tsc fails if it compiles). One mistake per JSX element:
// TypeScript reports a misspelled name only on an element with no other error.
import type {} from '@conflict-viz/ttp-attack-chart/types/react';
import type {} from '@conflict-viz/border-map/types/react';
import type {} from '@conflict-viz/conflict-timeline/types/react';
import { BorderMap, ConflictTimeline, TtpAttackChart } from '@conflict-viz/react';
import type { AttackChartRow } from '@conflict-viz/ttp-attack-chart';
import type { BorderMapGeometry } from '@conflict-viz/border-map';
import type { TimelineEventRow } from '@conflict-viz/conflict-timeline';

const rows: AttackChartRow[] = [{ year: 2020, events: 71 }];
const geometry: BorderMapGeometry = { type: 'FeatureCollection', features: [] };
const events: TimelineEventRow[] = [{ start: '2014-12-16', title: 'School attack' }];
const log = (text: string) => text;

export const wrapped = (
  <>
    <TtpAttackChart data={rows} type="line" onCvSelect={(event) => log(`${event.detail.year}: ${event.detail.value}`)} />
    <BorderMap
      data={geometry}
      markers={[{ lon: 65.7, lat: 31.6, label: 'Kandahar' }]}
      group="story"
      onCvSelect={(event) => log(event.detail.kind)}
      onCvLink={(event) => log(`${event.detail.group}: ${event.detail.years.join(' ')}`)}
    />
    <ConflictTimeline
      data={events}
      orientation="vertical"
      onCvSelect={(event) => log(event.detail.title)}
      onCvRender={(event) => log(`${event.detail.marks}`)}
    />
  </>
);

export const tags = (
  <>
    <ttp-attack-chart data={rows} metric="deaths" oncv-select={(event) => log(`${event.detail.year}`)} />
    <border-map data={geometry} highlight="AFG PAK" oncv-select={(event) => log(event.detail.kind)} />
    <conflict-timeline data={events} oncv-select={(event) => log(event.detail.start)} />
  </>
);

export const wrappedMisspelled = (
  <TtpAttackChart
    // @ts-expect-error -- misspelled property
    heding="Attacks"
  />
);

export const wrappedWrongData = (
  <TtpAttackChart
    // @ts-expect-error -- rows, not JSON text
    data='[{"year": 2020, "events": 71}]'
  />
);

export const wrappedWrongDetail = (
  // @ts-expect-error -- a chart's selection has a year, not a title
  <TtpAttackChart onCvSelect={(event) => log(event.detail.title)} />
);

export const wrappedWrongKeyword = (
  <BorderMap
    // @ts-expect-error -- not a projection
    projection="mercator"
  />
);

export const tagMisspelled = (
  <conflict-timeline
    // @ts-expect-error -- misspelled property
    orientaton="vertical"
  />
);

export const tagWrongData = (
  <conflict-timeline
    // @ts-expect-error -- an event needs a title
    data={[{ start: '2014' }]}
  />
);

export const tagWrongKeyword = (
  <ttp-attack-chart
    // @ts-expect-error -- not a chart type
    type="pie"
  />
);

export const tagNoSuchEvent = (
  <ttp-attack-chart
    // @ts-expect-error -- the elements fire cv-select, cv-render and cv-error; nothing named "detail"
    ondetail={(event: Event) => log(event.type)}
  />
);
