/**
 * ISO 3166-1 codes of one country in both forms `highlight` accepts: alpha-3 (`IND`) and numeric
 * (`356`, as world-atlas ids its countries), from a table generated from the `iso-3166` package.
 */
import { ISO_3166_1 } from './iso-table.js';

/** Characters a country takes in the table: three of alpha-3, three of numeric. */
const ENTRY = 6;

/** The other code of the country whose alpha-3 (`at` 0) or numeric (`at` 3) code is `code`. */
function otherCode(code: string, at: 0 | 3): string | undefined {
  for (let i = 0; i < ISO_3166_1.length; i += ENTRY) {
    if (ISO_3166_1.startsWith(code, i + at)) return ISO_3166_1.slice(i + 3 - at, i + ENTRY - at);
  }
  return undefined;
}

/** `code` upper-cased, and the same country's other ISO 3166-1 code: ["IND", "356"], ["4", "004", "AFG"]. */
export function isoEquivalents(code: string): string[] {
  const text = code.trim().toUpperCase();
  if (/^\d{1,3}$/.test(text)) {
    const numeric = text.padStart(3, '0');
    const alpha3 = otherCode(numeric, 3);
    return [...new Set([text, numeric, ...(alpha3 ? [alpha3] : [])])];
  }
  const numeric = /^[A-Z]{3}$/.test(text) ? otherCode(text, 0) : undefined;
  return numeric ? [text, numeric] : [text];
}
