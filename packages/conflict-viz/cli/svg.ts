/**
 * A standalone SVG from an element's server render: its heading, description and legend written as SVG text,
 * the plot's own SVG (the marks, axes and labels the element drew) as it is, and the source line, styled by
 * the element's stylesheet with every value resolved for the theme. For files (print, RSS, social images).
 */
import { estimateTextWidth } from '@conflict-viz/core';
import { ROOT_CLASS, stylesForSvg, type SvgStyles, type Theme, type ThemeValues } from './css.js';
import { attribute, byPart, escapeXmlAttribute, find, findAll, shadowRootOf, stylesOf, textOf, toXml, type Element } from './markup.js';

/** Font sizes and line heights of the frame (frame.styles.ts), in px, at its default 14 px. */
const FONT = 14;
const HEADING = { size: FONT * 1.15, line: FONT * 1.15 * 1.25, weight: 700 };
const BODY = { size: FONT, line: FONT * 1.4 };
const LEGEND = { size: FONT * 0.9, line: FONT * 1.4, gap: FONT, swatch: 6 };
const GAP = 6;

export class SvgUnavailableError extends Error {}

interface Block {
  readonly markup: string;
  readonly height: number;
  readonly width?: number;
  readonly css?: string;
}

/** `text` broken into lines no wider than `width` at `size` px (estimated generously, as the server lays out). */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

/** A paragraph of SVG text at `y`: one `<tspan>` per line. */
function paragraph(text: string, y: number, width: number, style: { size: number; line: number; weight?: number }, fill: string, className: string): Block {
  const lines = wrapText(text, width, style.size);
  const weight = style.weight ? ` font-weight="${style.weight}"` : '';
  const spans = lines.map((line, i) => `<tspan x="0" y="${round(y + style.line * i + style.size)}">${escapeText(line)}</tspan>`).join('');
  return { markup: `<text class="${className}" font-size="${round(style.size)}"${weight} fill="${fill}">${spans}</text>`, height: lines.length * style.line };
}

const escapeText = escapeXmlAttribute;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The legend's items (a swatch SVG and a label each), laid out in rows that wrap at `width`; a label too long
 * for a row of its own wraps over lines.
 */
function legend(items: readonly Element[], y: number, width: number, values: ThemeValues): Block {
  let x = 0;
  let top = y;
  let rowHeight = 0;
  const parts: string[] = [];
  for (const item of items) {
    const swatch = find(item, (e) => e.tagName === 'svg');
    const swatchWidth = Number(attribute(swatch ?? item, 'width') ?? 14) || 14;
    const textX = swatchWidth + LEGEND.swatch;
    const lines = wrapText(textOf(item), width - textX, LEGEND.size);
    const itemWidth = textX + Math.max(...lines.map((line) => estimateTextWidth(line, LEGEND.size)));
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      top += rowHeight;
      rowHeight = 0;
    }
    if (swatch) parts.push(legendSwatch(swatch, x, top, values));
    const spans = lines.map((line, i) => `<tspan x="${round(x + textX)}" y="${round(top + LEGEND.size + i * LEGEND.line)}">${escapeText(line)}</tspan>`);
    parts.push(`<text font-size="${round(LEGEND.size)}" fill="${values.muted}">${spans.join('')}</text>`);
    rowHeight = Math.max(rowHeight, lines.length * LEGEND.line);
    x += itemWidth + LEGEND.gap;
  }
  return { markup: `<g class="cv-legend">${parts.join('')}</g>`, height: top + rowHeight - y };
}

/** A legend swatch placed at (x, y), its colour (a key's `--_k`, set on the element itself) resolved. */
function legendSwatch(swatch: Element, x: number, y: number, values: ThemeValues): string {
  const height = Number(attribute(swatch, 'height') ?? 14) || 14;
  const width = Number(attribute(swatch, 'width') ?? 14) || 14;
  const key = /--_k:\s*var\((--[\w-]+)\)/.exec(attribute(swatch, 'style') ?? '')?.[1];
  const colour = key ? values.properties.get(key) : undefined;
  const placed: Record<string, string> = {
    x: String(round(x)),
    y: String(round(y + (LEGEND.line - height) / 2)),
    width: String(width),
    height: String(height),
  };
  if (colour) Object.assign(placed, { fill: colour, stroke: colour });
  const markup = toXml(swatch, { attributes: { ...placed, style: '' } });
  return markup.replace(/ style=""/g, '');
}

