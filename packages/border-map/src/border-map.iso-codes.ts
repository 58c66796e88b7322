/** The ISO 3166-1 table, loaded on demand: most maps never need it. */
import type { CodeEquivalents } from './model/index.js';

/**
 * The ISO 3166-1 table (about 1.5 KB), loaded once per page by the first map whose `highlight` names a
 * country in the ISO form its geometry does not write. If it cannot load, codes match only as written
 * (and an unmatched one is reported with the geometry's own codes).
 */
let isoTable: Promise<CodeEquivalents> | undefined;
export function loadIsoCodes(): Promise<CodeEquivalents> {
  return (isoTable ??= import('./model/iso-codes.js').then(
    ({ isoEquivalents }) => isoEquivalents,
    (error: unknown) => {
      console.error('conflict-viz: could not load the ISO 3166-1 table that matches country codes', error);
      return (code: string) => [code.trim().toUpperCase()];
    },
  ));
}
