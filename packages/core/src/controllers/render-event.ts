/**
 * `cv-render` once per new scene, after it is drawn: how long its update took, how many marks it has,
 * where its data came from, and what the drawn data left out (a spreadsheet's "Total" row), which the
 * notice shows beside the drawing. An update that makes no new scene fires nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatIssue, type DataIssue } from '../data/issues.js';
import { CvRenderEvent } from '../events/events.js';

/** What the element draws (its scene pipeline): the scene, where its data came from, and what that data left out. */
export interface DrawnScene {
  readonly scene?: { readonly marks: number };
  readonly source: string;
  readonly warnings: readonly DataIssue[];
}

export class RenderEventController implements ReactiveController {
  #startedAt = 0;
  #newScene = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly drawn: DrawnScene,
  ) {
    host.addController(this);
  }

  /** Call as an update begins (first thing in willUpdate): the event's duration counts from here. */
  begin(): void {
    this.#startedAt = performance.now();
    this.#newScene = false;
  }

  /** Call when this update made a new scene: the event fires once it is drawn. */
  newScene(): void {
    this.#newScene = true;
  }

  hostUpdated(): void {
    const { scene, source, warnings } = this.drawn;
    if (!this.#newScene || !scene) return;
    const detail = { duration: performance.now() - this.#startedAt, marks: scene.marks, source, warnings: warnings.map(formatIssue) };
    // Made before the call: the manifest analyser lists an event made inside it under the argument's name
    // ("detail"); the element's JSDoc @fires lines name every event.
    const rendered = new CvRenderEvent(detail);
    this.host.dispatchEvent(rendered);
  }
}