/**
 * The plot's SVG, nested at `y` with its own viewBox. Groups that set their own custom properties (the
 * timeline's category colours) get a class and rules of their own, their values resolved.
 */
function plot(shadow: ReturnType<typeof shadowRootOf>, y: number, tag: string, styles: SvgStyles): Block {
  const box = find(shadow, byPart('plot'));
  const drawing = box && find(box, (e) => e.tagName === 'svg' && byPart('svg')(e));
  if (!drawing) {
    throw new SvgUnavailableError(
      `<${tag}> drew no SVG at this width (below 600 px the timeline lists its events as text; --attr orientation=horizontal keeps the drawing): use --format html, or a larger --width`,
    );
  }
  const [, , width, height] = (attribute(drawing, 'viewBox') ?? '').split(/\s+/).map(Number);
  const scopedCss: string[] = [];
  findAll(drawing, (e) => /--[\w-]+\s*:/.test(attribute(e, 'style') ?? '')).forEach((group, i) => {
    const scope = `cv-scope-${i + 1}`;
    scopedCss.push(styles.scoped(`.${scope}`, attribute(group, 'style')!));
    group.attrs = [
      ...group.attrs.filter((a) => a.name !== 'style' && a.name !== 'class'),
      { name: 'class', value: `${attribute(group, 'class') ?? ''} ${scope}`.trim() },
    ];
  });
  const markup = toXml(drawing, {
    skip: (e) => /\bfocus-ring\b/.test(attribute(e, 'class') ?? ''),
    attributes: { x: '0', y: String(round(y)), width: String(width), height: String(height), overflow: 'visible' },
  });
  return { markup, height, width, css: scopedCss.join('\n') };
}

export interface SvgDocument {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** The standalone SVG of the `tag` element in the server's `markup`, laid out `width` px wide in `theme`. */
export function composeSvg(markup: string, tag: string, width: number, theme: Theme): SvgDocument {
  const shadow = shadowRootOf(markup, tag);
  const styles = stylesForSvg(stylesOf(shadow), theme);
  const { values } = styles;
  const heading = find(shadow, byPart('heading'));
  const description = find(shadow, byPart('description'));
  const legendList = find(shadow, byPart('legend'));
  const source = find(shadow, byPart('source'));
  const summary = find(shadow, byPart('summary'));
  const blocks: Block[] = [];
  let y = 0;
  const add = (block: Block) => {
    if (!block.height) return;
    blocks.push(block);
    y += block.height + GAP * 1.5;
  };
  if (heading) add(paragraph(textOf(heading), y, width, HEADING, values.text, 'heading'));
  if (description) add(paragraph(textOf(description), y, width, BODY, values.muted, 'description'));
  if (legendList)
    add(
      legend(
        findAll(legendList, (e) => e.tagName === 'li'),
        y,
        width,
        values,
      ),
    );
  const drawing = plot(shadow, y, tag, styles);
  add(drawing);
  width = Math.max(width, drawing.width ?? 0);
  if (source) add(paragraph(textOf(source), y, width, { size: LEGEND.size, line: LEGEND.line }, values.muted, 'source'));
  const height = Math.ceil(y - GAP * 1.5);
  const title = heading ? textOf(heading) : tag;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="${ROOT_CLASS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`,
    ` role="img" aria-labelledby="cv-title" font-family="${escapeXmlAttribute(values.fontFamily)}" font-size="${FONT}">`,
    `<title id="cv-title">${escapeText(title)}</title>`,
    summary ? `<desc>${escapeText(textOf(summary))}</desc>` : '',
    `<style><![CDATA[\n${styles.css}\n${drawing.css}\n]]></style>`,
    `<rect class="background" width="100%" height="100%" fill="${values.background}"/>`,
    ...blocks.map((block) => block.markup),
    '</svg>',
  ].join('\n');
  return { svg, width: width, height };
}
