/**
 * The embed page's URL parameters, checked before anything is drawn: `el` names the element (one of the
 * package's tags), every other parameter is one of its attributes. Anything else is refused with a problem
 * that names the parameter and how to fix it. Pure: the page passes the attributes each element reads.
 */

/** The elements the embed page shows. */
export const EMBED_TAGS = ['ttp-attack-chart', 'border-map', 'conflict-timeline'] as const;
export type EmbedTag = (typeof EMBED_TAGS)[number];

/** HTML's own attributes the elements read: the language (numbers, dates, words) and the direction. */
const GLOBAL_ATTRIBUTES = ['lang', 'dir'];
/** Attributes that are links: only absolute http(s) URLs, so no `javascript:` or `data:` reaches the element. */
const URL_ATTRIBUTES = ['src', 'source-href'];
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const DIRECTIONS = ['ltr', 'rtl', 'auto'];
/** Longer values are refused: a URL holds at most a few KB in some browsers and servers anyway. */
const MAX_VALUE = 20_000;

export const tagParameterProblem = (value: string | null): string | undefined => {
  const list = EMBED_TAGS.join(', ');
  if (value === null) return `Missing parameter "el": add el=<element> to the address, one of ${list} (e.g. ?el=ttp-attack-chart).`;
  if (!(EMBED_TAGS as readonly string[]).includes(value)) return `Parameter el="${shorten(value)}" is not an element this page shows: use one of ${list}.`;
  return undefined;
};

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

function valueProblem(name: string, value: string): string | undefined {
  if (value.length > MAX_VALUE)
    return `Parameter ${name} is ${value.length.toLocaleString('en')} characters long; the limit is ${MAX_VALUE.toLocaleString('en')}: use src=<URL of a file> for large data.`;
  if (URL_ATTRIBUTES.includes(name)) {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      return `Parameter ${name}="${shorten(value)}" must be a full http(s) URL, e.g. ${name}=https://example.org/attacks.csv.`;
    }
  }
  if (name === 'lang' && !LANGUAGE_TAG.test(value)) return `Parameter lang="${shorten(value)}" is not a language tag: use one such as en, ur or en-GB.`;
  if (name === 'dir' && !DIRECTIONS.includes(value)) return `Parameter dir="${shorten(value)}" must be ltr, rtl or auto.`;
  return undefined;
}

export type EmbedRequest = { ok: true; tag: EmbedTag; attributes: Array<[string, string]> } | { ok: false; problems: string[] };

/** `params` read for the element `tag` (already checked), which reads `known` attributes. */
export function readEmbedAttributes(params: URLSearchParams, tag: EmbedTag, known: readonly string[]): EmbedRequest {
  const allowed = [...known, ...GLOBAL_ATTRIBUTES];
  const problems: string[] = [];
  const attributes: Array<[string, string]> = [];
  for (const [name, value] of params) {
    if (name === 'el') continue;
    if (!allowed.includes(name)) {
      problems.push(`Parameter "${shorten(name)}" is not an attribute of <${tag}>: remove it, or use one of ${allowed.join(', ')}.`);
    } else if (attributes.some(([seen]) => seen === name)) {
      problems.push(`Parameter ${name} is given more than once: give it once.`);
    } else {
      const problem = valueProblem(name, value);
      if (problem) problems.push(problem);
      else attributes.push([name, value]);
    }
  }
  if (params.getAll('el').length > 1) problems.unshift('Parameter el is given more than once: give it once.');
  return problems.length ? { ok: false, problems } : { ok: true, tag, attributes };
}
