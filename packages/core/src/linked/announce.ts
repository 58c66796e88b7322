/** What an element's live region says when another element of its group chose: which of its marks answer. */
import type { InteractiveScene } from '../layout/scene.js';
import type { LinkKeys } from './keys.js';

/** Marks named in full; more are counted, with these first. */
const NAMED = 3;

/** E.g. "Linked to 2014: Operation Zarb-e-Azb, Peshawar school attack." Empty when no mark answers: nothing to say. */
export function announce(scene: InteractiveScene | undefined, matches: (datum: unknown) => boolean, choice: LinkKeys): string {
  if (!scene) return '';
  const titles: string[] = [];
  let count = 0;
  for (let index = 0; index < scene.marks; index++) {
    const mark = scene.mark(index);
    if (!matches(mark.datum)) continue;
    count++;
    if (titles.length < NAMED) titles.push(mark.title);
  }
  if (!count) return '';
  const named = titles.join(', ');
  return `Linked to ${choice.label}: ${count > NAMED ? `${count} marks, among them ${named}` : named}.`;
}
