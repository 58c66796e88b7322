/**
 * The active mark and how a reader reaches it: arrow keys (mirrored in RTL, or by position where a
 * scene lays its marks out in two dimensions), PageUp/PageDown, Home/End, a mouse hovering, a finger
 * tapping, focus; Enter, Space or a click select it (`cv-select`, with a copy of its datum) and pin it;
 * Escape dismisses its tooltip. Each mark is a focusable node (mark-nodes.ts): focus moves with the keys.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { navigationAction } from '../a11y/keyboard.js';
import { isPlotOrMark, renderMarkNodes } from '../a11y/mark-nodes.js';
import { CvSelectEvent } from '../events/events.js';
import type { InteractiveScene, Mark } from '../layout/scene.js';
import type { TooltipController } from './tooltip.js';

export interface NavigationControllerOptions {
  readonly scene: () => InteractiveScene | undefined;
  readonly rtl: () => boolean;
  readonly tooltip: TooltipController;
  /** The plot's drawing: its box maps pointer positions to scene units. */
  readonly drawing: () => Element | null;
  /** The keyboard (or the element) moved to a mark, which should come into view. */
  readonly onMove?: (index: number) => void;
  /** Keys the element takes before navigation does (e.g. zoom keys); true when it took this one. */
  readonly takeKey?: (event: KeyboardEvent) => boolean;
}

/** More marks than this get nodes in a window around the active one, so a huge series keeps a small tree. */
const MAX_NODES = 500;

