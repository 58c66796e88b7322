/**
 * The frame's parts that only a reader's or an author's request draws (the download buttons, the data
 * table): their module (../on-request/index.ts) loads with import() on the first request on the page. Until it is here a part draws nothing, and the host updates once it is; the element's
 * `updateComplete` waits for that (CvElement.getUpdateComplete).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { LitTemplates } from '../on-request/lit.js';

export type OnRequestParts = typeof import('../on-request/index.js');

const LIT: LitTemplates = { html, nothing };

/** The module once it is here, for every element of the page. */
let loaded: OnRequestParts | undefined;
/** Loads the module once per page; a failure is told once, and the parts stay undrawn. */
let loading: Promise<unknown> | undefined;
const load = () =>
  (loading ??= import('../on-request/index.js').then(
    (parts) => (loaded = parts),
    (error: unknown) => console.error('conflict-viz: could not load the download buttons and the data table', error),
  ));

export class OnRequestController {
  /** Whether the module is asked for and not here yet. */
  #waiting = false;
  /** Done once the module last asked for is here and what waited for it has run. */
  ready: Promise<void> = Promise.resolve();

  /** `paused`: true while nothing may be drawn on request (a server's render, and its hydration, which must match it). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly paused: () => boolean = () => false,
  ) {}

  /** Whether an update drew, or a reader asked for, a part whose module is still loading. */
  get waiting(): boolean {
    return this.#waiting;
  }

  /** Runs `then` once the module is here (a microtask later at the earliest); never if it cannot load. */
  whenLoaded(then: () => void): void {
    this.#waiting = true;
    this.ready = load().then(() => {
      this.#waiting = false;
      if (loaded) then();
    });
  }

  /** A part drawn with the module; nothing while it loads (the host updates once it is here). */
  draw<T>(part: (parts: OnRequestParts, lit: LitTemplates) => T): T | typeof nothing {
    if (this.paused()) return nothing;
    if (loaded) return part(loaded, LIT);
    if (!this.#waiting) this.whenLoaded(() => this.host.requestUpdate());
    return nothing;
  }
}
