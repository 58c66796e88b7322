// The server side of the server-rendering tests, bundled for Node by build-server.mjs: each page of pages.ts
// rendered with @lit-labs/ssr into a document whose elements carry declarative shadow DOM. The page
// template goes inside #root, where the browser hydrates it.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
import { PAGES, type PageName } from './pages.js';

export { PAGES, EXPECTED, MARKUP_HEADING } from './pages.js';

/** The page's elements as the server renders them: `<!--lit-part-->` markers and declarative shadow roots. */
export function renderElements(page: PageName): string {
  return collectResultSync(render(PAGES[page]()));
}

/** A whole document, with no script: what a reader without JavaScript gets. */
export function renderDocument(page: PageName): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page}</title></head><body><div id="root">${renderElements(page)}</div></body></html>`;
}
