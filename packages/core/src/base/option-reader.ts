/**
 * Reads an element's attributes into options. A bad value is reported under its attribute and the
 * last good value (at first the default) is used instead, so one typo never blanks a drawing.
 */
import type { DataIssue, Parsed } from '../data/issues.js';
import { readKeyword, type Read } from '../data/read.js';
import { parseJsonText } from '../data/text.js';

interface ParsedEntry {
  readonly raw: unknown;
  readonly issues: readonly DataIssue[];
  /** The last value that parsed without problems, boxed so `undefined` can be one. */
  readonly good?: { readonly value: unknown };
}

export class OptionReader {
  #issues: DataIssue[] = [];
  readonly #lastGood = new Map<string, unknown>();
  /** Each attribute's last value and what reading it gave: an update that changed nothing reads nothing again. */
  readonly #read = new Map<string, { readonly raw: unknown; readonly read: Read<unknown> }>();
  readonly #parsed = new Map<string, ParsedEntry>();

  /** Start reading the options again: the problems are those of the values read from now on. */
  begin(): void {
    this.#issues = [];
  }

  /** The problems found since `begin()`. */
  get issues(): readonly DataIssue[] {
    return this.#issues;
  }

  /** One of a fixed set of keywords, e.g. `keyword('type', this.type, ['bar', 'line'])`; the first is the default. */
  keyword<K extends string>(attribute: string, value: unknown, allowed: readonly K[]): K {
    // A removed attribute reads as null: the option returns to its default, as if never set.
    return this.value(attribute, value ?? allowed[0], (raw) => readKeyword(raw, allowed), allowed[0]);
  }

  /**
   * An attribute's value read by `read` (e.g. `value('from', this.from, readWholeNumber, undefined)`) once
   * per value: when bad, the problem is reported under `attribute` and the last good value (at first
   * `fallback`) is used.
   */
  value<T>(attribute: string, raw: unknown, read: (raw: unknown) => Read<T>, fallback: T): T {
    let entry = this.#read.get(attribute);
    if (!entry || entry.raw !== raw) this.#read.set(attribute, (entry = { raw, read: read(raw) }));
    return this.option(attribute, entry.read as Read<T>, fallback);
  }

  /**
   * An option as a reader found it (e.g. `readWholeNumber(this.from)`): its value, or, when bad, the
   * problem reported under `attribute` and the last good value (at first `fallback`).
   */
  option<T>(attribute: string, read: Read<T>, fallback: T): T {
    return this.#checked(attribute, attribute, read, fallback);
  }

  /**
   * `from` and `to`, each read by `read`, which must be in order: a pair out of order is reported under
   * `from`, and the last good pair is drawn meanwhile, not the whole range.
   */
  range(from: unknown, to: unknown, read: (raw: unknown) => Read<number | undefined>): readonly [number | undefined, number | undefined] {
    const pair = [this.value('from', from, read, undefined), this.value('to', to, read, undefined)] as const;
    const [first, last] = pair;
    const ordered: Read<typeof pair> =
      first !== undefined && last !== undefined && first > last ? { ok: false, message: `${first} is after to ${last}` } : { ok: true, value: pair };
    return this.#checked('from', 'from to', ordered, [undefined, undefined]);
  }

  /** `option`, with the last good value kept under `key`, which may differ from the attribute reported. */
  #checked<T>(attribute: string, key: string, read: Read<T>, fallback: T): T {
    if (read.ok) this.#lastGood.set(key, read.value);
    else this.report(attribute, read.message);
    return (this.#lastGood.has(key) ? this.#lastGood.get(key) : fallback) as T;
  }

  /**
   * A structured option (an array from a property, or JSON text from an attribute) read by `parse`
   * once per value. Its problems are reported on every reading, and while the value is bad the last
   * good one (or `fallback`) is used.
   */
  parsedOption<T>(attribute: string, raw: unknown, parse: (value: unknown) => Parsed<T>, fallback: T): T {
    let entry = this.#parsed.get(attribute);
    if (!entry || entry.raw !== raw) {
      const json = typeof raw === 'string' ? parseJsonText(raw, attribute) : { value: raw, issues: [] };
      const parsed = json.issues.length ? json : parse(json.value);
      const good = parsed.issues.length || parsed.value === undefined ? entry?.good : { value: parsed.value };
      this.#parsed.set(attribute, (entry = { raw, issues: parsed.issues, good }));
    }
    this.#issues.push(...entry.issues);
    return entry.good ? (entry.good.value as T) : fallback;
  }

  /** Report a problem found across options, e.g. `from` after `to`. */
  report(attribute: string, message: string): void {
    this.#issues.push({ source: attribute, message });
  }
}
