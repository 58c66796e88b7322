/**
 * Linked views (`group`): each mark's part names, for the element to draw the marks another element of the group
 * chose with the part `highlighted`, and what its live region says of them. The linking itself (hearing and
 * telling the group, matching years and places, Escape) is ../linked/index.ts, loaded with import() the first
 * time an element has a `group`: a page whose elements have none never loads it, and nothing here listens.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InteractiveScene } from '../layout/scene.js';

/** The element as the linking module sees it: its `group` and the scene it draws. */
export interface LinkedHost extends ReactiveControllerHost, HTMLElement {
  readonly group?: string;
}

export class LinkedController implements ReactiveController {
  /**
   * A mark's part names, from its datum: `mark`. The linking module, once loaded, puts its own here, which adds
   * `highlighted` while the group's choice includes the mark.
   */
  part: (datum: unknown) => string = () => 'mark';
  /** What the live region says of the last highlight. */
  said?: string;

  constructor(
    readonly host: LinkedHost,
    /** The scene drawn, whose marks the linking module matches and names. */
    readonly scene: () => InteractiveScene | undefined,
  ) {
    host.addController(this);
  }

  /** After an update, never on a server: an element given a `group` joins it, once (the module takes over from here). */
  hostUpdated(): void {
    if (!this.host.group) return;
    this.host.removeController(this);
    // A module that cannot load is reported by the browser (an unhandled rejection); the marks stay as they are.
    void import('../linked/index.js').then((linked) => linked.join(this));
  }
}
