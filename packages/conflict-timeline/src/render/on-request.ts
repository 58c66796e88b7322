/** How the element draws its parts drawn on request (on-request/index.ts): their module, and what it hands them. */
import { html, nothing } from 'lit';
import { OnRequestModule, type LitTemplates, type OnRequestController } from '@conflict-viz/core';
import { categoryLabel, formatEventDate, type TimelineScene } from '../conflict-timeline.model.js';
import type { TimelineTemplates } from '../on-request/templates.js';
import { glyph } from './glyphs.js';

export type TimelineParts = typeof import('../on-request/index.js');

/** The list and an event's details, loaded once per page on the first request (or a first pointer or focus). */
export const TIMELINE_PARTS = new OnRequestModule<TimelineParts>(() => import('../on-request/index.js'));

/** Loads the parts as a reader first points at or focuses `element`, so that a request that follows is answered at once. */
export function prefetchParts(element: HTMLElement): void {
  const load = () => void TIMELINE_PARTS.load();
  element.addEventListener('pointerenter', load, { once: true });
  element.addEventListener('focusin', load, { once: true });
}

/** Lit's templates and the scene's formatters, for the parts. */
function timelineTemplates(scene: TimelineScene, lit: LitTemplates): TimelineTemplates {
  return {
    ...lit,
    date: (item) => formatEventDate(item, scene.format),
    category: (event) => categoryLabel(scene, event),
    glyph: (event) => {
      const category = scene.categories.find((c) => c.id === event.category);
      return category ? glyph(category) : nothing;
    },
  };
}

/** Draws a part with what `onRequest` loads, handed Lit's templates and the scene's formatters; nothing while it loads. */
export function partDrawer(onRequest: OnRequestController<TimelineParts>) {
  return <T>(scene: TimelineScene, part: (parts: TimelineParts, templates: TimelineTemplates) => T) =>
    onRequest.draw((parts, lit) => part(parts, timelineTemplates(scene, lit)));
}

/** The detail panel around `content`: a live region, there before what it says; :empty (no whitespace) while nothing is selected. */
export function renderDetailPanel(content: unknown) {
  return html`<div class="detail" part="detail" aria-live="polite">${content ?? nothing}</div>`;
}
