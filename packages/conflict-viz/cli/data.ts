/** The `--data` file, read as the elements read a `src` file: JSON, or CSV/TSV as spreadsheets write it. */
import fs from 'node:fs';
import path from 'node:path';
import { parseDelimitedText, parseJsonText, sniffFormat, formatIssue } from '@conflict-viz/core';

/** The largest data file read, as for `src` in a page (CvElement.fetchMaxBytes). */
const MAX_BYTES = 5_000_000;

export type DataResult = { ok: true; data: unknown } | { ok: false; message: string };

/** The rows (or the JSON value) of the file at `file`, or why it cannot be read. */
export async function readDataFile(file: string): Promise<DataResult> {
  // Through import(), as the elements load it: the bundle initialises the module that reads `src` files only then.
  const { decodeText } = await import('@conflict-viz/core');
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_BYTES) return { ok: false, message: `--data ${name} is too large: ${(size / 1e6).toFixed(1)} MB, the limit is ${MAX_BYTES / 1e6} MB` };
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : String((error as Error).message);
    return { ok: false, message: `--data ${file} cannot be read: ${why}` };
  }
  // Decoded as a page decodes a `src` file: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252.
  const text = decodeText(new Uint8Array(bytes));
  const format = sniffFormat(text, '', name);
  if (format === 'html') return { ok: false, message: `--data ${name} is markup (HTML or XML), not JSON or CSV` };
  const source = `--data ${name}`;
  const parsed = format === 'json' ? parseJsonText(text, source) : parseDelimitedText(text, source);
  if (parsed.issues.length) return { ok: false, message: parsed.issues.map(formatIssue).join('\n') };
  return { ok: true, data: parsed.value };
}
