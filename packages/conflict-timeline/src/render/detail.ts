/** The panel under the horizontal plot with the event last chosen: its title, date, category, description and source. */
import { html, nothing } from 'lit';
import { categoryLabel, formatEventDate, type TimelineEvent, type TimelineScene } from '../conflict-timeline.model.js';
import { glyph } from './glyphs.js';
import { eventDetails } from './text.js';

export interface DetailView {
  /** Show the event `delta` places away. */
  readonly step: (delta: number) => void;
  readonly close: () => void;
}

export function renderDetail(scene: TimelineScene, event: TimelineEvent | undefined, view: DetailView) {
  const category = event && scene.categories.find((c) => c.id === event.category);
  const label = event && categoryLabel(scene, event);
  // No whitespace inside the panel: it must be :empty while nothing is selected.
  return html`<div class="detail" part="detail" aria-live="polite">${
    event
      ? html`<div class="head">
            ${category ? glyph(category) : nothing}<strong dir="auto">${event.title}</strong>
            <button type="button" aria-label="Previous event" @click=${() => view.step(-1)}>‹</button>
            <button type="button" aria-label="Next event" @click=${() => view.step(1)}>›</button>
            <button type="button" aria-label="Close details" @click=${view.close}>×</button>
          </div>
          <p class="meta"><time datetime=${event.start}>${formatEventDate(event, scene.format)}</time>${label ? ` · ${label}` : ''}</p>
          ${eventDetails(event)}`
      : nothing
  }</div>`;
}
