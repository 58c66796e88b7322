/** Typed events of every conflict-viz element; `cv-` prefixed so they never collide with the page's own. */
import type { DataIssue } from '../data/issues.js';

/**
 * An event whose `detail` each reader gets as a copy of its own, taken when it was made: a listener that
 * edits the detail changes nothing for the element, for the drawing or for the listeners after it.
 */
class CvEvent<T> extends Event {
  readonly #detail: T;
  constructor(type: string, detail: T) {
    super(type, { bubbles: true, composed: true });
    this.#detail = structuredClone(detail);
  }

  get detail(): T {
    return structuredClone(this.#detail);
  }
}

/** A mark was chosen by pointer, touch or keyboard (Enter). `detail` is the datum behind the mark. */
export class CvSelectEvent<T = unknown> extends CvEvent<T> {
  constructor(detail: T) {
    super('cv-select', detail);
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
export class CvRenderEvent extends CvEvent<CvRenderDetail> {
  constructor(detail: CvRenderDetail) {
    super('cv-render', detail);
  }
}

export interface CvErrorDetail {
  readonly issues: readonly DataIssue[];
  /** The issues as sentences, as shown in the element. */
  readonly messages: readonly string[];
}

/** Input was rejected; the element shows the issues and keeps its last good rendering. */
export class CvErrorEvent extends CvEvent<CvErrorDetail> {
  constructor(detail: CvErrorDetail) {
    super('cv-error', detail);
  }
}

/**
 * What `cv-link` carries: an element of a `group` chose a mark, or (no years and no names) Escape cleared the
 * group's choice. Dispatched by the element that chose, bubbling and composed; the group hears it on the
 * document. Plain data, so elements defined by separate scripts on one page hear each other.
 */
export interface CvLinkDetail {
  readonly group: string;
  /** The whole years (UTC) the choice stands for: a chart's year, a timeline event's years, a district's years with events. */
  readonly years: readonly number[];
  /** In lower-case words: the chosen place's names (`paktika province`, `paktika`), or an event's id and title, which may name one. */
  readonly names: readonly string[];
  /** The choice in a few words, for announcements: the year, or the event's or place's title. */
  readonly label: string;
}

/** The `cv-link` event: a plain `CustomEvent` (elements of separate builds must read each other's), typed by its detail. */
export type CvLinkEvent = CustomEvent<CvLinkDetail>;

/** An element's events, with `cv-select` carrying `TSelect`: what its typed `addEventListener` knows. */
export interface CvEventMap<TSelect = unknown> extends HTMLElementEventMap {
  'cv-select': CvSelectEvent<TSelect>;
  'cv-render': CvRenderEvent;
  'cv-error': CvErrorEvent;
}

/**
 * Listeners typed by an element's events, `cv-select` carrying `TSelect`: the element declares its
 * `addEventListener` and `removeEventListener` as these.
 */
export interface CvEventTarget<TSelect = unknown> {
  addEventListener<K extends keyof CvEventMap<TSelect>>(
    type: K,
    listener: (this: HTMLElement, event: CvEventMap<TSelect>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CvEventMap<TSelect>>(
    type: K,
    listener: (this: HTMLElement, event: CvEventMap<TSelect>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cv-select': CvSelectEvent;
    'cv-render': CvRenderEvent;
    'cv-error': CvErrorEvent;
    'cv-link': CvLinkEvent;
  }
}
