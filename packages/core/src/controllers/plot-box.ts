/**
 * The size of the plot inside a box whose size CSS decides before any script runs. The element's
 * frame has a height set from its width alone (the page reserves it, nothing moves when the script
 * or the data arrives); the plot takes what the heading, legend and footer leave (and may be narrower
 * than the element, as a map is in a wide column), and the drawing is laid out to that size. Measured
 * once the plot exists, and followed through a ResizeObserver made by the window of the host's document (as
 * ChartSizeController's: one from the page's window cannot follow layout inside an iframe).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from '../base/document-styles.js';

export interface PlotSize {
  readonly width: number;
  readonly height: number;
}

/** An element with data inputs: whether the page gives data decides which box it has. */
type BoxHost = ReactiveControllerHost & HTMLElement & { readonly data?: unknown; readonly dataJson?: string | null; readonly src?: string };

export class PlotBoxController implements ReactiveController {
  #size?: PlotSize;
  #element?: Element;
  #observer?: ResizeObserver;
  #frame = 0;

  constructor(private readonly host: BoxHost) {
    host.addController(this);
  }

  /** The plot's size in whole CSS px, once measured; undefined before the first render. Hidden, it keeps the last. */
  get size(): PlotSize | undefined {
    return this.#size;
  }

  /**
   * The frame's classes: `boxed` (its height is CSS's), and `article` for the box of the article's text while the page
   * gives no data (a property, an attribute or children, loaded or not) and while `drawingArticle` (the article's
   * drawing stays under a notice about the data given): the boxes conflict-viz.css reserves.
   */
  frameClass(drawingArticle: boolean): string {
    const { data, dataJson, src, firstElementChild } = this.host;
    const given = data != null || dataJson != null || src != null || !!firstElementChild;
    return `frame boxed ${drawingArticle || !given ? 'article' : ''}`;
  }

  /**
   * The size to lay the drawing out to: the plot's, never wider than the element's `width` (which ignores
   * a scrollbar's flicker); before the plot is measured, that width and no height (the model picks one).
   */
  layoutSize(width: number): { readonly width: number; readonly height?: number } {
    return { width: Math.min(width, this.#size?.width ?? Infinity), height: this.#size?.height };
  }

  /**
   * Measure the drawing's box in `root` now (a layout, before paint: the first frame is drawn at the right
   * size) and follow it; true when its size differs from the one the drawing was laid out to. The box
   * is the plot (part `plot`), or its child with class `area` where the plot holds a legend or notes too.
   */
  measure(root: ParentNode): boolean {
    const plot = root.querySelector('.plot > .area') ?? root.querySelector('.plot');
    if (!plot) return false;
    if (plot !== this.#element) this.#observe(plot);
    const { width, height } = plot.getBoundingClientRect();
    return this.#take(width, height);
  }

  /** Connected again, perhaps in another document: followed by that document's window. */
  hostConnected(): void {
    if (this.#element) this.#observe(this.#element);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  #observe(plot: Element): void {
    this.#observer?.disconnect();
    this.#element = plot;
    const view = windowOf(this.host.ownerDocument) ?? window;
    this.#observer = new view.ResizeObserver(() => {
      // A new layout inside the observer's delivery would change what it reports: wait a frame, and
      // measure then (what the observer reported may be older than a measure taken since).
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        const box = this.#element?.getBoundingClientRect();
        if (box && this.#take(box.width, box.height)) this.host.requestUpdate();
      });
    });
    this.#observer.observe(plot);
  }

  /** Rounded down, so the drawing never overflows its box by a fraction; zero (hidden) keeps the last size. */
  #take(measuredWidth: number, measuredHeight: number): boolean {
    const [width, height] = [Math.floor(measuredWidth), Math.floor(measuredHeight)];
    if (!width || !height || (width === this.#size?.width && height === this.#size.height)) return false;
    this.#size = { width, height };
    return true;
  }
}
