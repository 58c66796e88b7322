/** Making the elements of an SVG file: namespaced elements, attributes, colours, and text XML can hold. */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Characters XML 1.0 does not allow (controls, unpaired surrogates): dropped from text, so the file always parses. */
// eslint-disable-next-line no-control-regex -- these controls are what it finds
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function createSvgElement(name: string, attributes: Readonly<Record<string, string | number>>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  setAttributes(element, attributes);
  return element;
}

export function setAttributes(element: Element, attributes: Readonly<Record<string, string | number>>): void {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
}

/** `rgb(r, g, b)` as `#rrggbb`; `rgba(…, a)` also sets `<name>-opacity`; any other colour syntax is written as it is. */
export function writeColour(element: Element, name: string, value: string): void {
  const match = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(value);
  if (!match) return element.setAttribute(name, value);
  const [, red, green, blue, alpha] = match;
  element.setAttribute(name, `#${[red, green, blue].map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`);
  if (alpha !== undefined) element.setAttribute(`${name}-opacity`, alpha);
}

/** `text` without the characters XML cannot hold. */
export const clean = (text: string) => text.replace(NOT_XML, '');

/** Lines of `text` no wider than `width` in `font`, broken between words (a word longer than a line stands alone). */
export function wrapText(text: string, { font, width, measure }: { font: string; width: number; measure: CanvasRenderingContext2D | null }): string[] {
  if (!measure || !text) return text ? [text] : [];
  measure.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  return [...lines, line];
}
