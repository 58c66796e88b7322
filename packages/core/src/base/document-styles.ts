/**
 * An element's stylesheets in the document it is in. A constructed stylesheet belongs to the document
 * whose window made it and cannot be adopted by another: an element first connected inside an iframe, or
 * moved into one, gets copies made by that iframe's window (once per document), so it keeps its styles.
 */
import type { CSSResultOrNative } from 'lit';

const copies = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** The window of `doc`, through Document's own getter: a page's <form name="defaultView"> cannot hide it. */
export function windowOf(doc: Document): (Window & typeof globalThis) | null {
  return Object.getOwnPropertyDescriptor(Document.prototype, 'defaultView')!.get!.call(doc);
}

/** The text of a stylesheet, Lit's `css` result or a constructed one. */
const textOf = (style: CSSResultOrNative) => (style instanceof CSSStyleSheet ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n') : style.cssText);

/** Give `root` the element's `styles`, made by the window of the document `root` is in. */
export function adoptStylesIn(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  if (doc === document) {
    root.adoptedStyleSheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
    return;
  }
  // A document with no window (made by DOMParser) shows nothing: it needs no styles.
  const Sheet = windowOf(doc)?.CSSStyleSheet;
  if (typeof Sheet !== 'function') return;
  const sheets = copies.get(doc) ?? new Map<string, CSSStyleSheet>();
  copies.set(doc, sheets);
  root.adoptedStyleSheets = styles.map((style) => {
    const text = textOf(style);
    let sheet = sheets.get(text);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(text);
      sheets.set(text, sheet);
    }
    return sheet;
  });
}
