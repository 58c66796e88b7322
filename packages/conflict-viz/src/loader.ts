// The CDN entry dist/conflict-viz.js: defines no element itself. It imports an element's module the first
// time the element's tag is in the document, so a page with only a chart never loads the map or the
// timeline (the build splits Lit, core and d3 into chunks the element modules share). A page with all
// three from the start loads them in one file, conflict-viz.all.js, which is smaller than their six.
//
// Covered: tags in the document when the script runs (a module script runs once the page is parsed) and
// tags added later anywhere in the document (parsed late, inserted by a script, set through markup).
// Not covered: tags inside another component's shadow root, which no observer of the document sees;
// import the element's own module (dist/<tag>.js) there, or use dist/conflict-viz.all.js.
// Where Lit can never run (a Trusted Types policy without "lit-html", a page element named "createElement"),
// each element says why, in words (docs/security.md).

const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'ttp-attack-chart': () => import('@conflict-viz/ttp-attack-chart'),
  'border-map': () => import('@conflict-viz/border-map'),
  'conflict-timeline': () => import('@conflict-viz/conflict-timeline'),
};
const TAGS = Object.keys(ELEMENTS);

/**
 * Every element in one module (the build points this at conflict-viz.all.js, beside the loader). A page
 * that has all three when the loader first looks loads it instead of the three modules and their chunks:
 * one file compresses better than six apart (about 3 KB gzip less) and takes fewer requests.
 */
const loadAll = () => import('./index.js');

/** The tags whose module is loading or loaded (or defined by another build on the page). */
const requested = new Set<string>();

/** Matches our tags that are not defined yet. */
const UNDEFINED_TAGS = TAGS.map((tag) => `${tag}:not(:defined)`).join(',');

/** Each tag whose module can never run here, and why. */
const refused = new Map<string, string>();

/** Says why inside an element (refusal.ts), once a failure has loaded it. */
let explainRefusal: ((element: Element, why: string) => void) | undefined;

/** Load `tags` through `importer` (their modules, or every element at once), each tag once. */
function load(tags: string[], importer: () => Promise<unknown>): void {
  tags = tags.filter((tag) => !requested.has(tag));
  if (!tags.length) return;
  for (const tag of tags) requested.add(tag);
  if (tags.every((tag) => customElements.get(tag))) return;
  importer().catch(async (error: unknown) => {
    console.error(`conflict-viz: could not load ${tags.map((tag) => `<${tag}>`).join(', ')}`, error);
    // What the failure means is worked out by code loaded only now (it may not load: then a later try may work).
    const refusal = await import('./refusal.js').catch(() => undefined);
    const why = refusal?.lastingCause(error);
    if (refusal) explainRefusal = refusal.explainRefusal;
    for (const tag of tags) {
      if (why) {
        refused.set(tag, why);
        for (const element of document.querySelectorAll(tag)) explainRefusal?.(element, why);
      } else {
        // Let a later appearance of the tag try again (a network that failed once may not fail twice).
        requested.delete(tag);
      }
    }
    watch();
  });
}

/** Load the module of every undefined tag of ours in `root`, `root` itself included. */
function discover(root: Element | Document): void {
  const found = [...root.querySelectorAll(UNDEFINED_TAGS)];
  if (root instanceof Element && root.localName in ELEMENTS) found.push(root);
  const tags = new Set(found.map((element) => element.localName));
  // All three, and nothing loaded yet (so no chunk can load twice): the one file.
  if (!requested.size && tags.size === TAGS.length && !TAGS.some((tag) => customElements.get(tag))) return load(TAGS, loadAll);
  for (const element of found) {
    const why = refused.get(element.localName);
    if (why) explainRefusal?.(element, why);
    else load([element.localName], ELEMENTS[element.localName]);
  }
}

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) {
    for (const node of addedNodes) if (node instanceof Element) discover(node);
  }
  // Every element requested (and none refused, whose later copies need the words): nothing left to watch for.
  if (requested.size === TAGS.length && !refused.size) observer.disconnect();
});

function watch(): void {
  // The document itself: `document.documentElement` can be hidden by <img name="documentElement">.
  observer.observe(document, { childList: true, subtree: true });
}

discover(document);
if (requested.size < TAGS.length) watch();
