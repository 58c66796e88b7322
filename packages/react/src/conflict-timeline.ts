/** <conflict-timeline> as a React component: properties (`data`…) are set as properties, events arrive through onCv* props. */
import { deferHydration } from './hydration.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { ConflictTimeline as ConflictTimelineElement, type TimelineSelection } from '@conflict-viz/conflict-timeline';
import { cvEvents, type CvEvents } from './events.js';

export const ConflictTimeline = deferHydration(
  createComponent({
    react: React,
    tagName: 'conflict-timeline',
    elementClass: ConflictTimelineElement,
    events: cvEvents as CvEvents<TimelineSelection>,
    displayName: 'ConflictTimeline',
  }),
);
