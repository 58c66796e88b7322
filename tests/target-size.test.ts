// Target size (WCAG 2.5.8), at 320 and 1,024 px: every control is at least 24 × 24 CSS px, or undersized and
// spaced so that a 24 px circle centred on it meets no other target and no other undersized target's circle
// (links inside a line of text are exempt). Every mark can be reached by the pointer, and where the data leaves
// room (no other mark within 24 px), the pointer chooses it anywhere within 12 px of its middle: a 24 px target.
// Marks closer together than 24 px fall under the "essential" exception (the position is the datum, as with pins
// on a map); they are reached with the keyboard, by zooming in (map, timeline) and in the data table.
import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { $, $$, mountIn, part, type CvHost } from './helpers.js';
import './contract/elements.js';

const SIZE = 24;
const R = SIZE / 2;

interface Target {
  readonly name: string;
  readonly box: DOMRect;
}

const centreOf = (box: DOMRect) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
const undersized = (box: DOMRect) => box.width < SIZE - 0.01 || box.height < SIZE - 0.01;
/** Does a circle of radius R at `c` meet the rectangle `box`? */
function circleMeetsBox(c: { x: number; y: number }, box: DOMRect): boolean {
  const dx = Math.max(box.left - c.x, 0, c.x - box.right);
  const dy = Math.max(box.top - c.y, 0, c.y - box.bottom);
  return Math.hypot(dx, dy) < R;
}

/** A link with words of its own line around it (the "inline" exception), as the source line's link is. */
const inline = (node: Element) => node.localName === 'a' && (node.parentElement?.textContent ?? '').trim() !== (node.textContent ?? '').trim();

/** Buttons, links and fields, and the timeline's chronology rows (chosen by a click, as buttons are). */
function controls(el: CvHost): Target[] {
  return $$(el, 'button, a[href], summary, input, select, li[data-mark]')
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && !inline(node) && getComputedStyle(node).visibility !== 'hidden';
    })
    .map((node) => ({ name: `${node.localName} "${node.getAttribute('aria-label') ?? node.textContent?.trim()}"`, box: node.getBoundingClientRect() }));
}

/** Undersized controls whose 24 px circle meets another control, or another undersized control's circle. */
function tooClose(targets: readonly Target[]): string[] {
  const problems: string[] = [];
  targets.forEach((target, i) => {
    if (!undersized(target.box)) return;
    const c = centreOf(target.box);
    targets.forEach((other, j) => {
      if (i === j) return;
      const meets = circleMeetsBox(c, other.box) || (undersized(other.box) && Math.hypot(centreOf(other.box).x - c.x, centreOf(other.box).y - c.y) < SIZE);
      if (meets) problems.push(`${target.name} (${target.box.width.toFixed(1)} × ${target.box.height.toFixed(1)} px) is within 12 px of ${other.name}`);
    });
  });
  return problems;
}

/** The mark the pointer chooses at a point of the screen (as the mouse hovers it), or -1. */
async function markUnder(el: CvHost, drawing: Element, x: number, y: number): Promise<number> {
  drawing.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true, composed: true }));
  await el.updateComplete;
  if (!part(el, 'tooltip')?.textContent?.trim()) return -1;
  return Number($(el, '[data-mark][tabindex="0"]')?.getAttribute('data-mark') ?? -1);
}

/** Offsets within a 24 px circle, every 4 px, the middle first. */
const DISC = [{ dx: 0, dy: 0 }];
for (let dx = -R + 0.5; dx <= R - 0.5; dx += 4) {
  for (let dy = -R + 0.5; dy <= R - 0.5; dy += 4) if (Math.hypot(dx, dy) < R) DISC.push({ dx, dy });
}

/** Each mark: can the pointer reach it, and does it own the 24 px circle around its middle where nothing else is near? */
async function markTargets(el: CvHost): Promise<{ problems: string[]; dense: number; total: number }> {
  const drawing = part(el, 'svg');
  const nodes = $$(el, '[data-mark]').filter((node) => node.getBoundingClientRect().width > 0);
  const problems: string[] = [];
  let dense = 0;
  if (!drawing) return { problems, dense, total: 0 };
  const centres = nodes.map((node) => centreOf(node.getBoundingClientRect()));
  for (const [k, node] of nodes.entries()) {
    const index = Number(node.getAttribute('data-mark'));
    const name = (node.getAttribute('aria-label') ?? '').slice(0, 40);
    const c = centres[k];
    // A mark as wide as the drawing (the map's border) is reached along its line, not at its middle.
    if (node.getBoundingClientRect().width >= drawing.getBoundingClientRect().width - 1) continue;
    const chosen: number[] = [];
    for (const { dx, dy } of DISC) chosen.push(await markUnder(el, drawing, c.x + dx, c.y + dy));
    const crowded = centres.some((other, j) => j !== k && Math.hypot(other.x - c.x, other.y - c.y) < SIZE);
    if (!chosen.includes(index)) problems.push(`${name}…: the pointer cannot choose it`);
    else if (chosen.some((i) => i !== index)) {
      if (crowded) dense++;
      else problems.push(`${name}…: not chosen everywhere within 12 px of its middle, with no other mark within 24 px`);
    }
  }
  return { problems, dense, total: nodes.length };
}

const ELEMENTS: readonly [string, TemplateResult][] = [
  ['<ttp-attack-chart>', html`<ttp-attack-chart actions="png svg csv"></ttp-attack-chart>`],
  ['<border-map layers="places events">', html`<border-map layers="places events"></border-map>`],
  ['<conflict-timeline>', html`<conflict-timeline></conflict-timeline>`],
];

describe('target size (WCAG 2.5.8): controls and marks', function () {
  this.timeout(120_000);
  for (const [label, template] of ELEMENTS) {
    for (const width of [320, 1024]) {
      it(`${label} at ${width} px: every control 24 × 24 px or spaced; every mark reachable, and 24 px where not crowded`, async () => {
        const el = await mountIn<CvHost>(template, width);
        const targets = controls(el);
        expect(targets.length, 'controls').to.be.above(0);
        expect(tooClose(targets)).to.deep.equal([]);
        const marks = await markTargets(el);
        console.log(`${label} at ${width} px: ${targets.length} controls; ${marks.total} marks, ${marks.dense} of them crowded under 24 px by their data`);
        expect(marks.problems).to.deep.equal([]);
      });
    }
  }
});
