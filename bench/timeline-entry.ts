// The page of the <conflict-timeline> benchmark: the element as published, plus the event generator.
import '@conflict-viz/conflict-timeline';
import { generateTimelineEvents } from '../tests/timeline-fixtures.js';

(globalThis as unknown as { generateTimelineEvents: typeof generateTimelineEvents }).generateTimelineEvents = generateTimelineEvents;
