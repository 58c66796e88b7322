/**
 * The drawing as a standalone SVG file: the element's `<svg>` copied with every style it is drawn with written
 * as presentation attributes (the current theme's colours, resolved), under its heading and description and
 * over its source line, on the element's background. It needs no page CSS, runs no script, loads nothing, and
 * opens in browsers, Illustrator and Inkscape.
 */
import { copyDrawing } from './copy.js';
import { writeLegends } from './legend.js';
import { clean, createSvgElement, setAttributes, wrapText, writeColour } from './svg-dom.js';

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
  // The frame's text as the reader sees it: the heading, description and legends above, the source line below.
  for (const part of ['heading', 'description']) {
    const element = root.querySelector(`[part="${part}"]`);
    if (element) y = writeText(texts, element, { x: rtl ? width - MARGIN : MARGIN, y, width: width - 2 * MARGIN, rtl, measure }) + GAP;
  }
  y = writeLegends(texts, root, { left: MARGIN, width: width - 2 * MARGIN, y, rtl, measure });
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
  // The file is named as the element is: by its heading, else by what its plot is.
  const named = root.querySelector('[part="heading"]')?.textContent || root.querySelector('[part="plot"]')?.getAttribute('aria-label');
  title.textContent = clean(named || host.localName);
  const description = createSvgElement('desc', {});
  description.textContent = clean(root.querySelector('#summary')?.textContent ?? '');
  const background = createSvgElement('rect', { width, height });
  writeColour(background, 'fill', getComputedStyle(host).backgroundColor);
  file.append(title, description, background, ...texts, copy);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(file)}\n`, width, height };
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
      // Rounded: 58.93, not 58.93000000000001, in the file.
      y: Math.round((y + size + index * lineHeight) * 100) / 100,
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
