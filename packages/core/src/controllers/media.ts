/** A media query as reactive state, e.g. `(prefers-reduced-motion: reduce)`. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaQueryController implements ReactiveController {
  #list?: MediaQueryList;
  matches = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  readonly #onChange = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.#list ??= globalThis.matchMedia?.(this.query);
    this.matches = this.#list?.matches ?? false;
    this.#list?.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#list?.removeEventListener('change', this.#onChange);
  }
}

/** `prefers-reduced-motion: reduce`, for motion driven from script (CSS handles its own). */
export class ReducedMotionController extends MediaQueryController {
  constructor(host: ReactiveControllerHost) {
    super(host, '(prefers-reduced-motion: reduce)');
  }
}
