/**
 * Parts that only a reader's or an author's request draws (the frame's download buttons and data table; an
 * element's own, such as the timeline's list and detail panel): their module loads with import() on the first
 * request on the page. Until it is here a part draws nothing, and the host updates once it is; the element's
 * `updateComplete` waits for that (CvElement.getUpdateComplete).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { LitTemplates } from '../on-request/lit.js';

export type OnRequestParts = typeof import('../on-request/index.js');

const LIT: LitTemplates = { html, nothing };

/** A module of parts drawn on request, loaded once per page by whichever element asks first. */
export class OnRequestModule<TParts> {
  /** The module once it is here. */
  loaded?: TParts;
  #loading?: Promise<unknown>;

  constructor(private readonly importer: () => Promise<TParts>) {}

  /** Loads the module once per page; a failure is told once (the error names the file), and the parts stay undrawn. */
  load(): Promise<unknown> {
    return (this.#loading ??= this.importer().then(
      (parts) => (this.loaded = parts),
      (error: unknown) => console.error('conflict-viz: could not load parts drawn on request', error),
    ));
  }
}

/** The frame's parts: the download buttons and the data table. */
export const FRAME_PARTS = new OnRequestModule<OnRequestParts>(() => import('../on-request/index.js'));

export class OnRequestController<TParts = OnRequestParts> {
  /** Whether the module is asked for and not here yet. */
  #waiting = false;
  /** Done once the module last asked for is here and what waited for it has run. */
  ready: Promise<void> = Promise.resolve();

  /** `paused`: true while nothing may be drawn on request (a server's render, and its hydration, which must match it). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly paused: () => boolean = () => false,
    private readonly module: OnRequestModule<TParts> = FRAME_PARTS as OnRequestModule<TParts>,
  ) {}

  /** Whether an update drew, or a reader asked for, a part whose module is still loading. */
  get waiting(): boolean {
    return this.#waiting;
  }

  /** Runs `then` once the module is here (a microtask later at the earliest); never if it cannot load. */
  whenLoaded(then: () => void): void {
    this.#waiting = true;
    this.ready = this.module.load().then(() => {
      this.#waiting = false;
      if (this.module.loaded) then();
    });
  }

  /** A part drawn with the module; nothing while it loads (the host updates once it is here). */
  draw<T>(part: (parts: TParts, lit: LitTemplates) => T): T | typeof nothing {
    if (this.paused()) return nothing;
    const { loaded } = this.module;
    if (loaded) return part(loaded, LIT);
    if (!this.#waiting) this.whenLoaded(() => this.host.requestUpdate());
    return nothing;
  }
}
