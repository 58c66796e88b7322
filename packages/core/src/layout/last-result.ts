/** Keeping a result until one of the values it came from changes: a cache its owner holds, not module state. */

/** Whether two lists hold the same values, one by one (===). */
export function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The last result of a computation, computed again only when one of its inputs changed (memoize-one). */
export class LastResult<T> {
  #inputs?: readonly unknown[];
  #value?: T;

  get(inputs: readonly unknown[], compute: () => T): T {
    if (!this.#inputs || !sameValues(inputs, this.#inputs)) {
      this.#value = compute();
      this.#inputs = inputs;
    }
    return this.#value as T;
  }
}
