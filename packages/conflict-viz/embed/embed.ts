/**
 * The iframe embed page (dist/embed.html): shows one element from its URL parameters (params.ts), and posts
 * its height to the page that frames it, `{ type: "conflict-viz:height", height }`, whenever it changes, so
 * embed-parent.js there sizes the iframe. Works under a strict Content-Security-Policy: this file and
 * embed.css are its only script and style; it loads the element's module of the loader build beside it.
 */
import { readEmbedAttributes, tagParameterProblem, type EmbedTag } from './params.js';

/** The message the page posts to its parent (documented in the package's README). */
export interface EmbedHeightMessage {
  type: 'conflict-viz:height';
  /** The height of the embed page's content, in CSS px, rounded up. */
  height: number;
}

const root = document.getElementById('embed')!;

/** The problems, told in the page (role="alert"), as text. */
function showProblems(problems: readonly string[]): void {
  const box = document.createElement('div');
  box.className = 'problems';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.textContent = 'This embed cannot be shown:';
  const list = document.createElement('ul');
  for (const problem of problems) list.append(Object.assign(document.createElement('li'), { textContent: problem }));
  box.append(title, list);
  root.replaceChildren(box);
}

/** The element's module from the loader build beside this page (dist/<tag>.js), and the attributes it reads. */
async function loadElement(tag: EmbedTag): Promise<readonly string[]> {
  await import(/* @vite-ignore */ new URL(`./${tag}.js`, import.meta.url).href);
  const element = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  return element?.observedAttributes ?? [];
}

/** Posts the content's height to the parent each time it changes. */
function postHeights(): void {
  if (window.parent === window) return;
  let posted = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted) return;
    posted = height;
    const message: EmbedHeightMessage = { type: 'conflict-viz:height', height };
    // Any parent may read a height: it tells nothing a framing page could not measure itself.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

async function show(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const tag = params.get('el');
  const tagProblem = tagParameterProblem(tag);
  if (tagProblem) return showProblems([tagProblem]);
  let known: readonly string[];
  try {
    known = await loadElement(tag as EmbedTag);
  } catch (error) {
    return showProblems([`<${tag}> could not be loaded (${String(error)}): check the network, then reload.`]);
  }
  const request = readEmbedAttributes(params, tag as EmbedTag, known);
  if (!request.ok) return showProblems(request.problems);
  const element = document.createElement(request.tag);
  for (const [name, value] of request.attributes) element.setAttribute(name, value);
  root.replaceChildren(element);
  document.title = request.attributes.find(([name]) => name === 'heading')?.[1] ?? `<${tag}>`;
}

postHeights();
void show();
