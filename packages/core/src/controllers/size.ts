/**
 * The width available to an element, followed through a ResizeObserver (@lit-labs/observers).
 * It observes a zero-height ruler inside the element rather than the host: the host's height
 * changes with every layout, and observing it would make each re-render a new resize
 * ("ResizeObserver loop completed with undelivered notifications").
 */
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ChartSizeController implements ReactiveController {
  private readonly resize: ResizeController<number>;
  private pendingRuler?: Element;

  /** `fallbackWidth` is used until the first measurement and where layout gives no width (display: none). */
  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly fallbackWidth = 640) {
    this.resize = new ResizeController<number>(host, {
      target: null,
      callback: (entries) => {
        const entry = entries[entries.length - 1];
        const width = entry ? entry.contentRect.width : 0;
        // Rounded: sub-pixel jitter must not trigger a new layout.
        return width > 0 ? Math.round(width) : this.resize.value ?? this.fallbackWidth;
      },
    });
    host.addController(this);
  }

  /** Width in CSS px. */
  get width(): number {
    return this.resize.value ?? this.fallbackWidth;
  }

  /**
   * Start measuring `ruler` (call once it is rendered). Not through the controller's target()
   * directive: Lit also renders disconnected elements, and the directive then observes the ruler
   * again after disconnection, which keeps every removed element alive.
   */
  observe(ruler: Element): void {
    if (this.host.isConnected) this.resize.observe(ruler);
    else this.pendingRuler = ruler;
  }

  hostConnected(): void {
    // The ResizeController observes its known targets again on reconnection; a ruler first seen while disconnected is new.
    if (this.pendingRuler) this.resize.observe(this.pendingRuler);
    this.pendingRuler = undefined;
  }
}
