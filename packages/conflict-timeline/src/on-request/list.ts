/** The timeline as a list, for readers who want it all in words: each event's date, title, category, description and source, then the eras. */
import type { TimelineEra, TimelineEvent } from '../conflict-timeline.model.js';
import type { TimelineTemplates } from './templates.js';
import { eventDetails } from './text.js';

export function renderList(templates: TimelineTemplates, events: readonly TimelineEvent[], eras: readonly TimelineEra[]) {
  const { html, nothing, date } = templates;
  return html`<section id="list" class="list" part="list" aria-label="Timeline as a list">
    <ol class="entries">
      ${events.map((e) => {
        const category = templates.category(e);
        return html`<li>
          <p class="meta"><time datetime=${e.start}>${date(e)}</time>${category ? ` · ${category}` : ''}</p>
          <strong class="title" dir="auto">${e.title}</strong>
          ${eventDetails(templates, e)}
        </li>`;
      })}
    </ol>
    ${
      eras.length
        ? html`<p class="entries-heading">Eras</p>
            <ul class="entries">
              ${eras.map(
                (era) => html`<li>
                  <p class="meta">${date(era)}</p>
                  <strong class="title" dir="auto">${era.title}</strong>
                  ${era.description ? html`<p dir="auto">${era.description}</p>` : nothing}
                  ${era.source ? html`<p class="meta">Source: <span dir="auto">${era.source}</span></p>` : nothing}
                </li>`,
              )}
            </ul>`
        : nothing
    }
  </section>`;
}
