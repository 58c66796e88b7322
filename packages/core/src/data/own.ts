/**
 * Objects read as they are, whatever a page added to `Object.prototype`: a polluted page (a buggy or
 * hostile script ran `Object.prototype.heading = …` before the elements loaded) must not add a heading, a
 * link, an era or an Intl option to what the elements read.
 */

/** A copy of `value` without a prototype: a key it lacks reads as undefined. */
export const withoutPrototype = <T extends object>(value: T): T => Object.assign(Object.create(null) as T, value);

/** `record[key]` when `record` is an object that has `key` as its own property; else undefined. */
export function ownField(record: unknown, key: string): unknown {
  return record !== null && typeof record === 'object' && Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}
