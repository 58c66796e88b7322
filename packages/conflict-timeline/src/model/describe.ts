/** The timeline in words: dates at their precision, its accessible name, its summary and each event's tooltip. */
import { readIsoDate, type LocaleFormat } from '@conflict-viz/core/pure';
import type { TimelineEra, TimelineEvent } from './data.js';
import { DAY } from './read.js';
import type { TimelineScene } from './scene.js';

/** A date at its precision in the locale, with its end: "16 December 2014", "June 2014 – March 2015", "2007 – ongoing" for an era. */
export function formatEventDate(item: TimelineEvent | TimelineEra, format: LocaleFormat): string {
  // An own field: a polluted Object.prototype.start must not make an era read as an event.
  const [start, end] = Object.hasOwn(item, 'start')
    ? [(item as TimelineEvent).start, (item as TimelineEvent).end]
    : [(item as TimelineEra).from, (item as TimelineEra).to ?? 'ongoing'];
  const write = (iso: string) => {
    const date = readIsoDate(iso);
    return date.ok ? format.date(date.value.time, date.value.precision) : iso;
  };
  return end ? `${write(start)} – ${write(end)}` : write(start);
}

const eventCount = (format: LocaleFormat, count: number) => `${format.number(count)} ${count === 1 ? 'event' : 'events'}`;

/** An event's category, named where the timeline has more than one. */
export const categoryLabel = (scene: TimelineScene, event: TimelineEvent) =>
  scene.categories.length > 1 ? scene.categories.find((c) => c.id === event.category)?.label : undefined;

/** How many events the scene draws as counts rather than one by one. */
function countedEvents(scene: TimelineScene): number {
  let counted = 0;
  for (const slot of scene.slots) if (slot < -1) counted++;
  return counted;
}

/** Accessible name when the author gives no heading. */
export function describeTimelineLabel(scene: TimelineScene): string {
  const { events: all } = scene.data;
  const year = (e: TimelineEvent) => scene.format.year(new Date(e.t0).getUTCFullYear());
  return `Timeline of ${eventCount(scene.format, all.length)}, ${year(all[0])}–${year(all[all.length - 1])}`;
}

/** The generated summary: how many events over which dates, by category, the eras, and what the window shows. */
export function describeTimeline(scene: TimelineScene): string {
  const {
    data: { events: all, eras },
    format,
    categories,
    window: [w0, w1],
  } = scene;
  const n = (v: number) => format.number(v);
  // The window, "1988 – 2026", at the precision it calls for.
  const precision = w1 - w0 > 1096 * DAY ? 'year' : w1 - w0 > 90 * DAY ? 'month' : 'day';
  const hidden = categories.filter((c) => c.hidden).map((c) => c.label);
  const counted = countedEvents(scene);
  const listedEras = eras.slice(0, 12).map((era) => `${era.title} (${formatEventDate(era, format)})`);
  if (eras.length > 12) listedEras.push(`${n(eras.length - 12)} more`);
  return [
    `${eventCount(format, all.length)} from ${formatEventDate(all[0], format)} to ${formatEventDate(all[all.length - 1], format)}.`,
    categories.length > 1 && `By category: ${format.list(categories.map((c) => `${c.label} ${n(c.count)}`))}.`,
    eras.length && `Eras: ${format.list(listedEras)}.`,
    hidden.length && `Hidden: ${format.list(hidden)}.`,
    `Showing ${format.date(w0, precision)} – ${format.date(w1 - 1, precision)}.`,
    counted && `${n(counted)} events in crowded periods are shown as counts; ${scene.vertical ? 'open a count' : 'zoom in'} to see them apart.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** How many events the count that holds mark `index` stands for, if it is counted. */
function countOf(scene: TimelineScene, index: number): number | undefined {
  const slot = scene.slots[index];
  if (slot >= -1) return undefined;
  if (!scene.vertical) return scene.clusters[-2 - slot].count;
  const row = scene.rows[-2 - slot];
  return row.kind === 'period' ? row.count : undefined;
}

/** Tooltip lines of mark `index`: its date, its category, and whether it is counted with others. */
export function describeEvent(scene: TimelineScene, index: number): { title: string; lines: string[] } {
  const event = scene.events[index];
  const category = categoryLabel(scene, event);
  const lines = [formatEventDate(event, scene.format)];
  if (category) lines.push(category);
  const count = countOf(scene, index);
  if (count !== undefined) lines.push(`One of ${scene.format.number(count)} events here: ${scene.vertical ? 'open the count' : 'zoom in'} to see it`);
  return { title: event.title, lines };
}

/** The timeline's data table: every shown event, with the eras in a note. */
export function describeTable(scene: TimelineScene) {
  const { format, data } = scene;
  return {
    columns: ['Event', 'Date', 'Category', 'Description', 'Source'].map((label) => ({ label })),
    rows: scene.events.map((e) => [e.title, formatEventDate(e, format), categoryLabel(scene, e) ?? '', e.description ?? '', e.source ?? e.href ?? '']),
    note: data.eras.length ? `Eras: ${data.eras.map((era) => `${era.title} (${formatEventDate(era, format)})`).join('; ')}.` : undefined,
  };
}
