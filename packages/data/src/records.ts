/** The generated datasets' rows, written as arrays under one list of field names, as frozen records. */
export function frozenRecords<T>(fields: readonly string[], rows: readonly (readonly unknown[])[]): readonly T[] {
  return Object.freeze(rows.map((row) => Object.freeze(Object.fromEntries(fields.map((field, i) => [field, row[i]]))) as T));
}
