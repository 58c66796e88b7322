/**
 * The legends above a drawing (the chart's parts and numbered moments, the map's lines and places, the timeline's
 * categories) as rows of symbol and words in the SVG file: a colour, a line or a shape means nothing without them.
 */
import { copyDrawing } from './copy.js';
import { clean, createSvgElement, setAttributes, wrapText, writeColour } from './svg-dom.js';

export interface LegendBox {
  /** The left edge of the space for the legends, and its width. */
  readonly left: number;
  readonly width: number;
  /** The top of the first legend. */
  readonly y: number;
  readonly rtl: boolean;
  readonly measure: CanvasRenderingContext2D | null;
}

/** Space between a symbol and its words, and between two entries, in px. */
const SYMBOL_GAP = 6;
const ENTRY_GAP = 16;

/** Appends each shown legend's entries to `out`, wrapped to the box's width; returns the bottom of the last. */
export function writeLegends(out: Element[], root: ShadowRoot, box: LegendBox): number {
  let y = box.y;
  for (const legend of root.querySelectorAll('[part~="legend"]')) {
    if (getComputedStyle(legend).display === 'none') continue;
    let offset = 0;
    let rowHeight = 0;
    for (const entry of legend.querySelectorAll('li')) {
      const { symbol, width: symbolWidth, height: symbolHeight } = copySymbol(entry);
      const style = getComputedStyle(entry);
      const size = parseFloat(style.fontSize);
      const words = entryWords(entry, symbol);
      const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      if (box.measure) box.measure.font = font;
      const indent = symbolWidth + (symbolWidth ? SYMBOL_GAP : 0);
      // An entry wider than the box wraps its words beside its symbol.
      const wordsWidth = Math.min(box.measure?.measureText(words).width ?? words.length * size * 0.55, box.width - indent);
      const lines = wrapText(words, { font, width: wordsWidth, measure: box.measure });
      const entryWidth = indent + wordsWidth;
      if (offset && offset + entryWidth > box.width) {
        y += rowHeight + 4;
        offset = rowHeight = 0;
      }
      const lineHeight = size * 1.3;
      const firstLine = Math.max(symbolHeight, lineHeight);
      const height = firstLine + (lines.length - 1) * lineHeight;
      // Left to right from the left edge, or right to left from the right edge.
      const at = (from: number, width: number) => (box.rtl ? box.left + box.width - from - width : box.left + from);
      if (symbol) {
        setAttributes(symbol, { x: at(offset, symbolWidth), y: y + (firstLine - symbolHeight) / 2 });
        out.push(symbol);
      }
      lines.forEach((line, index) => {
        const text = createSvgElement('text', {
          x: at(offset + indent, wordsWidth),
          y: Math.round((y + firstLine / 2 + size * 0.35 + index * lineHeight) * 100) / 100,
          'font-family': style.fontFamily,
          'font-size': size,
          'font-weight': style.fontWeight,
        });
        writeColour(text, 'fill', style.color);
        text.textContent = line;
        out.push(text);
      });
      offset += entryWidth + ENTRY_GAP;
      rowHeight = Math.max(rowHeight, height);
    }
    if (offset) y += rowHeight + 8;
  }
  return y;
}

/** The entry's symbol as drawn: its small SVG copied, a colour swatch as a rectangle, a moment's number as bold text. */
function copySymbol(entry: Element): { symbol?: Element; width: number; height: number } {
  const drawn = entry.querySelector('svg, .swatch, .key-number');
  if (!drawn) return { width: 0, height: 0 };
  const { width, height } = drawn.getBoundingClientRect();
  if (drawn instanceof SVGSVGElement) {
    const symbol = copyDrawing(drawn);
    setAttributes(symbol, { width, height });
    return { symbol, width, height };
  }
  const style = getComputedStyle(drawn);
  if (drawn.classList.contains('swatch')) {
    const symbol = createSvgElement('svg', { width, height });
    const swatch = createSvgElement('rect', { width, height, rx: parseFloat(style.borderRadius) || 0 });
    writeColour(swatch, 'fill', style.backgroundColor);
    symbol.append(swatch);
    return { symbol, width, height };
  }
  const symbol = createSvgElement('svg', { width, height, overflow: 'visible' });
  const number = createSvgElement('text', {
    x: 0,
    y: height * 0.8,
    'font-family': style.fontFamily,
    'font-size': parseFloat(style.fontSize),
    'font-weight': style.fontWeight,
  });
  writeColour(number, 'fill', style.color);
  number.textContent = clean(drawn.textContent ?? '');
  symbol.append(number);
  return { symbol, width, height };
}

/** The entry's words, without its symbol's: "War and politics 7", "TTP founded (December 2007)". */
function entryWords(entry: Element, symbol: Element | undefined): string {
  const skip = symbol ? entry.querySelector('svg, .swatch, .key-number') : null;
  const walker = document.createTreeWalker(entry, NodeFilter.SHOW_TEXT);
  let words = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = skip?.contains(node) ? '' : (node.nodeValue ?? '');
    // Words of two elements side by side ("War and politics", "7") get a space; "(", ")" and ": " need none.
    if (/[\p{L}\p{N}]$/u.test(words) && /^[\p{L}\p{N}]/u.test(value)) words += ' ';
    words += value;
  }
  return clean(words).replace(/\s+/g, ' ').trim();
}
