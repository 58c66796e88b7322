/** The map in words: its accessible name and the generated summary. */
import { countOf, yearRange } from '@conflict-viz/core/pure';
import type { BorderMapScene, MarkKind } from './scene.js';

/** Accessible name when the author gives no heading. */
export function describeBorderMapLabel(scene: BorderMapScene): string {
  return scene.border ? `Map of the ${scene.border.name}` : `Map of ${scene.format.list(scene.countries.filter((c) => c.labelAt).map((c) => c.name))}`;
}

/** The generated summary: what is shown, the border and its lengths, the places, the busiest districts. */
export function describeBorderMap(scene: BorderMapScene): string {
  const { format } = scene;
  const n = (v: number) => format.number(v);
  const list = (items: string[]) => format.list(items);
  // The pair first, then the neighbours big enough to carry a name.
  const focus = scene.countries.filter((c) => c.focus).map((c) => c.name);
  const others = scene.countries.filter((c) => !c.focus && c.labelAt).map((c) => c.name);
  const shown = focus.length ? `${list(focus)}${others.length ? ` and neighbouring ${list(others)}` : ''}` : list(others);
  const sentences = [`Map of ${shown}, ${scene.projectionName.replace(/-/g, ' ')} projection.`];
  const border = scene.items.find((m) => m.kind === 'border');
  if (border) sentences.push(`Highlighted: ${border.title}, ${border.lines.join('; ')}.`);
  const named = (kind: MarkKind) => scene.items.filter((m) => m.kind === kind).map((m) => m.title);
  if (named('place').length) sentences.push(`Places marked: ${list(named('place'))}.`);
  if (named('marker').length) sentences.push(`Markers: ${list(named('marker'))}.`);
  if (scene.events) {
    const top = scene.items.filter((m) => m.kind === 'district').slice(0, 3);
    const { from, to, total, districts } = scene.events;
    sentences.push(
      `Events: ${countOf(format, total, { one: 'UCDP event', other: 'UCDP events' })} involving the TTP in ${countOf(format, districts, { one: 'district', other: 'districts' })}, ${yearRange(format, from, to)}` +
        (top.length ? `; most in ${list(top.map((m) => `${m.title} (${n(Number(m.datum.events))})`))}.` : '.'),
    );
  }
  if (scene.hasDisputed && scene.disputedStyle !== 'hidden')
    sentences.push(scene.notes.find((t) => t.startsWith('Boundaries') || t.includes('disputed')) ?? '');
  return sentences.filter(Boolean).join(' ');
}
