/**
 * Reading the server's markup of an element (parse5, the HTML parser @lit-labs/ssr itself uses): its shadow
 * root's parts, their text, and an SVG subtree written out as XML.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

const isElement = (node: Node): node is Element => 'tagName' in node;

export const attribute = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

/** Every element under `root` (depth first, document order) that `test` accepts. */
export function findAll(root: Node, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if (isElement(node) && test(node)) found.push(node);
    const children = node.nodeName === 'template' ? (node as Template).content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(root);
  return found;
}

export const find = (root: Node, test: (element: Element) => boolean): Element | undefined => findAll(root, test)[0];

export const byPart = (part: string) => (element: Element) => (attribute(element, 'part') ?? '').split(/\s+/).includes(part);

/** The declarative shadow root of the `tag` element in `markup`. */
export function shadowRootOf(markup: string, tag: string): Node {
  const host = find(parseFragment(markup), (element) => element.tagName === tag);
  const template = host && find(host, (element) => element.tagName === 'template');
  if (!template) throw new Error(`the server's markup has no <${tag}> with a declarative shadow root`);
  return (template as Template).content;
}

/** The text of `node`, its white space collapsed. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const visit = (current: Node) => {
    if (current.nodeName === '#text') parts.push((current as DefaultTreeAdapterMap['textNode']).value);
    else if ('childNodes' in current) for (const child of current.childNodes) visit(child);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The texts of the `<style>` elements directly in a shadow root. */
export function stylesOf(shadow: Node): string[] {
  return findAll(shadow, (element) => element.tagName === 'style').map(textOf);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeXmlAttribute = (text: string) => escapeXml(text).replace(/"/g, '&quot;');

/** Attributes that mean something only to a live page (focus, its own references, loading); `part` names stay, to find marks by. */
const LIVE_ATTRIBUTES = /^(tabindex|data-.*|aria-describedby|aria-busy)$/;

/**
 * `element` and its subtree as XML (an SVG fragment): comments and markers left out, text and attribute values
 * escaped for XML, attributes for a live page dropped, and `skip` elements (focus rings) left out.
 */
export function toXml(
  element: Element,
  { skip = () => false, attributes = {} }: { skip?: (e: Element) => boolean; attributes?: Record<string, string> } = {},
): string {
  const write = (node: Node): string => {
    if (node.nodeName === '#text') return escapeXml((node as DefaultTreeAdapterMap['textNode']).value);
    if (!isElement(node) || skip(node)) return '';
    const own = node.attrs
      .filter((a) => !LIVE_ATTRIBUTES.test(a.name) && !(a.name in attributes && node === element))
      .map((a) => ` ${a.prefix ? `${a.prefix}:` : ''}${a.name}="${escapeXmlAttribute(a.value)}"`);
    const extra = node === element ? Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`) : [];
    const children = node.childNodes.map(write).join('');
    return `<${node.tagName}${own.join('')}${extra.join('')}${children.trim() ? `>${children}</${node.tagName}>` : '/>'}`;
  };
  return write(element);
}
