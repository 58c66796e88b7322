/**
 * The article's defaults for <border-map>: Afghanistan, Pakistan and their neighbours, the places the
 * article names, UCDP's events involving the TTP per district, and the words and sources that go with
 * them. The map draws them only when it is given no geometry.
 */
import type { DatasetText, Preset } from '@conflict-viz/core/pure';
import { borderRegion } from '@conflict-viz/data/border-region';
import { mapPlaces } from '@conflict-viz/data/map-places';
import { ttpDistricts } from '@conflict-viz/data/ttp-districts';
import type { MapStrings } from './border-map.js';
import { highlightCodes, type CodeEquivalents, type DistrictRecord, type LayerName, type MapPlace } from './model/index.js';

const HEADING = 'Afghanistan, Pakistan and the Durand Line';
const DESCRIPTION =
  'The Durand Line, a border Afghanistan disputes (2,640 km in the article; published lengths run from 2,430 to 2,670 km), and the places the article names.';
const SOURCE = 'Natural Earth (public domain); places: the article, GeoNames, UCDP';
const SOURCE_HREF = 'https://www.naturalearthdata.com/';

const TEXT: DatasetText = { heading: HEADING, description: DESCRIPTION, source: SOURCE, sourceHref: SOURCE_HREF };
const TEXT_WITH_EVENTS: DatasetText = {
  ...TEXT,
  description: `${DESCRIPTION} Circles show UCDP events involving the Pakistani Taliban (TTP) in each district.`,
  source: `${SOURCE}; events: UCDP GED 22.1 (CC BY 4.0)`,
};

/** The article's pair: its text (the Durand Line) goes with no other. */
const ARTICLE_PAIR = ['AFG', 'PAK'];

/**
 * Whether `highlight` (unset: the default) names Afghanistan and Pakistan, by their alpha-3 codes or,
 * given the ISO 3166-1 table (`equivalents`: loaded by the map when a code needs it), by any of their codes.
 */
function isArticlePair(highlight: string | undefined, equivalents?: CodeEquivalents): boolean {
  if (highlight === undefined) return true;
  const codes = highlightCodes(highlight);
  const forms = (code: string) => (equivalents ? equivalents(code) : [code.toUpperCase()]);
  return codes.length === 2 && ARTICLE_PAIR.every((code) => codes.some((given) => forms(given).includes(code)));
}

/** What the map's data is read with: `highlight`, and the ISO 3166-1 table once a map has loaded it. */
export interface MapParseOptions {
  readonly highlight?: string;
  readonly isoCodes?: CodeEquivalents;
}

export interface BorderMapPreset extends Preset<{ readonly parse: MapParseOptions; readonly layers?: ReadonlySet<LayerName> }> {
  /** The map's words for what only the article's map has. */
  readonly strings: Pick<MapStrings, 'place' | 'districtEvents' | 'disputed' | 'statedLength'>;
  readonly places: readonly MapPlace[];
  readonly districts: readonly DistrictRecord[];
  /** Drawn unless `layers` says otherwise. */
  readonly layers: ReadonlySet<LayerName>;
}

export const borderMapPreset: BorderMapPreset = {
  data: () => borderRegion,
  // Another pair on the article's map keeps the sources, not the Durand Line's heading and description.
  text: ({ parse, layers }) => {
    const text = layers?.has('events') ? TEXT_WITH_EVENTS : TEXT;
    return isArticlePair(parse.highlight, parse.isoCodes) ? text : { source: text.source, sourceHref: text.sourceHref };
  },
  strings: {
    place: 'Place in the article',
    districtEvents: 'UCDP events per district',
    disputed: 'Disputed: de facto line of control',
    statedLength: (km) => `: ${km} km in the article, not recognised by Afghanistan`,
  },
  places: mapPlaces,
  districts: ttpDistricts,
  layers: new Set(['places', 'inset']),
};
