/**
 * The frame's own words: the heading, description and source the author set, else the article's while
 * its data is drawn. The article's words are English, like those the element writes: on a page in
 * another language they carry lang="en", so screen readers read them in their own voice; the author's
 * are in the page's language.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { readHref } from '../data/read.js';
import type { DatasetText } from '../layout/scene.js';

/** A text of the frame, and its language where it differs from the page's. */
export interface FrameWords {
  readonly text?: string;
  readonly lang?: string;
}

export interface FrameText {
  readonly heading: FrameWords;
  readonly description: FrameWords;
  readonly source?: string;
  readonly sourceHref?: string;
}

/** The author's text where set (attributes), else the article's (`article`, written in `articleLang`). */
export function frameText(author: DatasetText, article: DatasetText, articleLang?: string): FrameText {
  const either = (own?: string, theirs?: string): FrameWords => (own == null ? { text: theirs, lang: articleLang } : { text: own });
  return {
    heading: either(author.heading, article.heading),
    description: either(author.description, article.description),
    source: author.source ?? article.source,
    sourceHref: author.sourceHref ?? article.sourceHref,
  };
}

/** The source line: `label` (the element's word, in `labelLang`), then the source, linked when its link is http(s). */
export function renderSource({ source, sourceHref }: Pick<FrameText, 'source' | 'sourceHref'>, label: string, labelLang?: string) {
  if (!source) return nothing;
  const href = readHref(sourceHref);
  return html`<p part="source" class="source">
    <span lang=${ifDefined(labelLang)}>${label}</span> ${href.ok ? html`<a href=${href.value} rel="noopener noreferrer">${source}</a>` : source}
  </p>`;
}
