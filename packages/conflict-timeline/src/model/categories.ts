/**
 * The categories a timeline's events name. A category the list lacks ("infrastructure" in a newsroom's
 * file) is added with its name as the label and the next palette colour and shape that no category of
 * the data uses yet, so a new file draws without a `categories` attribute; it gets a legend entry
 * like any other.
 */
import { parseRecords, type RecordReader } from '@conflict-viz/core/pure';

export const SHAPES = ['circle', 'triangle', 'square', 'diamond', 'star', 'cross'] as const;
export type Shape = (typeof SHAPES)[number];

/** A category: its legend label, a CSS colour (a palette token by default) and a shape, so colour is never alone. */
export interface TimelineCategory {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly shape: Shape;
}

/** Colours of the palette: six slots of theme tokens. */
export const PALETTE_SIZE = 6;
export const palette = (i: number) => `var(--_cat-${(i % PALETTE_SIZE) + 1})`;

/** Beyond this many, colours and shapes can no longer be told apart. */
export const MAX_CATEGORIES = 24;

/** The id of the category events without one belong to. */
export const OTHER = 'other';

/**
 * The categories of `known` and those the events name besides, in the order first named. Returns
 * `undefined` when there would be more than MAX_CATEGORIES.
 */
export function withNamedCategories(events: unknown, known: readonly TimelineCategory[]): TimelineCategory[] | undefined {
  const byKey = new Map(known.map((c) => [c.id.toLowerCase(), c]));
  const all = namedCategories(events);
  const named = all.filter((name) => !byKey.has(name.toLowerCase()));
  if (!named.length) return [...known];
  const used = new Set(all.map((name) => byKey.get(name.toLowerCase())).filter((c) => c !== undefined));
  if (used.size + named.length > MAX_CATEGORIES) return undefined;
  // Colours and shapes the data's own known categories already show are taken last.
  const colors = freeFirst(
    Array.from({ length: PALETTE_SIZE }, (_, i) => palette(i)),
    [...used].map((c) => c.color),
  );
  const shapes = freeFirst(
    SHAPES,
    [...used].map((c) => c.shape),
  );
  const added = named.map((name, i) => ({
    id: name,
    label: name,
    color: colors[i % colors.length],
    shape: shapes[(i + Math.floor(i / colors.length)) % shapes.length],
  }));
  return [...known, ...added];
}

/** The distinct category names of the events, trimmed, in the order first met (case-insensitive). */
function namedCategories(events: unknown): string[] {
  const names = new Map<string, string>();
  parseRecords(events, 'categories', (row: RecordReader) => {
    const value = row.raw('category');
    const name = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
    return undefined;
  });
  return [...names.values()];
}

/** The items not in `taken`, then those in it, each in their order. */
function freeFirst<T>(items: readonly T[], taken: readonly T[]): T[] {
  return [...items.filter((item) => !taken.includes(item)), ...items.filter((item) => taken.includes(item))];
}
