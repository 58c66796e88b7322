/**
 * Every mark as a node of the accessibility tree: an invisible SVG rectangle over its drawing, named with
 * its tooltip's words, in reading order and in named groups, one of them in the Tab order at a time
 * (roving tabindex). Touch exploration finds a node where its mark is seen; the pointer's events pass
 * through it to the drawing's listeners. The drawing itself is hidden from the tree.
 */
import { nothing, svg } from 'lit';
import { describeMark, type Mark } from '../layout/scene.js';

/** Whether an event happened on the plot itself or on a mark's node, not on a button or link inside the plot. */
export function isPlotOrMark(event: Event): boolean {
  const target = event.composedPath()[0];
  return target === event.currentTarget || (target instanceof Element && target.hasAttribute('data-mark'));
}

/**
 * The nodes of `marks`, the marks `first`, `first + 1`… of the scene; consecutive marks of one group
 * share a named group. `tabStop` is the one the Tab key reaches; `pinned` was chosen with Enter or a
 * click and is drawn so. A mark without a box (not drawn now) has a node of no size.
 */
export function renderMarkNodes(marks: readonly Mark[], first: number, tabStop: number, pinned: number) {
  const runs: { group?: string; items: number[] }[] = [];
  marks.forEach((mark, k) => {
    const run = runs[runs.length - 1];
    if (run && run.group === mark.group) run.items.push(first + k);
    else runs.push({ group: mark.group, items: [first + k] });
  });
  const node = (index: number) => {
    const mark = marks[index - first];
    const { x, y, width, height } = mark.box ?? { x: mark.x, y: mark.y, width: 0, height: 0 };
    return svg`<rect
      class="mark-node"
      role="img"
      data-mark=${index}
      tabindex=${index === tabStop ? 0 : -1}
      aria-label=${describeMark(mark)}
      aria-current=${index === pinned ? 'true' : nothing}
      x=${x}
      y=${y}
      width=${width}
      height=${height}
    ></rect>`;
  };
  return svg`<g class="mark-nodes">
    ${runs.map((run) => (run.group === undefined ? run.items.map(node) : svg`<g role="group" aria-label=${run.group}>${run.items.map(node)}</g>`))}
  </g>`;
}
