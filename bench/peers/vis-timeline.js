// vis-timeline (standalone build) with the same events.
import { Timeline } from 'vis-timeline/standalone';

export function renderVisTimeline(container, events, { width, height }) {
  const timeline = new Timeline(
    container,
    events.map((e, id) => ({ id, content: e.title, start: e.start })),
    { width: `${width}px`, height: `${height}px`, stack: true },
  );
  return { drawn: () => container.querySelector('.vis-item') !== null, cleanup: () => timeline.destroy() };
}
