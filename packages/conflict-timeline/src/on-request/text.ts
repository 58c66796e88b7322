/** An event's description and source: the list, the detail panel and an opened chronology row share them. */
import type { TimelineEvent } from '../conflict-timeline.model.js';
import type { TimelineTemplates } from './templates.js';

/** The source of an event, linked when it has a link. */
function sourceLink({ html }: Pick<TimelineTemplates, 'html'>, event: TimelineEvent) {
  return event.href
    ? html`<a href=${event.href} rel="noopener noreferrer" dir="auto">${event.source ?? new URL(event.href).host}</a>`
    : html`<span dir="auto">${event.source}</span>`;
}

/** An event's description and source, as paragraphs; nothing where it has neither. */
export function eventDetails(lit: Pick<TimelineTemplates, 'html' | 'nothing'>, event: TimelineEvent) {
  const { html, nothing } = lit;
  return html`${event.description ? html`<p dir="auto">${event.description}</p>` : nothing}${
    event.source || event.href ? html`<p class="meta">Source: ${sourceLink(lit, event)}</p>` : nothing
  }`;
}
