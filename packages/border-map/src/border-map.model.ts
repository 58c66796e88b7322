/**
 * The pure model of <border-map>: geometry (TopoJSON or GeoJSON) -> validated countries and border
 * lines; places, markers and districts -> a scene (paths, marks, notes) for a given width; and label
 * placement for a given zoom. No Lit, no DOM; d3-geo and topojson-client live here.
 */
export { MapCache } from './model/cache.js';
export { findCountry, parseMapGeometry, topologyFeature, type MapCountry, type MapGeometry } from './model/geometry.js';
export { EARTH_RADIUS_KM, borderLines, lineLengthKm, resolveHighlight, sharedLines, type BorderLines, type CountryPair } from './model/borders.js';
export { EVENT_YEARS, MAX_MARKERS, countDistrictEvents, parseMarkers, type District, type DistrictRecord, type MapMarker } from './model/points.js';
export { mapHeight } from './model/projection.js';
export { isoEquivalents } from './model/iso-codes.js';
export { ISO_3166_1 } from './model/iso-table.js';
export * from './model/scene.js';
export { DURAND_ARTICLE_KM, formatCoordinates, layoutBorderMap } from './model/layout.js';
export * from './model/zoom.js';
export * from './model/labels.js';
export * from './model/text.js';
