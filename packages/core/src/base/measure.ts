/** Real text measurement through a canvas, in the element's font; falls back to the estimate. */
import { estimateTextWidth, type MeasureText } from '../layout/text.js';

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function createTextMeasurer(fontFamily: string): MeasureText {
  context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  if (!context || !fontFamily) return estimateTextWidth;
  const ctx = context;
  return (text, fontSize) => {
    const font = `${fontSize}px ${fontFamily}`;
    const key = `${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = font;
      // 5% headroom for hinting differences between canvas and SVG text
      width = ctx.measureText(text).width * 1.05;
      if (cache.size > 5000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}
