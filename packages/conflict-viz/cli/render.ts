/**
 * An element rendered on the server by @lit-labs/ssr, as the elements render anywhere else (the same Lit
 * templates, declarative shadow DOM): the markup both output formats start from.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { escapeHtml } from '@lit-labs/ssr/lib/util/escape-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { serverSize } from '@conflict-viz/core';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';

/** The tags the CLI renders. */
export const TAGS = ['ttp-attack-chart', 'border-map', 'conflict-timeline'] as const;
export type Tag = (typeof TAGS)[number];

const classOf = (tag: Tag) => customElements.get(tag) as unknown as { readonly observedAttributes: string[] };

/** The attributes `tag` reads (its declared properties' attributes), sorted. */
export function attributesOf(tag: Tag): string[] {
  return [...classOf(tag).observedAttributes].sort();
}

export interface RenderRequest {
  readonly tag: Tag;
  /** Attribute names (checked against attributesOf) and values, as the element would be written in HTML. */
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  /** The data, set as the `data` property; undefined draws the article's. */
  readonly data?: unknown;
  /** The width laid out at, in CSS px. */
  readonly width: number;
}

/** The element's markup: the tag with its attributes and its declarative shadow root, as @lit-labs/ssr writes it. */
export function renderElement({ tag, attributes, data, width }: RenderRequest): string {
  // A server has no layout to measure: it lays out at core's serverSize (this process renders one element).
  serverSize.width = width;
  // Names are known attributes of the element; values are escaped as Lit escapes bound attribute values.
  const opening = [tag, ...attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`)].join(' ');
  const template = html`<${unsafeStatic(opening)} .data=${data}></${unsafeStatic(tag)}>`;
  return collectResultSync(render(template));
}
