/**
 * Linked views: elements with the same `group` answer each other's choices. Loaded with import() the first
 * time an element has a `group` (LinkedController), so a page without one never loads it. It imports nothing
 * the elements' code shares (as ../on-request/index.ts): loaded later, it must not split what a page loads
 * up front into more files.
 *
 * The group talks through one DOM event, `cv-link`, dispatched by the element that chose (bubbling and
 * composed, so it reaches the document) and heard on the document by every element of the group. Its
 * detail is plain data (see CvLinkDetail): elements defined by separate scripts on one page (two script tags,
 * the loader and the one-file build) hear each other, with no shared module and no BroadcastChannel.
 */
import type { LinkedController } from '../controllers/linked.js';
import type { CvLinkDetail } from '../events/events.js';
import { linked, linkKeysOf, type LinkKeys } from './keys.js';
import { announce } from './announce.js';
import { adoptHighlightStyles } from './styles.js';

/** What the element Escape was pressed in says when it clears the group's choice. */
const CLEARED = 'Linked highlights cleared.';

/** The event a group talks through. */
const LINK_EVENT = 'cv-link';

/** Whether a detail is one this module can read: one from another copy of it, or from a page, may be anything. */
function isLinkDetail(detail: unknown): detail is CvLinkDetail {
  const d = detail as Partial<CvLinkDetail> | null;
  return (
    typeof d?.group === 'string' &&
    typeof d.label === 'string' &&
    Array.isArray(d.years) &&
    Array.isArray(d.names) &&
    d.years.every(Number.isInteger) &&
    d.names.every((name) => typeof name === 'string')
  );
}

/** Tell the group what `host` chose (or, with no keys, that its choice is cleared). */
function tell(link: LinkedController, keys: LinkKeys): void {
  const group = link.host.group;
  if (!group) return;
  const detail: CvLinkDetail = Object.freeze({ group, years: Object.freeze([...keys.years]), names: Object.freeze([...keys.names]), label: keys.label });
  link.host.dispatchEvent(new CustomEvent(LINK_EVENT, { detail, bubbles: true, composed: true }));
}

/** Joins `link`'s element to its group: from now on it tells what it chose and hears what the others chose. */
export function join(link: LinkedController): void {
  const { host } = link;
  /** The group's choice, while there is one; its cache of each datum's keys. */
  let choice: { readonly keys: LinkKeys; readonly cache: WeakMap<object, boolean> } | undefined;
  let group = host.group;
  /** Whether the group has a choice now (this element's or another's). */
  let chosen = false;

  /** Whether a datum answers the group's choice, worked out once per datum. */
  const matches = (datum: unknown): boolean => {
    if (!choice || datum === null || typeof datum !== 'object') return false;
    let answer = choice.cache.get(datum);
    if (answer === undefined) choice.cache.set(datum, (answer = linked(linkKeysOf(datum), choice.keys)));
    return answer;
  };
  link.part = (datum) => (matches(datum) ? 'mark highlighted' : 'mark');

  const show = (keys: LinkKeys | undefined, said: string) => {
    choice = keys && { keys, cache: new WeakMap() };
    link.said = said;
    host.requestUpdate();
  };

  const hear = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (!isLinkDetail(detail) || detail.group !== host.group) return;
    const cleared = !detail.years.length && !detail.names.length;
    const own = event.target === host;
    // Said once, by the element Escape was pressed in, and only when there was something to clear.
    const said = cleared && own && chosen ? CLEARED : '';
    chosen = !cleared;
    // The element that chose shows its choice as its own (pinned), not as a highlight.
    if (own || cleared) return show(undefined, said);
    show(detail, '');
    link.said = announce(link.scene(), matches, detail);
  };

  const chose = (event: Event) => {
    if (event.target !== host) return;
    tell(link, linkKeysOf((event as CustomEvent<unknown>).detail));
  };

  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') tell(link, { years: [], names: [], label: '' });
  };

  host.addController({
    hostConnected() {
      host.ownerDocument.addEventListener(LINK_EVENT, hear);
      host.addEventListener('cv-select', chose);
      host.addEventListener('keydown', escape);
      adoptHighlightStyles(host);
    },
    hostDisconnected() {
      host.ownerDocument.removeEventListener(LINK_EVENT, hear);
      host.removeEventListener('cv-select', chose);
      host.removeEventListener('keydown', escape);
    },
    hostUpdate() {
      // A new group, or none: what the old one chose is not this one's.
      if (host.group === group) return;
      group = host.group;
      choice = undefined;
      chosen = false;
      link.said = '';
    },
  });
}
