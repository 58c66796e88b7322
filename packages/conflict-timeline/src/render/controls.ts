/**
 * The timeline's controls: the category legend, whose buttons show and hide categories, then zoom
 * in and out, reset and the list. The chronology has no zoom steps (its counts open instead) and no
 * list (it is one): only Reset, once a count was opened.
 */
import { html, nothing } from 'lit';
import type { TimelineScene } from '../conflict-timeline.model.js';
import { glyph } from './glyphs.js';

export interface ControlsView {
  /** The window was zoomed or panned: Reset has something to undo. */
  readonly zoomed: boolean;
  readonly listOpen: boolean;
  readonly toggleCategory: (id: string) => void;
  readonly zoomBy: (factor: number) => void;
  /** Look one step later (1) or earlier (-1), without dragging (WCAG 2.5.7). */
  readonly pan: (direction: 1 | -1) => void;
  readonly reset: () => void;
  readonly toggleList: () => void;
  /** The step of one press of + or −. */
  readonly step: number;
}

export function renderControls(scene: TimelineScene, view: ControlsView) {
  const { categories } = scene;
  // A chronology of one category, not zoomed, has nothing to control.
  if (categories.length < 2 && scene.vertical && !view.zoomed) return nothing;
  return html`<div class="controls" part="controls">
    ${
      categories.length > 1
        ? html`<ul class="legend" part="legend" aria-label="Categories: press to show or hide">
            ${categories.map(
              (c) => html`<li>
                <button type="button" aria-pressed=${!c.hidden} @click=${() => view.toggleCategory(c.id)}>
                  ${glyph(c)}<span dir="auto">${c.label}</span> <span class="count">${scene.format.number(c.count)}</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing
    }
    ${scene.vertical ? (view.zoomed ? html`<div class="zoom">${reset(view)}</div>` : nothing) : zoomGroup(view, scene.rtl)}
  </div>`;
}

/** Zoom out and in, earlier and later once zoomed (pointing the way time runs), back to the first window, and the list. */
function zoomGroup(view: ControlsView, rtl: boolean) {
  return html`<div class="zoom" role="group" aria-label="Zoom">
    <button type="button" aria-label="Zoom out" @click=${() => view.zoomBy(1 / view.step)}>−</button>
    <button type="button" aria-label="Zoom in" @click=${() => view.zoomBy(view.step)}>+</button>
    <button type="button" aria-label="Earlier" ?disabled=${!view.zoomed} @click=${() => view.pan(-1)}>${rtl ? '›' : '‹'}</button>
    <button type="button" aria-label="Later" ?disabled=${!view.zoomed} @click=${() => view.pan(1)}>${rtl ? '‹' : '›'}</button>
    ${reset(view)}
    <button type="button" aria-expanded=${view.listOpen ? 'true' : 'false'} aria-controls="list" @click=${view.toggleList}>List</button>
  </div>`;
}

/** Reset has something to undo only once the window was zoomed or panned. */
const reset = (view: ControlsView) => html`<button type="button" ?disabled=${!view.zoomed} @click=${view.reset}>Reset</button>`;
