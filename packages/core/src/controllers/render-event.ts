/**
 * `cv-render` once per new scene, after it is drawn: how long its update took, how many marks it has,
 * where its data came from, and what the drawn data left out (a spreadsheet's "Total" row), which the
 * notice shows beside the drawing. An update that makes no new scene fires nothing; a scene drawn again at
 * once for its box's size fires when that drawing is made.
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

export interface RenderEventOptions {
  /**
   * Called once each update is drawn: true when the drawing is to be made again at once (its box turned out
   * another size), which the host then requests; the event waits for that drawing.
   */
  readonly redraw?: () => boolean;
}

export class RenderEventController implements ReactiveController {
  #startedAt = 0;
  /** When the update that made a scene not yet announced began. */
  #newSceneAt?: number;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly drawn: DrawnScene,
    private readonly options: RenderEventOptions = {},
  ) {
    host.addController(this);
  }

  /** Call as an update begins (first thing in willUpdate): the event's duration counts from here. */
  begin(): void {
    this.#startedAt = performance.now();
  }

  /** Call when this update made a new scene: the event fires once it is drawn. */
  newScene(): void {
    this.#newSceneAt ??= this.#startedAt;
  }

  hostUpdated(): void {
    if (this.options.redraw?.()) return void this.host.requestUpdate();
    const { scene, source, warnings } = this.drawn;
    const started = this.#newSceneAt;
    this.#newSceneAt = undefined;
    if (started === undefined || !scene) return;
    const detail = { duration: performance.now() - started, marks: scene.marks, source, warnings: warnings.map(formatIssue) };
    // Made before the call: the manifest analyser lists an event made inside it under the argument's name
    // ("detail"); the element's JSDoc @fires lines name every event.
    const rendered = new CvRenderEvent(detail);
    this.host.dispatchEvent(rendered);
  }
}
