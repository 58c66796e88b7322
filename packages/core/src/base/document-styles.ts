/**
 * An element's stylesheets and templates in the document it is in. A constructed stylesheet belongs to the
 * document whose window made it and cannot be adopted by another: an element first connected inside an
 * iframe, or moved into one, gets copies made by that iframe's window (once per document), so it keeps its
 * styles. Templates are copied by the Document prototype's own `importNode`, which a page cannot hide.
 */
import type { CSSResultOrNative, LitElement } from 'lit';

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

/** Where Lit copies templates: the Document prototype's own `importNode`, which no element on a page can shadow. */
const CREATION_SCOPE = { importNode: (node: Node, deep?: boolean) => Document.prototype.importNode.call(document, node, deep) };

/**
 * Call first in connectedCallback. Lit copies templates with `document.importNode`, which `<img name="importNode">`
 * on a page hides. Connected first in another document (an iframe's), Lit would adopt the page's constructed
 * stylesheets there, which throws: the shadow root is made here, with stylesheets made by that document's window.
 */
export function connectInDocument(element: LitElement): void {
  element.renderOptions.creationScope = CREATION_SCOPE;
  if (!element.renderRoot && element.ownerDocument !== document) {
    const root = element.shadowRoot ?? element.attachShadow((element.constructor as typeof LitElement).shadowRootOptions);
    adoptInDocument(element, root);
    (element as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = root;
  }
}

/** Call from adoptedCallback, and as the element is first connected in another document: `root` gets the element's styles made there. */
export function adoptInDocument(element: LitElement, root = element.shadowRoot): void {
  if (root) adoptStylesIn(root, (element.constructor as typeof LitElement).elementStyles);
}
