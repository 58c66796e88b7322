/** Generated timeline events for tests, stories and the benchmark: deterministic, any count. */
import type { TimelineEventRecord } from '@conflict-viz/data/timeline-events';

const CATEGORIES = ['war', 'attack', 'military', 'diplomacy', 'displacement'];
const PRECISIONS = ['year', 'month', 'day', 'day', 'month'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** An event as the article's data writes one, without a source. */
export type GeneratedEvent = Omit<TimelineEventRecord, 'source'>;

/** `count` events spread over `from`–`to` (years), with every precision and category; the same seed gives the same events. */
export function generateTimelineEvents(count: number, { seed = 1, from = 1900, to = 2024 } = {}): GeneratedEvent[] {
  let state = seed >>> 0;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, (_, i) => {
    const year = from + Math.floor(random() * (to - from + 1));
    const precision = PRECISIONS[Math.floor(random() * PRECISIONS.length)];
    const month = pad(1 + Math.floor(random() * 12));
    const day = pad(1 + Math.floor(random() * 28));
    const start = precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`;
    return {
      id: `g${i + 1}`,
      start,
      precision,
      title: `Generated event ${i + 1}`,
      description: `A generated event, number ${i + 1}, for tests and benchmarks.`,
      category: CATEGORIES[i % CATEGORIES.length],
    };
  });
}
