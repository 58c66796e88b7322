/**
 * Zoom and pan by hand, for any element with a view. A drag pans, two fingers pinch, the wheel with
 * Ctrl or ⌘ (which a trackpad pinch sends) zooms, and pans when turned sideways or with Shift; a plain
 * wheel always scrolls the page and shows a short hint instead; + and − zoom, 0 resets. Input becomes
 * requests that the element maps onto its own model (a 2-D zoom for a map, a time window for a
 * timeline). Steps of keys and buttons are eased unless the reader prefers reduced motion.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isPlotOrMark } from '../a11y/mark-nodes.js';

/** A point of the drawing, in its own units (the SVG's viewBox). */
export type ViewPoint = readonly [number, number];

/** How an element's view answers zoom and pan requests. `V` is the element's view: a zoom, a window… */
export interface ZoomPanOptions<V> {
  /** The view as last set (the drawing may lag it by a frame). */
  readonly view: () => V;
  readonly show: (view: V) => void;
  /** `view` zoomed by `factor` around a point (none: around what the reader is on); undefined when nothing would change. */
  readonly zoomed: (view: V, factor: number, at?: ViewPoint) => V | undefined;
  /** `view` moved by dx, dy; undefined when this view cannot move (a drag then stays a click). */
  readonly panned: (view: V, dx: number, dy: number) => V | undefined;
  /** Go back to the initial view (`0`, a reset button). */
  readonly reset: () => void;
  /** The view that brings mark `index` into sight, moving as little as possible. */
  readonly reveal?: (view: V, index: number) => V;
  /** To ease steps: the initial view, and a view `t` (0–1) of the way between two. Without it, steps are immediate. */
  readonly ease?: { readonly initial: () => V; readonly between: (from: V, to: V, t: number) => V };
  /** How far one key press or button zooms (default 1.5). */
  readonly step?: number;
}

/** Pointers closer than this (drawing units) cannot pinch: their distance is all noise. */
const MIN_PINCH = 10;
/** A press that wanders less than this is still a click. */
const CLICK_SLOP = 4;
/** Wheel delta units (pixel, line, page) in pixels, and the zoom per pixel (d3-zoom's rate). */
const WHEEL_PIXELS = [1, 25, 500];
const WHEEL_ZOOM = 0.002;
const EASE_MS = 200;
/** How far one pan button or Shift + arrow key moves the view, in drawing units. */
const PAN_STEP = 80;
/** Shift + arrow keys pan: the direction each looks towards. */
const PAN_KEYS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['ArrowLeft', [-1, 0]],
  ['ArrowRight', [1, 0]],
  ['ArrowUp', [0, -1]],
  ['ArrowDown', [0, 1]],
]);
/** How long the wheel hint stays after the last plain wheel: long enough to read five words. */
const HINT_MS = 2000;
/** Apple keyboards zoom with ⌘; the hint names the key the reader has. */
const MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

interface Gesture<V> {
  /** The view and the pointers when the gesture (or its latest pointer) began. */
  readonly view: V;
  readonly start: ReadonlyMap<number, ViewPoint>;
  moved: boolean;
}

const distance = (a: ViewPoint, b: ViewPoint) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const middle = (a: ViewPoint, b: ViewPoint): ViewPoint => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

