/**
 * The drawing as a standalone SVG file: the element's `<svg>` copied with every style it is drawn with written
 * as presentation attributes (the current theme's colours, resolved), under its heading and description and
 * over its source line, on the element's background. It needs no page CSS, runs no script, loads nothing, and
 * opens in browsers, Illustrator and Inkscape.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

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

/** Characters XML 1.0 does not allow (controls, unpaired surrogates): dropped from text, so the file always parses. */
// eslint-disable-next-line no-control-regex -- these controls are what it finds
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Space around the drawing, and between the heading, the drawing and the source line, in px. */
const MARGIN = 16;
const GAP = 8;

export interface SvgExport {
  /** The file's text, starting with the XML declaration. */
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** The drawing of the element whose shadow root is `root`, as a standalone SVG. Throws when there is no drawing. */
export function exportSvg(root: ShadowRoot): SvgExport {
  const drawing = root.querySelector<SVGSVGElement>('.plot svg[part="svg"]');
  if (!drawing) throw new Error('has no drawing to export (a vertical chronology is text: set orientation="horizontal")');
  const measure = document.createElement('canvas').getContext('2d');
  const drawingWidth = Number(drawing.getAttribute('width'));
  const drawingHeight = Number(drawing.getAttribute('height'));
  const width = Math.ceil(drawingWidth + 2 * MARGIN);
  const file = createSvgElement('svg', {});
  const host = root.host;
  const rtl = getComputedStyle(host).direction === 'rtl';
  let y = MARGIN;
  const texts: Element[] = [];
  // The frame's text as the reader sees it: the heading and description above, the source line below.
  for (const part of ['heading', 'description']) {
    const element = root.querySelector(`[part="${part}"]`);
    if (element) y = writeText(texts, element, { x: rtl ? width - MARGIN : MARGIN, y, width: width - 2 * MARGIN, rtl, measure }) + GAP;
  }
  const copy = copyDrawing(drawing);
  // Drawn as on the page, where marks may reach past the viewBox (overflow: visible).
  setAttributes(copy, { x: MARGIN, y, width: drawingWidth, height: drawingHeight, overflow: 'visible' });
  y += drawingHeight + GAP;
  const source = root.querySelector('[part="source"]');
  if (source) y = writeText(texts, source, { x: rtl ? width - MARGIN : MARGIN, y, width: width - 2 * MARGIN, rtl, measure }) + GAP;
  const height = Math.ceil(y - GAP + MARGIN);
  // XMLSerializer writes the xmlns of the SVG namespace itself.
  setAttributes(file, { width, height, viewBox: `0 0 ${width} ${height}` });
  const title = createSvgElement('title', {});
  title.textContent = clean(root.querySelector('[part="plot"]')?.getAttribute('aria-label') ?? host.localName);
  const description = createSvgElement('desc', {});
  description.textContent = clean(root.querySelector('#summary')?.textContent ?? '');
  const background = createSvgElement('rect', { width, height });
  writeColour(background, 'fill', getComputedStyle(host).backgroundColor);
  file.append(title, description, background, ...texts, copy);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(file)}\n`, width, height };
}

/** A copy of `drawing` with its styles as attributes, without what only the page needs (parts, classes of state, Lit's markers). */
function copyDrawing(drawing: SVGSVGElement): SVGSVGElement {
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

/** `rgb(r, g, b)` as `#rrggbb`; `rgba(…, a)` also sets `<name>-opacity`; any other colour syntax is written as it is. */
function writeColour(element: Element, name: string, value: string): void {
  const match = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(value);
  if (!match) return element.setAttribute(name, value);
  const [, red, green, blue, alpha] = match;
  element.setAttribute(name, `#${[red, green, blue].map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`);
  if (alpha !== undefined) element.setAttribute(`${name}-opacity`, alpha);
}

interface TextBox {
  readonly x: number;
  /** The top of the block. */
  readonly y: number;
  readonly width: number;
  readonly rtl: boolean;
  /** A canvas's context, to measure text with; without one (no canvas), text is not wrapped. */
  readonly measure: CanvasRenderingContext2D | null;
}

/** `element`'s text wrapped to `box.width` in its own font and colour, as `<text>` lines; returns the bottom of the block. */
function writeText(texts: Element[], element: Element, { x, y, width, rtl, measure }: TextBox): number {
  const style = getComputedStyle(element);
  const size = parseFloat(style.fontSize);
  const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const lines = wrapText(
    clean(element.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
    { font, width, measure },
  );
  const lineHeight = size * 1.3;
  lines.forEach((line, index) => {
    const text = createSvgElement('text', {
      x,
      y: y + size + index * lineHeight,
      'font-family': style.fontFamily,
      'font-size': size,
      'font-weight': style.fontWeight,
      'text-anchor': rtl ? 'end' : 'start',
    });
    if (rtl) text.setAttribute('direction', 'rtl');
    writeColour(text, 'fill', style.color);
    text.textContent = line;
    texts.push(text);
  });
  return y + lines.length * lineHeight;
}

/** Lines of `text` no wider than `width` in `font`, broken between words (a word longer than a line stands alone). */
function wrapText(text: string, { font, width, measure }: { font: string; width: number; measure: CanvasRenderingContext2D | null }): string[] {
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

function createSvgElement(name: string, attributes: Readonly<Record<string, string | number>>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  setAttributes(element, attributes);
  return element;
}

function setAttributes(element: Element, attributes: Readonly<Record<string, string | number>>): void {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
}

const clean = (text: string) => text.replace(NOT_XML, '');
