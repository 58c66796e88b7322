/** <border-map> as a React component: properties (`data`…) are set as properties, events arrive through onCv* props. */
import { deferHydration } from './hydration.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { BorderMap as BorderMapElement, type BorderMapSelection } from '@conflict-viz/border-map';
import { cvEvents, type CvEvents } from './events.js';

export const BorderMap = deferHydration(
  createComponent({
    react: React,
    tagName: 'border-map',
    elementClass: BorderMapElement,
    events: cvEvents as CvEvents<BorderMapSelection>,
    displayName: 'BorderMap',
  }),
);