export class ZoomPanController<V> implements ReactiveController {
  readonly #pointers = new Map<number, ViewPoint>();
  #gesture?: Gesture<V>;
  /** A drag or pinch ends with a click, which must not choose the mark under the pointer. */
  #swallowClick = false;
  #frame = 0;
  #hintTimer = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ZoomPanOptions<V>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#hideHint();
    this.#pointers.clear();
    this.#gesture = undefined;
  }

  /** Zoom by `factor` around what the reader is on, eased: the zoom buttons and keys. */
  zoomBy(factor: number): void {
    const from = this.options.view();
    const to = this.options.zoomed(from, factor);
    if (to !== undefined) this.#ease(from, to, () => this.options.show(to));
  }

  /**
   * Look `dx` steps to the right and `dy` down (negative: left, up), eased: the pan buttons and Shift + arrow
   * keys, so a zoomed view can be moved without dragging (WCAG 2.5.7).
   */
  panStep(dx: number, dy: number): void {
    const from = this.options.view();
    const to = this.options.panned(from, -dx * PAN_STEP, -dy * PAN_STEP);
    if (to !== undefined) this.#ease(from, to, () => this.options.show(to));
  }

  /** Back to the initial view, eased. */
  reset(): void {
    const { ease } = this.options;
    if (ease) this.#ease(this.options.view(), ease.initial(), this.options.reset);
    else this.options.reset();
  }

  /** Bring mark `index` into sight: the keyboard moved to it. */
  reveal(index: number): void {
    if (!this.options.reveal) return;
    cancelAnimationFrame(this.#frame);
    this.options.show(this.options.reveal(this.options.view(), index));
  }

  /** + (or =) and − (or _) zoom, 0 resets, Shift + arrows pan, on the plot or a mark; true when the key was one of them. Keys on controls inside the plot are theirs. */
  handleKeydown(event: KeyboardEvent): boolean {
    if (!isPlotOrMark(event)) return false;
    const step = this.options.step ?? 1.5;
    if (event.key === '+' || event.key === '=') this.zoomBy(step);
    else if (event.key === '-' || event.key === '_') this.zoomBy(1 / step);
    else if (event.key === '0') this.reset();
    else if (event.shiftKey && PAN_KEYS.has(event.key)) this.panStep(...PAN_KEYS.get(event.key)!);
    else return false;
    event.preventDefault();
    return true;
  }

  // Listeners for the drawing (an <svg> with a viewBox), bound by the element's template.

  readonly pointerDown = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    // A hand on the drawing takes over from an eased step still running.
    cancelAnimationFrame(this.#frame);
    this.#pointers.set(event.pointerId, this.#point(event));
    this.#begin(this.#gesture?.moved ?? false);
  };

  readonly pointerMove = (event: PointerEvent): void => {
    const gesture = this.#gesture;
    if (!gesture || !this.#pointers.has(event.pointerId)) return;
    this.#pointers.set(event.pointerId, this.#point(event));
    const [first, second] = this.#pointers.keys();
    const next = second === undefined ? this.#drag(gesture, first) : this.#pinch(gesture, first, second);
    if (next === undefined) return;
    gesture.moved = true;
    try {
      // Keep the moves of a gesture that leaves the drawing.
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // A synthetic or already released pointer cannot be captured; the gesture works without.
    }
    this.options.show(next);
  };

  /** For `pointerup` and `pointercancel`. */
  readonly pointerUp = (event: PointerEvent): void => {
    if (!this.#pointers.delete(event.pointerId)) return;
    const moved = this.#gesture?.moved ?? false;
    if (moved && event.type === 'pointerup') this.#swallowClick = true;
    // A finger left on the drawing carries on from where the pinch left the view.
    if (this.#pointers.size) this.#begin(moved);
    else this.#gesture = undefined;
  };

  readonly click = {
    handleEvent: (event: Event): void => {
      if (!this.#swallowClick) return;
      this.#swallowClick = false;
      event.stopImmediatePropagation();
    },
    capture: true,
  };

  readonly wheel = {
    handleEvent: (event: WheelEvent): void => {
      // The page's scroll is the reader's: only a deliberate Ctrl/⌘ + wheel zooms, never focus alone.
      if (!(event.ctrlKey || event.metaKey)) return this.#showHint();
      this.#hideHint();
      const pixels = WHEEL_PIXELS[event.deltaMode] ?? 1;
      const view = this.options.view();
      const sideways = event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
      const next = sideways
        ? this.options.panned(view, -(event.shiftKey ? event.deltaY : event.deltaX) * pixels, 0)
        : this.options.zoomed(view, Math.exp(-event.deltaY * pixels * WHEEL_ZOOM), this.#point(event));
      // A view that cannot go further leaves the wheel to the page.
      if (next === undefined) return;
      event.preventDefault();
      cancelAnimationFrame(this.#frame);
      this.options.show(next);
    },
    passive: false,
  };

  /** Whether the wheel hint shows now: a plain wheel turned over the drawing a moment ago. */
  get hintShown(): boolean {
    return this.#hintTimer !== 0;
  }

  /**
   * The hint over the drawing while it shows. Hidden from screen readers: they do not scroll with a
   * wheel, the + and − keys are in the keyboard hint, and a live region here would speak on every scroll.
   */
  renderHint() {
    if (!this.hintShown) return nothing;
    return html`<div class="zoom-hint" aria-hidden="true">Use ${MAC ? '⌘' : 'Ctrl'} + scroll to zoom</div>`;
  }

  #showHint(): void {
    if (!this.#hintTimer) this.host.requestUpdate();
    clearTimeout(this.#hintTimer);
    this.#hintTimer = window.setTimeout(() => this.#hideHint(), HINT_MS);
  }

  #hideHint(): void {
    if (!this.#hintTimer) return;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = 0;
    this.host.requestUpdate();
  }

  #begin(moved: boolean): void {
    this.#gesture = { view: this.options.view(), start: new Map(this.#pointers), moved };
  }

  /** One pointer: the view moved with it, once it has moved far enough to be a drag. */
  #drag(gesture: Gesture<V>, id: number): V | undefined {
    const [from, to] = [gesture.start.get(id)!, this.#pointers.get(id)!];
    if (!gesture.moved && distance(from, to) < CLICK_SLOP) return undefined;
    return this.options.panned(gesture.view, to[0] - from[0], to[1] - from[1]);
  }

  /** Two pointers: what was under each stays under it, scaled by how far apart they moved. */
  #pinch(gesture: Gesture<V>, a: number, b: number): V | undefined {
    const [a0, b0] = [gesture.start.get(a)!, gesture.start.get(b)!];
    const [a1, b1] = [this.#pointers.get(a)!, this.#pointers.get(b)!];
    const apart = distance(a0, b0);
    if (apart < MIN_PINCH) return undefined;
    const [m0, m1] = [middle(a0, b0), middle(a1, b1)];
    const zoomed = this.options.zoomed(gesture.view, distance(a1, b1) / apart, m0) ?? gesture.view;
    return this.options.panned(zoomed, m1[0] - m0[0], m1[1] - m0[1]) ?? zoomed;
  }

  /** Where an event is on the drawing it was bound to, in the drawing's units. */
  #point(event: MouseEvent): ViewPoint {
    const drawing = event.currentTarget as SVGSVGElement;
    const box = drawing.getBoundingClientRect();
    const units = drawing.viewBox?.baseVal;
    const sx = (units?.width || box.width) / (box.width || 1);
    const sy = (units?.height || box.height) / (box.height || 1);
    return [(event.clientX - box.left) * sx, (event.clientY - box.top) * sy];
  }

  /** Go from one view to another over 200 ms, unless reduced motion is preferred (read now, so a change applies at once). */
  #ease(from: V, to: V, finish: () => void): void {
    cancelAnimationFrame(this.#frame);
    const between = this.options.ease?.between;
    if (!between || globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches) return finish();
    const began = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - began) / EASE_MS);
      if (t === 1) return finish();
      this.options.show(between(from, to, t * (2 - t)));
      this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }
}
