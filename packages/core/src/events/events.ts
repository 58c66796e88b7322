/** Typed events of every conflict-viz element; `cv-` prefixed so they never collide with the page's own. */
import type { DataIssue } from '../data/issues.js';

const init = { bubbles: true, composed: true } as const;

/** A mark was chosen by pointer, touch or keyboard (Enter). `detail` is the datum behind the mark. */
export class CvSelectEvent<T = unknown> extends Event {
  constructor(readonly detail: T) {
    super('cv-select', init);
  }
}

export interface CvRenderDetail {
  /** Milliseconds spent computing the scene and rendering it. */
  readonly duration: number;
  /** Number of marks drawn. */
  readonly marks: number;
  /** Where the drawn data came from: `data property`, `data attribute`, `src`, `table`, `default`… */
  readonly source: string;
  /** What the drawing leaves out of the data, and why (a skipped "Total" row), as shown in the element. */
  readonly warnings: readonly string[];
}

/** The element finished drawing a new scene. */
export class CvRenderEvent extends Event {
  constructor(readonly detail: CvRenderDetail) {
    super('cv-render', init);
  }
}

export interface CvErrorDetail {
  readonly issues: readonly DataIssue[];
  /** The issues as sentences, as shown in the element. */
  readonly messages: readonly string[];
}

/** Input was rejected; the element shows the issues and keeps its last good rendering. */
export class CvErrorEvent extends Event {
  constructor(readonly detail: CvErrorDetail) {
    super('cv-error', init);
  }
}

/** An element's events, with `cv-select` carrying `TSelect`: what its typed `addEventListener` knows. */
export interface CvEventMap<TSelect = unknown> extends HTMLElementEventMap {
  'cv-select': CvSelectEvent<TSelect>;
  'cv-render': CvRenderEvent;
  'cv-error': CvErrorEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cv-select': CvSelectEvent;
    'cv-render': CvRenderEvent;
    'cv-error': CvErrorEvent;
  }
}
