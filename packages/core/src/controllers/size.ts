/**
 * The width available to an element, followed through a ResizeObserver (@lit-labs/observers).
 * It observes a zero-height ruler inside the element rather than the host: the host's height
 * changes with every layout, and observing it would make each re-render a new resize
 * ("ResizeObserver loop completed with undelivered notifications").
 */
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { ReactiveControllerHost } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';

export class ChartSizeController {
  private readonly resize: ResizeController<number>;

  /** `fallbackWidth` is used until the first measurement and where layout gives no width (display: none). */
  constructor(host: ReactiveControllerHost & HTMLElement, private readonly fallbackWidth = 640) {
    this.resize = new ResizeController<number>(host, {
      target: null,
      callback: (entries) => {
        const entry = entries[entries.length - 1];
        const width = entry ? entry.contentRect.width : 0;
        // Rounded: sub-pixel jitter must not trigger a new layout.
        return width > 0 ? Math.round(width) : this.resize.value ?? this.fallbackWidth;
      },
    });
  }

  /** Width in CSS px. */
  get width(): number {
    return this.resize.value ?? this.fallbackWidth;
  }

  /** Element directive for the ruler: `<div class="ruler" ${size.ruler()}></div>`. */
  ruler(): DirectiveResult {
    return this.resize.target();
  }
}
