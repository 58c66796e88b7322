/** An `<ol>` written inside <conflict-timeline> read as data: what readers without JavaScript see is what it draws. */
import { inlineText } from '@conflict-viz/core';

/**
 * Records from an `<ol>`: per `<li>`, the `<time datetime>` (a second one is the end), the title in
 * `<strong>` or `<b>`, `<p>` as the description, the first `<a href>` as the source, and
 * `data-category`, `data-precision`, `data-kind="era"`.
 */
export function readTimelineList(list: Element): { events: Record<string, string>[]; eras: Record<string, string>[] } {
  const events = [];
  const eras = [];
  for (const item of list.querySelectorAll(':scope > li')) {
    const [start = '', end = ''] = [...item.querySelectorAll('time')].map((t) => t.getAttribute('datetime') ?? inlineText(t));
    const link = item.querySelector('a[href]');
    const { category = '', precision = '', kind } = (item as HTMLElement).dataset;
    const record = {
      id: item.id,
      title: inlineText(item.querySelector('strong, b')),
      description: [...item.querySelectorAll('p')].map(inlineText).join(' '),
      source: inlineText(link),
      href: link?.getAttribute('href') ?? '',
    };
    if (kind === 'era') eras.push({ ...record, from: start, to: end });
    else events.push({ ...record, start, end, category, precision });
  }
  return { events, eras };
}
