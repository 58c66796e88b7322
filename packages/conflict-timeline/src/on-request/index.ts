/**
 * The timeline's parts that a reader's request draws: the list (the List button) and an event's details (the
 * detail panel, a chronology row opened). The element loads this module with import() on the first such request
 * (or as a reader first points at or focuses a timeline, so that the request is answered at once), so a page whose
 * readers ask for neither never loads it. Like core's (packages/core/src/on-request/), it imports nothing the
 * element loads up front: the element hands each part Lit's templates and its formatters (TimelineTemplates).
 */
export { renderDetail } from './detail.js';
export { renderList } from './list.js';
export { eventDetails } from './text.js';
