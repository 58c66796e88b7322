/** The timeline as a list, for readers who want it all in words: each event's date, title, category, description and source, then the eras. */
import { html, nothing } from 'lit';
import { categoryLabel, formatEventDate, type TimelineScene } from '../conflict-timeline.model.js';
import { eventDetails } from './text.js';

export function renderList(scene: TimelineScene) {
  const { events, data, format } = scene;
  return html`<section id="list" class="list" part="list" aria-label="Timeline as a list">
    <ol class="entries">
      ${events.map((e) => {
        const category = categoryLabel(scene, e);
        return html`<li>
          <p class="meta"><time datetime=${e.start}>${formatEventDate(e, format)}</time>${category ? ` · ${category}` : ''}</p>
          <strong class="title" dir="auto">${e.title}</strong>
          ${eventDetails(e)}
        </li>`;
      })}
    </ol>
    ${
      data.eras.length
        ? html`<p class="entries-heading">Eras</p>
            <ul class="entries">
              ${data.eras.map(
                (era) => html`<li>
                  <p class="meta">${formatEventDate(era, format)}</p>
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
