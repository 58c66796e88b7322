// The data every example app draws: a newsroom's own, never the article's, so a check can tell them apart.

export const chartHeading = 'Incidents our newsroom logged';
export const mapHeading = 'Westland and Eastland';
export const timelineHeading = 'Our chronology';

/** Yearly counts; `nextYear` adds one more, as an app's update would. */
export const chartRows = [
  { year: 2019, events: 12 },
  { year: 2020, events: 30 },
  { year: 2021, events: 18 },
];

export function nextYear(rows) {
  const last = rows[rows.length - 1];
  return [...rows, { year: last.year + 1, events: last.events + 5 }];
}

/** Two made-up countries that share one border (the edge at longitude 10), as GeoJSON in longitude/latitude. */
export const mapGeometry = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'WST',
      properties: { name: 'Westland' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 10],
            [0, 0],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      id: 'EST',
      properties: { name: 'Eastland' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [10, 0],
            [20, 0],
            [20, 10],
            [10, 10],
            [10, 0],
          ],
        ],
      },
    },
  ],
};

export const mapHighlight = 'WST EST';

export const mapMarkers = [
  { lon: 5, lat: 5, label: 'West City' },
  { lon: 15, lat: 4, label: 'East Port' },
];

/** The timeline's own categories: a legend entry, colour slot and shape each. */
export const timelineCategories = [
  { id: 'newsroom', label: 'Newsroom', color: 1, shape: 'circle' },
  { id: 'research', label: 'Research', color: 2, shape: 'square' },
];

export const timelineEvents = [
  { start: '2019-03-01', title: 'Office opens', category: 'newsroom' },
  { start: '2020-06', title: 'First survey', category: 'research' },
  { start: '2021', end: '2022', title: 'Second survey', category: 'research' },
];

/** What an app shows for a `cv-select` event: the year, title or label of the chosen mark. */
export function selectionLabel(detail) {
  if (detail && typeof detail === 'object') {
    for (const key of ['year', 'title', 'label', 'name']) {
      const value = detail[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return 'something';
}
