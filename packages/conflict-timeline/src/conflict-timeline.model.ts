/**
 * The pure model of <conflict-timeline>: records -> validated events and eras -> a scene (a horizontal
 * plot of eras, time axis, events in lanes and counts, or a chronology on narrow containers) for a
 * width and a time window. No Lit, no DOM.
 */
export * from './model/data.js';
export { dateExtent, parseCategories, parseEras, parseEvents, parseTimelineData } from './model/read.js';
export { MIN_SPAN, clampWindow, type TimeWindow } from './model/window.js';
export { timeScale, timeTicks, type TimeScale, type TimeTick } from './model/axis.js';
export { calendarStep, calendarTicks, type CalendarStep } from './model/calendar.js';
export { MAX_LISTED } from './model/chronology.js';
export * from './model/scene.js';
export * from './model/size.js';
export { hiddenIds, layoutTimeline, toggleHidden } from './model/layout.js';
export * from './model/query.js';
export * from './model/zoom.js';
export * from './model/describe.js';
