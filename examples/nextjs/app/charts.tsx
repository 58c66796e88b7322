'use client';
// The elements through @conflict-viz/react. React sets no custom-element properties or listeners while it
// hydrates the server's HTML; the wrappers set `data` and the onCv* listeners right after hydration.
import { useState } from 'react';
import { BorderMap, ConflictTimeline, TtpAttackChart } from '@conflict-viz/react';
import * as app from '@examples/app-data';

export function Charts() {
  const [rows, setRows] = useState(app.chartRows);
  const [selected, setSelected] = useState('nothing yet');
  return (
    <>
      <button id="add-year" onClick={() => setRows(app.nextYear)}>
        Add a year
      </button>
      <p>
        Selected: <output id="selected">{selected}</output>
      </p>
      <TtpAttackChart heading={app.chartHeading} data={rows} onCvSelect={(event) => setSelected(`chart: ${app.selectionLabel(event.detail)}`)} />
      <BorderMap
        heading={app.mapHeading}
        data={app.mapGeometry}
        highlight={app.mapHighlight}
        markers={app.mapMarkers}
        onCvSelect={(event) => setSelected(`map: ${app.selectionLabel(event.detail)}`)}
      />
      <ConflictTimeline
        heading={app.timelineHeading}
        data={app.timelineEvents}
        categories={app.timelineCategories}
        onCvSelect={(event) => setSelected(`timeline: ${app.selectionLabel(event.detail)}`)}
      />
    </>
  );
}
