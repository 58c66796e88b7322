/**
 * The pure model of <border-map>: geometry (TopoJSON or GeoJSON) -> validated countries and border
 * lines; places, markers and districts -> a scene (paths, marks, notes) for a given width; and label
 * placement for a given zoom. No Lit, no DOM; d3-geo and topojson-client live here.
 */
export * from './model/index.js';
// The ISO 3166-1 table, which the element itself loads only when a `highlight` needs it.
export { isoEquivalents } from './model/iso-codes.js';
export { ISO_3166_1 } from './model/iso-table.js';
