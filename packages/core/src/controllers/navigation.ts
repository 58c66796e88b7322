/**
 * The active mark and how a reader reaches it: arrow keys (mirrored in RTL, or by position where a
 * scene lays its marks out in two dimensions), Home/End, a mouse hovering, a finger tapping, focus;
 * Enter, Space or a click select it (`cv-select`, with a copy of its datum); Escape dismisses its tooltip.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { navigationAction } from '../a11y/keyboard.js';
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

export class NavigationController implements ReactiveController {
  #active = -1;
  #scene?: InteractiveScene;
  /** A pointer press focuses the plot too; it has already chosen its mark. */
  #pressing = false;

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

  /** The mark drawn highlighted: the active one while its tooltip shows, else -1. */
  get highlighted(): number {
    return this.options.tooltip.shown ? this.#active : -1;
  }

  hostUpdate(): void {
    // A new scene may renumber its marks: the active one keeps focus where the scene can find it.
    const scene = this.options.scene();
    const before = this.#scene;
    this.#scene = scene;
    if (!scene || !before || scene === before || this.#active < 0 || this.#active >= before.marks) return;
    if (scene.indexOf) this.#active = scene.indexOf(before.mark(this.#active).datum);
    else if (this.#active >= scene.marks) this.#active = scene.marks - 1;
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

  /** Fire `cv-select` for the active mark. */
  select(): void {
    const scene = this.options.scene();
    if (!scene || this.#active < 0 || this.#active >= scene.marks) return;
    // A copy: a listener that changes the detail must not change the drawing.
    this.host.dispatchEvent(new CvSelectEvent(scene.mark(this.#active).datum));
  }

  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (this.options.takeKey?.(event)) return;
    const scene = this.options.scene();
    // Keys pressed on a button or link inside the plot belong to it.
    if (!scene || event.composedPath()[0] !== event.currentTarget) return;
    const toward = scene.markToward?.bind(scene);
    const action = navigationAction(event.key, this.#active, scene.marks, { rtl: this.options.rtl(), toward });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') this.moveTo(action.index);
    else if (action.kind === 'select') this.select();
    else this.options.tooltip.dismiss();
  };

  readonly handleFocus = (): void => {
    const marks = this.options.scene()?.marks;
    if (this.#pressing || !marks) return;
    this.activate(this.#active >= 0 ? this.#active : 0);
  };

  readonly handleBlur = (): void => this.options.tooltip.hide();

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
