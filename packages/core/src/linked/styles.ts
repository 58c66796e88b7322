/**
 * The default look of highlighted marks, adopted by an element's shadow root when it joins a group (the
 * elements' own stylesheets stay as they are, and a page without `group` carries none of it). A page restyles
 * them with `::part(highlighted)`, which wins over these rules. The outline is the text colour, at least
 * 4.5:1 on the background in both themes; in forced colours, the system's Highlight.
 */
import type { LinkedHost } from '../controllers/linked.js';

const CSS = `
:is(circle, path)[part~='highlighted'],
[part~='highlighted'] > :is(.bar, .segment, .glyph) {
  stroke: var(--_text);
  stroke-width: 3px;
  paint-order: stroke;
}
/* A solid dot (a map's place) becomes a ring: a thicker dot of the same colour would hardly show. */
circle.place[part~='highlighted'] {
  r: 7px;
  fill: var(--_background);
}
/* Underlined, not bold: a bolder label would run over the mark the layout placed beside it. */
g[part~='highlighted'] > text {
  text-decoration: underline 2px;
  text-underline-offset: 3px;
}
li[part~='highlighted'] {
  outline: 3px solid var(--_text);
  outline-offset: -3px;
}
@media (forced-colors: active) {
  :is(circle, path)[part~='highlighted'],
  [part~='highlighted'] > :is(.bar, .segment, .glyph) {
    stroke: Highlight;
  }
  li[part~='highlighted'] {
    outline-color: Highlight;
  }
}`;

/** One stylesheet per document: a constructed sheet can be adopted only in the document whose window made it. */
const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Adds the highlight styles to `host`'s shadow root, once (again after a move to another document resets its styles). */
export function adoptHighlightStyles(host: LinkedHost): void {
  const root = host.shadowRoot;
  const Sheet = host.ownerDocument.defaultView?.CSSStyleSheet;
  if (!root || typeof Sheet !== 'function') return;
  let sheet = sheets.get(host.ownerDocument);
  if (!sheet) {
    sheet = new Sheet();
    sheet.replaceSync(CSS);
    sheets.set(host.ownerDocument, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
