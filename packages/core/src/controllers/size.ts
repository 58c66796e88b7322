/**
 * The width available to an element, followed through a ResizeObserver on the host. The host's height
 * changes with every layout; only its width matters here. The observer is made by the window of the
 * document the host is in when it connects: one from the page's window cannot follow layout inside an
 * iframe (its notifications are never delivered, and the page gets "ResizeObserver loop" errors).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { windowOf } from '../base/document-styles.js';

export class ChartSizeController implements ReactiveController {
  #measured?: number;
  #previous?: number;
  #changedAt = 0;
  #frame = 0;
  #observer?: ResizeObserver;

  /** `fallbackWidth` is used where layout gives no width (display: none, not yet in a document). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fallbackWidth = 640,
  ) {
    host.addController(this);
  }

  /**
   * Width in CSS px. Before the observer reports, it is measured directly, so the first render is
   * already at the right size and nothing shifts when the observer catches up.
   */
  get width(): number {
    if (this.#measured === undefined && this.host.isConnected) {
      const style = getComputedStyle(this.host);
      const content = this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (content > 0) this.#measured = Math.round(content);
    }
    return this.#measured ?? this.fallbackWidth;
  }

  #follow(width: number) {
    // A page scrollbar that appears for the taller layout and disappears for the shorter one would
    // make the width flip between two values forever: a quick flip back to the wider one is ignored.
    const now = performance.now();
    const flipBack = width === this.#previous && this.#measured !== undefined && width > this.#measured && now - this.#changedAt < 500;
    if (flipBack) return;
    this.#previous = this.#measured;
    this.#measured = width;
    this.#changedAt = now;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const view = windowOf(this.host.ownerDocument) ?? window;
    this.#observer = new view.ResizeObserver((entries) => {
      // Rounded: sub-pixel jitter must not trigger a new layout. Zero: hidden; keep the last layout.
      const width = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
      if (!width || width === this.#measured) return;
      // Re-rendering inside the observer's delivery would change the layout it is reporting on
      // ("ResizeObserver loop completed with undelivered notifications"): wait a frame.
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#follow(width));
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
