/**
 * The tooltip of the active mark: whether it shows, the box drawn over the plot (kept inside it,
 * flipped below its anchor near the top), and the sentence the live region announces.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { clamp } from '../layout/lanes.js';
import { describeMark, type Tooltip } from '../layout/scene.js';

/** Half the tooltip's widest box, in px: how far its centre stays from the plot's edges. */
const HALF_WIDTH = 120;
/** Anchors nearer the top than this put the box below them. */
const FLIP_BELOW = 70;

export class TooltipController implements ReactiveController {
  #shown = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Whatever pointed at a mark has left with the element.
    this.#shown = false;
  }

  get shown(): boolean {
    return this.#shown;
  }

  show(): void {
    this.#set(true);
  }

  hide(): void {
    this.#set(false);
  }

  #set(shown: boolean): void {
    if (shown === this.#shown) return;
    this.#shown = shown;
    this.host.requestUpdate();
  }

  /** The tooltip box for `tooltip` over a plot `width` px wide; nothing while hidden. */
  render(tooltip: Tooltip | undefined, width: number) {
    if (!this.#shown || !tooltip) return nothing;
    const half = Math.min(HALF_WIDTH, width / 2);
    const x = clamp(tooltip.x, half, width - half);
    const below = tooltip.y < FLIP_BELOW;
    const transform = `translate(${x}px, ${tooltip.y}px) translate(-50%, ${below ? '12px' : 'calc(-100% - 12px)'})`;
    // Bound to `.style` (set through the CSSOM), never the style attribute, which a strict CSP blocks.
    return html`<div part="tooltip" class="tooltip" aria-hidden="true" .style=${`transform:${transform}`}>
      <strong dir="auto">${tooltip.title}</strong>
      ${tooltip.lines.map((line) => html`<div dir="auto">${line}</div>`)}
    </div>`;
  }

  /** What the live region says: the tooltip as sentences while it shows. */
  announcement(tooltip: Tooltip | undefined): string {
    return this.#shown && tooltip ? describeMark(tooltip) : '';
  }
}
