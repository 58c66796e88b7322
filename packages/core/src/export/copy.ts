/** A drawing copied for a file: every style it is drawn with written as presentation attributes, what only the page needs left out. */
import { clean, writeColour } from './svg-dom.js';

/** The properties the elements' stylesheets set on their drawings, written as attributes. */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'direction',
  'visibility',
  // not inherited: compared with their initial value, not with the parent's
  'opacity',
  'vector-effect',
];
const INITIAL: Readonly<Record<string, string>> = { opacity: '1', 'vector-effect': 'none' };

/** The state of an interaction, not the data: a download leaves out the focus ring and the hovered column. */
const TRANSIENT = '.focus-ring, .focus-line, .active-column';

/** A copy of `drawing` with its styles as attributes, without what only the page needs (parts, classes of state, Lit's markers). */
export function copyDrawing(drawing: SVGSVGElement): SVGSVGElement {
  const copy = drawing.cloneNode(true) as SVGSVGElement;
  const originals = [drawing, ...drawing.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const gone: Element[] = [];
  originals.forEach((original, index) => {
    const element = copies[index];
    const style = getComputedStyle(original);
    if (style.display === 'none' || original.matches(TRANSIENT)) return gone.push(element);
    // The drawing's own element has no parent in the file to inherit from: it gets every property.
    const parent = index ? getComputedStyle(original.parentElement!) : undefined;
    for (const name of PROPERTIES) {
      const value = style.getPropertyValue(name);
      const inherited = name in INITIAL ? INITIAL[name] : parent?.getPropertyValue(name);
      if (value && value !== inherited) writeProperty(element, name, value);
    }
    for (const attribute of ['style', 'part', 'tabindex', 'role', 'aria-label', 'aria-hidden']) element.removeAttribute(attribute);
  });
  for (const element of gone) element.remove();
  // Lit's comment markers go, and text from data loses the characters XML cannot hold.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) comments.push(node);
    else node.nodeValue = clean(node.nodeValue ?? '');
  }
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  return copy;
}

/** A computed value as an attribute: lengths without `px`, colours as hex (with their alpha as an opacity), as SVG 1.1 readers expect. */
function writeProperty(element: Element, name: string, value: string): void {
  if (name === 'fill' || name === 'stroke') return writeColour(element, name, value);
  element.setAttribute(name, value.replace(/(\d)px\b/g, '$1'));
}
