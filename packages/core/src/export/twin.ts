/**
 * A twin of an element, drawn where the element itself shows no drawing to export: a timeline on a phone is a
 * chronology of text, and its PNG or SVG is the horizontal timeline a wider element draws.
 */
import type { ReactiveElement } from 'lit';

/** The width a twin is drawn at: a column of a newsroom's page. */
const TWIN_WIDTH = 960;
/** How long a twin may take to draw (its `src` read again, from the browser's cache at best). */
const TWIN_TIMEOUT = 10_000;

/**
 * `use` run on the shadow root of a twin of `element` TWIN_WIDTH px wide, once it has drawn: the same attributes,
 * properties and children, its language the element's. The twin sits in the element's own shadow root, so the
 * page's tokens and theme reach it, out of sight and of the accessibility tree; it fires no event the page could
 * hear; it is removed after.
 */
export async function withTwin<T>(element: HTMLElement, use: (root: ShadowRoot) => T): Promise<T> {
  const twin = element.cloneNode(true) as HTMLElement & Record<string, unknown>;
  const { elementProperties } = element.constructor as typeof ReactiveElement;
  for (const [key, options] of elementProperties) {
    if (!options.state) twin[key as string] = (element as unknown as Record<PropertyKey, unknown>)[key];
  }
  // closest() stops at the shadow root the twin is in: it gets the language the element has.
  const lang = element.closest('[lang]')?.getAttribute('lang');
  if (lang) twin.setAttribute('lang', lang);
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  // Out of sight by its place alone: a hidden one would be copied hidden.
  Object.assign(box.style, { position: 'fixed', top: '0', left: '-100000px', width: `${TWIN_WIDTH}px`, pointerEvents: 'none' });
  const drawn = new Promise<void>((resolve, reject) => {
    const late = new Error(`has no drawing to export: a copy ${TWIN_WIDTH} px wide did not draw within ${TWIN_TIMEOUT / 1000} s`);
    const timer = setTimeout(() => reject(late), TWIN_TIMEOUT);
    // Its cv-render (drawn) or cv-error (it cannot draw) ends the wait, and no listener of the page hears either.
    twin.dispatchEvent = (event: Event) => {
      if (event.type === 'cv-render' || event.type === 'cv-error') {
        clearTimeout(timer);
        resolve();
      }
      return true;
    };
  });
  box.append(twin);
  element.shadowRoot!.append(box);
  try {
    await drawn;
    return use(twin.shadowRoot!);
  } finally {
    box.remove();
  }
}
