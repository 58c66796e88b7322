// What a failure to load an element means, loaded by the loader (loader.ts) only when one happens: most
// pages never load this file.

/**
 * What stops Lit from ever running on this page, in words for the elements, or undefined when a later
 * try may work (a network error): the page's Trusted Types policy refusing Lit's ("lit-html"), or an
 * element of the page named after a document method Lit calls (DOM clobbering: <img name="createElement">).
 */
export function lastingCause(error: unknown): string | undefined {
  if (String(error).includes('"lit-html"')) {
    return 'This page allows only some Trusted Types policies, and not "lit-html", which this element renders with: add lit-html to the trusted-types directive of its Content-Security-Policy (trusted-types lit-html …).';
  }
  const hidden = LIT_DOCUMENT_METHODS.find((name) => typeof document[name] !== 'function');
  if (hidden)
    return `An element of this page is named "${hidden}" (as in <img name="${hidden}">), which hides document.${hidden}, needed to draw this element: rename it.`;
}

const LIT_DOCUMENT_METHODS = ['createTreeWalker', 'createElement', 'createComment', 'createTextNode'] as const;

/**
 * Say why inside `element`, with the element's own content (a fallback table) shown under the words;
 * made with the Document prototype's own createElement, which no named element can hide.
 */
export function explainRefusal(element: Element, why: string): void {
  if (element.shadowRoot || element.matches(':defined')) return;
  const make = (name: string) => Document.prototype.createElement.call(document, name);
  const message = make('p');
  message.setAttribute('role', 'alert');
  message.lang = 'en';
  message.textContent = why;
  element.attachShadow({ mode: 'open' }).append(message, make('slot'));
}
