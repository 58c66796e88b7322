/** What the detail panel under the horizontal plot shows of the event last chosen: its title, date, category, description and source. */
import type { TimelineEvent } from '../conflict-timeline.model.js';
import type { TimelineTemplates } from './templates.js';
import { eventDetails } from './text.js';

export interface DetailView {
  /** Show the event `delta` places away. */
  readonly step: (delta: number) => void;
  readonly close: () => void;
}

/** The panel's contents (the element draws the panel itself, a live region that must be there before them). */
export function renderDetail(templates: TimelineTemplates, event: TimelineEvent, view: DetailView) {
  const { html } = templates;
  const label = templates.category(event);
  return html`<div class="head">
      ${templates.glyph(event)}<strong dir="auto">${event.title}</strong>
      <button type="button" aria-label="Previous event" @click=${() => view.step(-1)}>‹</button>
      <button type="button" aria-label="Next event" @click=${() => view.step(1)}>›</button>
      <button type="button" aria-label="Close details" @click=${view.close}>×</button>
    </div>
    <p class="meta"><time datetime=${event.start}>${templates.date(event)}</time>${label ? ` · ${label}` : ''}</p>
    ${eventDetails(templates, event)}`;
}
