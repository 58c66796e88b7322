/**
 * The article's defaults for <ttp-attack-chart>: UCDP's yearly figures for the TTP per metric, the
 * words and source that go with each, and the moments the article marks. The chart draws them only
 * when it is given no data.
 */
import type { DatasetText, Preset } from '@conflict-viz/core/pure';
import { ttpAnnotations } from '@conflict-viz/data/ttp-annotations';
import { ttpBrdDeaths } from '@conflict-viz/data/ttp-brd-deaths';
import { ttpYearly } from '@conflict-viz/data/ttp-yearly';
import { parseAnnotations, type Metric, type ParsedAnnotation } from './ttp-attack-chart.model.js';

const GED_SOURCE = { source: 'UCDP Georeferenced Event Dataset 22.1 (CC BY 4.0)', sourceHref: 'https://ucdp.uu.se/downloads/' };

/** Per metric: the series drawn and the text that goes with it. */
const BY_METRIC: Record<Metric, { readonly data: unknown; readonly text: DatasetText }> = {
  events: {
    data: ttpYearly,
    text: {
      heading: 'TTP-related violence in Pakistan: events per year, 2007–2021',
      description:
        'Events of organized violence in Pakistan with the Pakistani Taliban (TTP) as a side, as recorded by UCDP: attacks on civilians, clashes with other armed groups and fighting with government forces, including operations the government began. Hence events, not attacks. The article cites at least 4,657 TTP attacks for 2007–2023; this UCDP release ends in December 2021.',
      ...GED_SOURCE,
    },
  },
  deaths: {
    data: ttpYearly,
    text: {
      heading: 'Deaths in TTP-related violence in Pakistan, 2007–2021',
      description:
        'Deaths in UCDP events involving the Pakistani Taliban (TTP), government operations against it included, best estimate with the low–high range. UCDP GED 22.1, released in 2022, ends in December 2021.',
      ...GED_SOURCE,
    },
  },
  'battle-deaths': {
    data: ttpBrdDeaths,
    text: {
      heading: 'Battle-related deaths, Government of Pakistan – TTP, 2007–2023',
      description:
        'Deaths in fighting between the government and the Pakistani Taliban (TTP), including in Afghanistan, per year as UCDP counts them, best estimate with the low–high range. A different measure from events: attacks on civilians and clashes between armed groups are not in it.',
      source: 'UCDP Battle-Related Deaths Dataset 24.1 (CC BY 4.0); Davies, Engström, Pettersson & Öberg (2024), Journal of Peace Research 61(4)',
      sourceHref: 'https://ucdp.uu.se/downloads/',
    },
  },
};

/** The options the preset depends on: the metric picks the series and its text. */
interface MetricOptions {
  readonly parse: { readonly metric: Metric };
}

export interface AttackChartPreset extends Preset<MetricOptions> {
  /** The article's moments, drawn with its data unless `annotations` is set. */
  readonly annotations: readonly ParsedAnnotation[];
}

export const attackChartPreset: AttackChartPreset = {
  data: ({ metric }) => BY_METRIC[metric].data,
  text: ({ parse }) => BY_METRIC[parse.metric].text,
  annotations: parseAnnotations(ttpAnnotations).value ?? [],
};
