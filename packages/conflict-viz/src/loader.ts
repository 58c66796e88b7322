// The CDN entry dist/conflict-viz.js: defines no element itself. It imports an element's module the first
// time the element's tag is in the document, so a page with only a chart never loads the map or the
// timeline (the build splits Lit, core and d3 into chunks the element modules share).
//
// Covered: tags in the document when the script runs (a module script runs once the page is parsed) and
// tags added later anywhere in the document (parsed late, inserted by a script, set through markup).
// Not covered: tags inside another component's shadow root, which no observer of the document sees;
// import the element's own module (dist/<tag>.js) there, or use dist/conflict-viz.all.js.

const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'ttp-attack-chart': () => import('@conflict-viz/ttp-attack-chart'),
  'border-map': () => import('@conflict-viz/border-map'),
  'conflict-timeline': () => import('@conflict-viz/conflict-timeline'),
};

/** The tags whose module is loading or loaded (or defined by another build on the page). */
const requested = new Set<string>();

/** Matches our tags that are not defined yet. */
const UNDEFINED_TAGS = Object.keys(ELEMENTS)
  .map((tag) => `${tag}:not(:defined)`)
  .join(',');

function load(tag: string): void {
  if (requested.has(tag)) return;
  requested.add(tag);
  if (customElements.get(tag)) return;
  ELEMENTS[tag]().catch((error: unknown) => {
    // Let a later appearance of the tag try again (a network that failed once may not fail twice).
    requested.delete(tag);
    watch();
    console.error(`conflict-viz: could not load <${tag}>`, error);
  });
}

/** Load the module of every undefined tag of ours in `root`, `root` itself included. */
function discover(root: Element | Document): void {
  if (root instanceof Element && root.localName in ELEMENTS) load(root.localName);
  for (const element of root.querySelectorAll(UNDEFINED_TAGS)) load(element.localName);
}

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) {
    for (const node of addedNodes) if (node instanceof Element) discover(node);
  }
  // Every element requested: nothing left to watch for.
  if (requested.size === Object.keys(ELEMENTS).length) observer.disconnect();
});

function watch(): void {
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

discover(document);
if (requested.size < Object.keys(ELEMENTS).length) watch();
