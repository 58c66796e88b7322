// Small GeoJSON countries for the map's tests, written out so a reader sees the coordinates. No imports:
// the server-rendering pages (ssr/pages.ts) use them in Node too.

/** A square country `size` degrees wide with its south-west corner at (`x`, `y`), named "Country <id>". */
export const squareCountry = (x: number, id: string, { y = 30, size = 1 } = {}) => ({
  type: 'Feature',
  id,
  properties: { name: `Country ${id}` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x, y + size],
        [x + size, y + size],
        [x + size, y],
        [x, y],
      ],
    ],
  },
});

/** Square countries side by side, one degree each, from 60° E. */
export const squareCountries = (...ids: string[]) => ({ type: 'FeatureCollection', features: ids.map((id, i) => squareCountry(60 + i, id)) });

/** A polygon in metres (a projected coordinate system), which the map refuses: it reads longitude/latitude only. */
export const featureInMetres = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [800000, 3000000],
        [800100, 3000000],
        [800100, 3000100],
        [800000, 3000000],
      ],
    ],
  },
};
