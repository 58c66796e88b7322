/**
 * The frame's own words: the heading, description and source the author set, else the article's while
 * its data is drawn. The article's words are English, like those the element writes: on a page in
 * another language they carry lang="en", so screen readers read them in their own voice; the author's
 * are in the page's language. Also the frame's attributes that are not words: its theme and heading level.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { readHref, readKeyword } from '../data/read.js';
import type { DatasetText } from '../layout/scene.js';
import { HEADING_LEVELS, THEMES } from './cv-element.types.js';
import type { OptionReader } from './option-reader.js';

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

/** The frame's attributes, as the element has them. */
export interface FrameAttributes extends DatasetText {
  readonly theme?: string;
  readonly headingLevel?: number | string | null;
}

/** The frame's attributes as read: the heading's level, and the author's `source-href` (undefined while it is missing or bad). */
export interface FrameOptions {
  readonly level: string;
  readonly href?: string;
}

/** Reads the frame's attributes through `read`, which reports a bad one and keeps its last good value. */
export function readFrameOptions(read: OptionReader, element: FrameAttributes): FrameOptions {
  read.keyword('theme', element.theme, THEMES);
  return {
    // A removed heading-level reads as null: back to the default, 2.
    level: read.value('heading-level', element.headingLevel ?? 2, (level) => readKeyword(String(level), HEADING_LEVELS), '2'),
    href: element.sourceHref ? read.value('source-href', element.sourceHref, readHref, undefined) : undefined,
  };
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

/** The heading (at `level`, for assistive technology) and the description under it; each only where there is one. */
export function renderHeader({ heading, description }: FrameText, level: string) {
  return html`${
    heading.text
      ? html`<div part="heading" class="heading" role="heading" aria-level=${level} dir="auto" lang=${ifDefined(heading.lang)}>${heading.text}</div>`
      : nothing
  }
  ${description.text ? html`<p part="description" class="description" dir="auto" lang=${ifDefined(description.lang)}>${description.text}</p>` : nothing}`;
}

/** The source line: `label` (the element's word, in `labelLang`), then the source, linked when its link is http(s). */
export function renderSource({ source, sourceHref }: Pick<FrameText, 'source' | 'sourceHref'>, label: string, labelLang?: string) {
  if (!source) return nothing;
  const href = readHref(sourceHref);
  return html`<p part="source" class="source">
    <span lang=${ifDefined(labelLang)}>${label}</span> ${href.ok ? html`<a href=${href.value} rel="noopener noreferrer">${source}</a>` : source}
  </p>`;
}
