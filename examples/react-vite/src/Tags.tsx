// The elements as plain JSX tags: React 19 sets `data` as a property and listens to `cv-select` through `oncv-select`.
import { useState } from 'react';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
import * as app from '@examples/app-data';

export function Tags() {
  const [rows, setRows] = useState(app.chartRows);
  const [selected, setSelected] = useState('nothing yet');
  return (
    <main>
      <h1>conflict-viz in React, as plain tags</h1>
      <button id="add-year" onClick={() => setRows(app.nextYear)}>
        Add a year
      </button>
      <p>
        Selected: <output id="selected">{selected}</output>
      </p>
      <ttp-attack-chart heading={app.chartHeading} data={rows} oncv-select={(event) => setSelected(`chart: ${app.selectionLabel(event.detail)}`)} />
      <border-map
        heading={app.mapHeading}
        data={app.mapGeometry}
        highlight={app.mapHighlight}
        markers={app.mapMarkers}
        oncv-select={(event) => setSelected(`map: ${app.selectionLabel(event.detail)}`)}
      />
      <conflict-timeline
        heading={app.timelineHeading}
        data={app.timelineEvents}
        categories={app.timelineCategories}
        oncv-select={(event) => setSelected(`timeline: ${app.selectionLabel(event.detail)}`)}
      />
    </main>
  );
}
