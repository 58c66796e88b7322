// The script a server-rendered page of pages.ts loads to come alive: Lit's hydrate support first (it patches
// LitElement as LitElement loads), then the page's template hydrated (which sets the `data` property the
// server was given), then the elements, which hydrate their declarative shadow roots.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { PAGES, type PageName } from './pages.js';

hydrate(PAGES[document.title as PageName](), document.getElementById('root')!);
await Promise.all([import('@conflict-viz/ttp-attack-chart'), import('@conflict-viz/border-map'), import('@conflict-viz/conflict-timeline')]);
