// Scene snapshots (STYLE.md rule 21): a pure model's output as normalized JSON, stored under
// tests/snapshots/scenes/ and compared value by value, so a change fails with the scene, the path and
// old → new. Files are read from the test server and written through @web/test-runner-commands' file
// commands; they are rewritten only when the runner is started with --update-snapshots, which
// `pnpm test:update-snapshots` does (scripts/update-snapshots.mjs). Review the JSON diff before committing.
import { getSnapshotConfig, writeFile } from '@web/test-runner-commands';

/** A JSON value with sorted keys and rounded numbers: what a snapshot file holds. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz][\d\s.,eE+\-MmLlHhVvCcSsQqTtAaZz]*$/;
const NUMBER_IN_TEXT = /-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi;

/** To one decimal, without -0: sub-pixel noise and float drift are not behaviour. */
const round = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return r === 0 ? 0 : r;
};

export interface NormalizeOptions {
  /**
   * Ids the model generates (the data gives none), as a pattern: such `id` values are renamed `#1`,
   * `#2`… in order of first appearance, so a new naming scheme for them is not a change.
   */
  readonly generatedIds?: RegExp;
}

/**
 * A value as a snapshot holds it: numbers rounded to 0.1 (also inside SVG path data), object keys
 * sorted, functions and undefined left out, Sets as sorted arrays, Maps and typed arrays as plain JSON,
 * NaN and Infinity as the strings "NaN" and "Infinity" (so a snapshot shows them instead of null).
 */
export function normalize(value: unknown, options: NormalizeOptions = {}): Json {
  const ids = new Map<string, string>();
  const walk = (value: unknown, key?: string): Json | undefined => {
    if (value === null) return null;
    switch (typeof value) {
      case 'number':
        return Number.isFinite(value) ? round(value) : String(value);
      case 'string':
        if (key === 'id' && options.generatedIds?.test(value)) return ids.get(value) ?? ids.set(value, `#${ids.size + 1}`).get(value)!;
        return PATH_DATA.test(value) && /\d/.test(value) ? value.replace(NUMBER_IN_TEXT, (n) => String(round(Number(n)))) : value;
      case 'boolean':
        return value;
      case 'undefined':
      case 'function':
      case 'symbol':
        return undefined;
      case 'bigint':
        return String(value);
    }
    if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, (v) => walk(v) ?? null);
    if (Array.isArray(value)) return value.map((v) => walk(v) ?? null);
    if (value instanceof Set) return [...value].map((v) => walk(v) ?? null).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
    if (value instanceof Map) return walk(Object.fromEntries(value), key);
    const out: { [key: string]: Json } = {};
    for (const name of Object.keys(value as object).sort()) {
      const v = walk((value as Record<string, unknown>)[name], name);
      if (v !== undefined) out[name] = v;
    }
    return out;
  };
  return walk(value) ?? null;
}

/**
 * JSON text for review: one key per line, except that an object of plain values, an array of plain
 * values, or an array of such arrays (points) stays on one line when it fits in 120 characters.
 * The same value always gives the same text.
 */
export function formatJson(value: Json, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    const flat = value.every((v) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((w) => w === null || typeof w !== 'object')));
    const line = `[${value.map((v) => formatJson(v)).join(', ')}]`;
    if (flat && line.length + indent.length <= 120) return line;
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const keys = Object.keys(value);
  if (!keys.length) return '{}';
  if (keys.every((k) => value[k] === null || typeof value[k] !== 'object')) {
    const line = `{${keys.map((k) => `${JSON.stringify(k)}: ${formatJson(value[k])}`).join(', ')}}`;
    if (line.length + indent.length <= 120) return line;
  }
  return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${formatJson(value[k], inner)}`).join(',\n')}\n${indent}}`;
}

const show = (value: Json | undefined) => {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 100 ? `${text.slice(0, 97)}…` : text;
};

/** Every difference between two snapshot values, as `path: old → new`, in document order. */
export function diffJson(stored: Json | undefined, current: Json | undefined, path = ''): string[] {
  if (JSON.stringify(stored) === JSON.stringify(current)) return [];
  const bothArrays = Array.isArray(stored) && Array.isArray(current);
  const bothObjects = !bothArrays && isObject(stored) && isObject(current);
  if (!bothArrays && !bothObjects) return [`${path || '(root)'}: ${show(stored)} → ${show(current)}`];
  if (bothArrays) {
    const [a, b] = [stored as Json[], current as Json[]];
    const lines = a.length !== b.length ? [`${path}.length: ${a.length} → ${b.length}`] : [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) lines.push(...diffJson(a[i], b[i], `${path}[${i}]`));
    return lines;
  }
  const [a, b] = [stored as Record<string, Json>, current as Record<string, Json>];
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.flatMap((key) => diffJson(a[key], b[key], path ? `${path}.${key}` : key));
}

const isObject = (value: Json | undefined): value is { [key: string]: Json } => !!value && typeof value === 'object' && !Array.isArray(value);

/** How many differences a failure lists before it says "and N more". */
const SHOWN = 25;

/**
 * Compare `value` (normalized) with the snapshot file at `file` (relative to this folder, where the test files are).
 * Without --update-snapshots, a missing or different snapshot throws with the differences; with it,
 * the file is written when it is missing or differs in value.
 */
export async function matchSnapshot(file: string, value: Json): Promise<void> {
  // Read over HTTP: the file command answers a missing file as an unknown command.
  const response = await fetch(new URL(file, import.meta.url), { cache: 'no-store' });
  const stored = response.ok ? ((await response.json()) as Json) : undefined;
  const differences = diffJson(stored, value);
  if (!differences.length) return;
  if ((await getSnapshotConfig()).updateSnapshots) {
    await writeFile({ path: file, content: `${formatJson(value)}\n` });
    return;
  }
  if (stored === undefined) throw new Error(`no snapshot ${file}: create it with \`pnpm test:update-snapshots\`, review it and commit it`);
  const listed = differences.slice(0, SHOWN).map((line) => `  ${line}`);
  if (differences.length > SHOWN) listed.push(`  … and ${differences.length - SHOWN} more`);
  throw new Error(
    `scene ${file} changed (${differences.length} difference${differences.length === 1 ? '' : 's'}, stored → now):\n${listed.join('\n')}\n` +
      'If the change is intended, run `pnpm test:update-snapshots` and review the diff of the JSON files before committing.',
  );
}
