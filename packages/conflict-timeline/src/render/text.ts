/** Pieces of text the chronology, the list and the detail panel share. */
import { html, nothing } from 'lit';
import type { TimelineEvent } from '../conflict-timeline.model.js';

/** The source of an event, linked when it has a link. */
export function sourceLink(event: TimelineEvent) {
  return event.href
    ? html`<a href=${event.href} rel="noopener noreferrer" dir="auto">${event.source ?? new URL(event.href).host}</a>`
    : html`<span dir="auto">${event.source}</span>`;
}

/** An event's description and source, as paragraphs; nothing where it has neither. */
export function eventDetails(event: TimelineEvent) {
  return html`${event.description ? html`<p dir="auto">${event.description}</p>` : nothing}${
    event.source || event.href ? html`<p class="meta">Source: ${sourceLink(event)}</p>` : nothing
  }`;
}
