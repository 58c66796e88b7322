/**
 * The embed codes the Storybook snippet generator offers: the script tag and element (for pages that allow
 * scripts) or the iframe of embed.html with the parent script (for CMSs that allow only iframes). Every value
 * is escaped for the HTML it goes into; the iframe's address carries the attributes as URL parameters.
 */
import type { EmbedTag } from './params.js';

/** Where the package's dist/ folder is served (jsDelivr's copy of the npm package by default). */
export const DEFAULT_BASE_URL = 'https://cdn.jsdelivr.net/npm/conflict-viz/dist/';

export interface SnippetRequest {
  readonly kind: 'script' | 'iframe';
  readonly tag: EmbedTag;
  /** Attribute names and values; empty values are left out. */
  readonly attributes: Readonly<Record<string, string>>;
  /** The dist/ folder's URL, ending in a slash. */
  readonly baseUrl?: string;
  /** The iframe's height before its page reports its own, in CSS px. */
  readonly initialHeight?: number;
}

/** An iframe's accessible name when no heading is given. */
const TITLES: Record<EmbedTag, string> = { 'ttp-attack-chart': 'Chart', 'border-map': 'Map', 'conflict-timeline': 'Timeline' };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe inside a double-quoted attribute value or between tags. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** The attributes given a value, in the order given. */
const given = (attributes: Readonly<Record<string, string>>) => Object.entries(attributes).filter(([, value]) => value !== '');

/** The embed code for `request`, as text to paste into a page. */
export function createSnippet({ kind, tag, attributes, baseUrl = DEFAULT_BASE_URL, initialHeight = 480 }: SnippetRequest): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (kind === 'script') {
    const attrs = given(attributes).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
    return `<script type="module" src="${escapeHtml(`${base}conflict-viz.js`)}"></script>\n<${tag}${attrs.join('')}></${tag}>`;
  }
  const params = new URLSearchParams([['el', tag], ...given(attributes)]);
  const title = attributes.heading || TITLES[tag];
  return [
    `<iframe src="${escapeHtml(`${base}embed.html?${params}`)}" title="${escapeHtml(title)}"`,
    `  width="100%" height="${Math.round(initialHeight)}" loading="lazy" style="border: 0; width: 100%"></iframe>`,
    `<script src="${escapeHtml(`${base}embed-parent.js`)}" defer></script>`,
  ].join('\n');
}
