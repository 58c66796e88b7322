/**
 * The model as the element imports it: everything but the ISO 3166-1 table, which the element loads
 * with import() only when a `highlight` needs it (see border-map.ts). The public entry is border-map.model.ts.
 */
export { MapCache } from './cache.js';
export { findCountry, parseMapGeometry, topologyFeature, type CodeEquivalents, type MapCountry, type MapGeometry } from './geometry.js';
export {
  EARTH_RADIUS_KM,
  borderLines,
  highlightCodes,
  lineLengthKm,
  needsIsoCodes,
  resolveHighlight,
  sharedLines,
  type BorderLines,
  type CountryPair,
} from './borders.js';
export { EVENT_YEARS, MAX_MARKERS, countDistrictEvents, parseMarkers, type District, type DistrictRecord, type MapMarker } from './points.js';
export { MAX_MAP_WIDTH, mapHeight, mapWidth } from './projection.js';
export * from './scene.js';
export { DURAND_ARTICLE_KM, formatCoordinates, layoutBorderMap } from './layout.js';
export * from './zoom.js';
export * from './labels.js';
export * from './text.js';
