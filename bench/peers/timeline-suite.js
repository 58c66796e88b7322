// One page, two timelines of the same events: ours and vis-timeline.
import '@conflict-viz/conflict-timeline';
import { renderVisTimeline } from './vis-timeline.js';
import { renderElement } from './ours.js';
import { timeToPainted } from './painted.js';
import { generateTimelineEvents } from '../../tests/timeline-fixtures.ts';

window.timeToPainted = timeToPainted;

window.makeEvents = generateTimelineEvents;
window.suite = {
  '<conflict-timeline>': (container, events, size) => renderElement('conflict-timeline', container, events, size),
  'vis-timeline': (container, events, size) => renderVisTimeline(container, events, size),
};
