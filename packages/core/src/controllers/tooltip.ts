/**
 * The tooltip of the active mark: whether it shows, the box drawn over the plot (kept inside it,
 * flipped below its anchor near the top), and the sentence the live region announces.
 * WCAG 1.4.13: Escape dismisses it even while only hovering, and the pointer can move onto it.
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
  #dismissed = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Whatever pointed at a mark has left with the element.
    this.#set(false);
  }

  get shown(): boolean {
    return this.#shown;
  }

  /** Escape hid it: the pointer still resting on its mark must not bring it back. */
  get dismissed(): boolean {
    return this.#dismissed;
  }

  show(): void {
    this.#dismissed = false;
    this.#set(true);
  }

  hide(): void {
    this.#dismissed = false;
    this.#set(false);
  }

  /** Hidden by the reader (Escape), until the pointer or the keys move to a mark again. */
  dismiss(): void {
    this.#set(false);
    this.#dismissed = true;
  }

  /** Whether an event happened over the tooltip (or the gap to its mark): the pointer is reading it. */
  holds(event: Event): boolean {
    return event.composedPath().some((node) => node instanceof HTMLElement && node.classList.contains('tooltip-hover'));
  }

  #set(shown: boolean): void {
    if (shown === this.#shown) return;
    this.#shown = shown;
    // A hovered tooltip has no focus to catch Escape, so the page listens while it shows.
    if (shown) document.addEventListener('keydown', this.#escape);
    else document.removeEventListener('keydown', this.#escape);
    this.host.requestUpdate();
  }

  readonly #escape = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.dismiss();
  };

  /** The tooltip box for `tooltip` over a plot `width` px wide; nothing while hidden. */
  render(tooltip: Tooltip | undefined, width: number) {
    if (!this.#shown || !tooltip) return nothing;
    const half = Math.min(HALF_WIDTH, width / 2);
    const x = clamp(tooltip.x, half, width - half);
    const below = tooltip.y < FLIP_BELOW;
    const transform = `translate(${x}px, ${tooltip.y}px) translate(-50%, ${below ? '0' : '-100%'})`;
    // The wrapper's padding bridges the gap between mark and box, so the pointer can cross it.
    // Bound to `.style` (set through the CSSOM), never the style attribute, which a strict CSP blocks.
    return html`<div class="tooltip-hover ${below ? 'below' : 'above'}" .style=${`transform:${transform}`}>
      <div part="tooltip" class="tooltip" aria-hidden="true">
        <strong dir="auto">${tooltip.title}</strong>
        ${tooltip.lines.map((line) => html`<div dir="auto">${line}</div>`)}
      </div>
    </div>`;
  }

  /** What the live region says: the tooltip as sentences while it shows. */
  announcement(tooltip: Tooltip | undefined): string {
    return this.#shown && tooltip ? describeMark(tooltip) : '';
  }
}