export class NavigationController implements ReactiveController {
  #active = -1;
  /** The mark chosen with Enter or a click, drawn pinned; -1 for none. */
  #pinned = -1;
  #scene?: InteractiveScene;
  /** The scene's marks read so far, for their nodes. */
  #marks: Mark[] = [];
  /** A pointer press focuses the plot too; it has already chosen its mark. */
  #pressing = false;
  /** Focus is on the plot or one of its marks. */
  #focused = false;
  /** The keys moved: focus goes to the active mark's node once it is drawn. */
  #focusMark = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: NavigationControllerOptions,
  ) {
    host.addController(this);
  }

  /** The active mark, -1 for none. */
  get active(): number {
    return this.#active;
  }

  /** What the active mark is (tooltip, datum), if there is one. */
  get activeMark(): Mark | undefined {
    const scene = this.options.scene();
    return scene && this.#active >= 0 && this.#active < scene.marks ? scene.mark(this.#active) : undefined;
  }

  /** The mark drawn highlighted: the active one while its tooltip shows or it has focus, else -1. */
  get highlighted(): number {
    return this.options.tooltip.shown || this.#focused ? this.#active : -1;
  }

  /** Whether focus is on the plot or a mark: the mark's name is read, so the live region stays quiet. */
  get focused(): boolean {
    return this.#focused;
  }

  /** The mark the Tab key reaches: the active one, else the first. */
  get tabStop(): number {
    return Math.max(0, this.#active);
  }

  hostUpdate(): void {
    // A new scene may renumber its marks: the active and pinned ones stay where the scene can find them.
    const scene = this.options.scene();
    const before = this.#scene;
    this.#scene = scene;
    if (!scene || scene === before) return;
    this.#marks = [];
    if (!before) return;
    this.#active = follow(this.#active, before, scene);
    this.#pinned = follow(this.#pinned, before, scene);
  }

  hostUpdated(): void {
    if (!this.#focusMark) return;
    const node = this.host.shadowRoot?.querySelector<HTMLElement>(`[data-mark="${this.#active}"][tabindex]`);
    // The node may come with a later update (a window that pans to it); focus waits while it stays in the plot.
    if (node || !this.#focused) this.#focusMark = false;
    node?.focus();
  }

  /** The nodes of the marks (all of them, or a window of `MAX_NODES` around the active one), for the drawing's SVG. */
  renderMarks() {
    const scene = this.options.scene();
    if (!scene?.marks) return nothing;
    const count = Math.min(scene.marks, MAX_NODES);
    const first = Math.max(0, Math.min(this.#active - MAX_NODES / 2, scene.marks - count));
    const marks = Array.from({ length: count }, (_, k) => (this.#marks[first + k] ??= scene.mark(first + k)));
    return renderMarkNodes(marks, first, this.tabStop, this.#pinned);
  }

  /** Make `index` the active mark and show its tooltip (-1: none). */
  activate(index: number): void {
    this.#active = index;
    if (index >= 0) this.options.tooltip.show();
    this.host.requestUpdate();
  }

  /** Activate `index` and bring it into view, as the arrow keys do. */
  moveTo(index: number): void {
    if (index < 0) return;
    this.activate(index);
    this.options.onMove?.(index);
  }

  /** Pin the active mark and fire `cv-select` for it. */
  select(): void {
    const scene = this.options.scene();
    if (!scene || this.#active < 0 || this.#active >= scene.marks) return;
    this.#pinned = this.#active;
    this.host.requestUpdate();
    // A copy: a listener that changes the detail must not change the drawing.
    this.host.dispatchEvent(new CvSelectEvent(scene.mark(this.#active).datum));
  }

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (this.options.takeKey?.(event)) return;
    const scene = this.options.scene();
    // Keys pressed on a button or link inside the plot belong to it.
    if (!scene || !isPlotOrMark(event)) return;
    const toward = scene.markToward?.bind(scene);
    const page = (index: number, direction: 1 | -1) => pageFrom(scene, index, direction);
    const action = navigationAction(event.key, this.#active, scene.marks, { rtl: this.options.rtl(), toward, page });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') {
      this.#focusMark = true;
      this.moveTo(action.index);
    } else if (action.kind === 'select') this.select();
    else {
      this.#pinned = -1;
      this.options.tooltip.dismiss();
    }
  };

  /** Focus on the plot or a mark (focusin): the plot hands it to the active mark's node, the Tab stop. */
  readonly handleFocus = (event: FocusEvent): void => {
    if (!isPlotOrMark(event)) return;
    this.#focused = true;
    const marks = this.options.scene()?.marks;
    if (this.#pressing || !marks) return this.host.requestUpdate();
    if (event.target === event.currentTarget) this.#focusMark = true;
    this.activate(this.#active >= 0 ? this.#active : 0);
  };

  /** Focus left the plot (focusout): moving from one mark to another is not leaving. */
  readonly handleBlur = (event: FocusEvent): void => {
    const plot = event.currentTarget as Node | null;
    if (event.relatedTarget instanceof Node && plot?.contains(event.relatedTarget)) return;
    this.#focused = false;
    this.options.tooltip.hide();
  };

  readonly handlePointerDown = (event: PointerEvent): void => {
    this.#pressing = true;
    requestAnimationFrame(() => (this.#pressing = false));
    if (event.pointerType === 'mouse' || this.options.tooltip.holds(event)) return;
    // A tap shows the tooltip; tapping the same mark again, or empty space, dismisses it.
    const index = this.#markAt(event);
    if (index < 0 || (index === this.#active && this.options.tooltip.shown)) this.options.tooltip.hide();
    else this.activate(index);
  };

  readonly handlePointerMove = (event: PointerEvent): void => {
    // Over the tooltip the reader is reading it: the mark beneath it must not take over (WCAG 1.4.13).
    if (event.pointerType !== 'mouse' || this.options.tooltip.holds(event)) return;
    const index = this.#markAt(event);
    // A mark whose tooltip Escape dismissed stays quiet until the pointer moves to another.
    if (index >= 0 && index === this.#active && this.options.tooltip.dismissed) return;
    if (index >= 0) this.activate(index);
    else if (!this.host.matches(':focus-within')) this.options.tooltip.hide();
  };

  readonly handlePointerLeave = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && !this.host.matches(':focus-within')) this.options.tooltip.hide();
  };

  readonly handleClick = (event: MouseEvent): void => {
    if (this.options.tooltip.holds(event)) return;
    const index = this.#markAt(event);
    if (index < 0) return;
    this.#active = index;
    this.host.requestUpdate();
    this.select();
  };

  /** The mark under a pointer, or -1. */
  #markAt(event: MouseEvent): number {
    const scene = this.options.scene();
    const box = this.options.drawing()?.getBoundingClientRect();
    if (!scene || !box?.width || !box.height) return -1;
    return scene.markAt(((event.clientX - box.left) * scene.width) / box.width, ((event.clientY - box.top) * scene.height) / box.height);
  }
}

/** Where mark `index` of an earlier scene is in a new one, -1 when it is gone. */
function follow(index: number, before: InteractiveScene, scene: InteractiveScene): number {
  if (index < 0 || index >= before.marks) return -1;
  if (scene.indexOf) return scene.indexOf(before.mark(index).datum);
  return Math.min(index, scene.marks - 1);
}

/** PageDown: the first mark of the next group; PageUp: the first of this group, or of the one before. Ungrouped marks: ten at a time. */
function pageFrom(scene: InteractiveScene, index: number, direction: 1 | -1): number {
  const last = scene.marks - 1;
  const group = (i: number) => scene.mark(i).group;
  const own = group(index);
  if (own === undefined) return Math.max(0, Math.min(last, index + direction * 10));
  let i = index;
  if (direction > 0) {
    while (i < last && group(i) === own) i++;
    return i;
  }
  while (i > 0 && group(i - 1) === own) i--;
  if (i === index && i > 0) {
    const previous = group(--i);
    while (i > 0 && group(i - 1) === previous) i--;
  }
  return i;
}
