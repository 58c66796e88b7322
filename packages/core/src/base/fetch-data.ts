/**
 * Loading a `src` URL: size-capped, time-limited, abortable, and every failure explained. The data input
 * loads this module (and the CSV reader with it) through import() when an element is given a `src`.
 */
import type { Parsed, quote } from '../data/issues.js';
import { parseDelimitedText } from '../data/delimited.js';
import type { parseJsonText } from '../data/text.js';

/**
 * What the reader shares with the elements, handed in by them: loaded later, a module that imported code
 * the elements load up front would split that code off into more files, each a page's extra request.
 */
export interface SharedReaders {
  readonly parseJsonText: typeof parseJsonText;
  /** A value as a message quotes it. */
  readonly quote: typeof quote;
}

export interface FetchDataOptions {
  readonly readers: SharedReaders;
  readonly signal: AbortSignal;
  /** Refuse responses larger than this many bytes (default 5 MB). */
  readonly maxBytes?: number;
  /** Give up after this many milliseconds (default 15 s). */
  readonly timeout?: number;
  /** What a relative `url` is resolved against: the element's document's base URL, as its links are. */
  readonly base?: string;
}

const SOURCE = 'src';

export type TextFormat = 'json' | 'csv' | 'html';

/** Decide how to read a response from its content type, its URL and, failing both, its first character. */
export function sniffFormat(text: string, contentType = '', url = ''): TextFormat {
  const type = contentType.toLowerCase();
  const start = text.trimStart()[0];
  if (start === '<' || type.includes('html') || type.includes('xml')) return 'html';
  if (type.includes('json') || /\.(geo|topo)?json([?#]|$)/i.test(url)) return 'json';
  if (type.includes('csv') || type.includes('tab-separated') || /\.(csv|tsv|tab)([?#]|$)/i.test(url)) return 'csv';
  return start === '[' || start === '{' ? 'json' : 'csv';
}

/**
 * Fetch `url` and read it as JSON or CSV. Resolves with issues instead of rejecting, except when
 * `signal` aborts: then it rejects with the AbortError, so a superseded request can be ignored.
 */
export async function fetchData(
  url: string,
  { readers, signal, maxBytes = 5_000_000, timeout = 15_000, base = globalThis.location?.href }: FetchDataOptions,
): Promise<Parsed<unknown>> {
  const name = shortUrl(url, base);
  const timer = AbortSignal.timeout(timeout);
  // Every failure is one issue of `src` that names the file.
  const fail = (message: string, after = ''): Parsed<unknown> => ({ issues: [{ source: SOURCE, message: `${message} (${name})${after}` }] });
  // A failed fetch or read: rethrown when aborted, reported as a timeout when the timer fired.
  const lost = (error: unknown, message: string, after?: string) => {
    if (signal.aborted) throw error;
    return timer.aborted ? fail(`took longer than ${timeout / 1000} s to load`) : fail(message, after);
  };
  const MB = maxBytes / 1e6;
  const tooLarge = (size: string) => fail(`is too large: ${size}, the limit is ${MB} MB`);
  let response: Response;
  try {
    response = await fetch(new URL(url, base), { signal: AbortSignal.any([signal, timer]), credentials: 'same-origin' });
  } catch (error) {
    return lost(error, 'could not be loaded', ": network error or blocked by the server's CORS policy");
  }
  if (!response.ok) return fail(`request failed with ${response.status} ${response.statusText || 'error'}`);
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) return tooLarge(`${(length / 1e6).toFixed(1)} MB`);
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(response, maxBytes);
  } catch (error) {
    return error instanceof RangeError && !signal.aborted ? tooLarge(`more than ${MB} MB`) : lost(error, 'could not be read');
  }
  const { text, legacy } = decode(bytes);
  const type = response.headers.get('content-type') ?? '';
  const declared = type.split(';')[0];
  const format = sniffFormat(text, type, url);
  if (format === 'html') return fail(`returned a web page (${declared || 'HTML'}), not JSON or CSV`);
  // A server's JSON error page under a CSV name or type would read as a CSV file with no rows.
  if (format === 'csv' && text.trimStart().startsWith('{')) {
    return fail(`returned JSON (${declared || 'no type'}), not CSV: an error page? It begins ${readers.quote(text.trim(), 60)}`);
  }
  const parsed = format === 'json' ? readers.parseJsonText(text, SOURCE) : parseDelimitedText(text, SOURCE);
  if (!legacy || parsed.issues.length) return parsed;
  const note = `is not UTF-8 text; it was read as Windows-1252, as Excel writes "CSV (Comma delimited)": if letters look wrong, save it as "CSV UTF-8"`;
  return { ...parsed, warnings: [{ source: SOURCE, message: `${note} (${name})` }] };
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) all.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return all;
}

/**
 * UTF-16 where a byte order mark says so (Excel's "Unicode text"), else UTF-8, else Windows-1252: Excel's
 * "CSV (Comma delimited)" on Windows writes the latter, and "Anschläge" must not arrive as
 * "Anschl\uFFFDge". A BOM is dropped either way. `legacy`: it was read as Windows-1252.
 */
function decode(bytes: Uint8Array): { text: string; legacy: boolean } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), legacy: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), legacy: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), legacy: true };
  }
}

/** The text of a file's bytes, decoded as `fetchData` decodes them. */
export const decodeText = (bytes: Uint8Array): string => decode(bytes).text;

/** The file name of a URL, enough to recognise it in a message without printing a long query string. */
function shortUrl(url: string, base?: string): string {
  try {
    const parsed = new URL(url, base);
    const file = parsed.pathname.split('/').filter(Boolean).pop() ?? parsed.host;
    return file.length > 60 ? `${file.slice(0, 59)}…` : file;
  } catch {
    return url.slice(0, 60);
  }
}
