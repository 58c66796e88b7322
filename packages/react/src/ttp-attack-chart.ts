/** <ttp-attack-chart> as a React component: properties (`data`…) are set as properties, events arrive through onCv* props. */
import { deferHydration } from './hydration.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TtpAttackChart as TtpAttackChartElement, type AttackChartSelection } from '@conflict-viz/ttp-attack-chart';
import { cvEvents, type CvEvents } from './events.js';

export const TtpAttackChart = deferHydration(
  createComponent({
    react: React,
    tagName: 'ttp-attack-chart',
    elementClass: TtpAttackChartElement,
    events: cvEvents as CvEvents<AttackChartSelection>,
    displayName: 'TtpAttackChart',
  }),
);
