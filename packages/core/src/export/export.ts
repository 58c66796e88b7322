/**
 * Downloads of an element: the drawing as SVG or PNG, the data drawn as CSV. Loaded with import() by the
 * element on its first `toBlob()` or `download()`, so a page that never downloads never loads it.
 */
import type { ExportFormat, ExportTable } from '../base/cv-element.types.js';
import type { InteractiveScene } from '../layout/scene.js';
import { formatCsv, tableOfMarks } from './csv.js';
import { rasterizeSvg } from './png.js';
import { exportSvg } from './svg.js';
import { withTwin } from './twin.js';

/** The element as the exporter reads it: its rendered frame and, while something is drawn, its scene. */
type Exported = HTMLElement;

/** What is drawn: the scene, and the element's own CSV table of it (undefined: the marks' data). */
export interface Drawn {
  readonly scene: InteractiveScene;
  readonly table: () => ExportTable | undefined;
}

/**
 * The blob of `format` (`png`, `svg` or `csv`, which the element has checked); saved as a file too when `save`.
 * Rejects with an Error saying why when nothing is drawn or the page does not allow the PNG.
 */
export async function exportBlob(element: Exported, format: ExportFormat, drawn: Drawn | undefined, save?: boolean): Promise<Blob> {
  const root = element.shadowRoot;
  if (!drawn || !root) throw new Error('has nothing drawn to export yet');
  let blob: Blob;
  if (format === 'csv') {
    blob = new Blob([formatCsv(drawn.table() ?? tableOfMarks(drawn.scene))], { type: 'text/csv;charset=utf-8' });
  } else {
    // Where the element shows no drawing at its width (a timeline's chronology), a wider twin draws it.
    const svg = root.querySelector('.plot svg[part="svg"]') ? exportSvg(root) : await withTwin(element, exportSvg);
    blob = format === 'svg' ? new Blob([svg.text], { type: 'image/svg+xml' }) : await rasterizeSvg(svg.text, svg.width, svg.height);
  }
  if (save) saveBlob(blob, `${fileName(root.querySelector('[part="heading"]')?.textContent, element.localName)}.${format}`);
  return blob;
}

/** The heading as a file name ("TTP violence in Pakistan" → `ttp-violence-in-pakistan`), else the tag's name. */
function fileName(heading: string | null | undefined, tag: string): string {
  const words = (heading ?? '').normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.join('-').toLowerCase().slice(0, 80) || tag;
}

/** Saves `blob` through a link to it, as the browser saves any download; the URL is kept until the download has surely begun. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
