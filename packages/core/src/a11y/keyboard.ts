/** Keyboard navigation across a sequence of marks: one model for every element. */
import type { NavigationKey } from '../layout/scene.js';

export type NavigationAction = { kind: 'move'; index: number } | { kind: 'select' } | { kind: 'dismiss' };

export interface NavigationOptions {
  /** Arrow keys follow what the reader sees: in RTL the first mark is on the right. */
  readonly rtl?: boolean;
  /** Marks laid out in two dimensions: the mark a key leads to from `index` (-1 for none). Replaces the reading order. */
  readonly toward?: (index: number, key: NavigationKey) => number;
  /** PageUp (-1) and PageDown (1) from `index`: by group, or by ten; without it they are not the plot's. */
  readonly page?: (index: number, direction: 1 | -1) => number;
}

const NAVIGATION_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * Map a key to an action over `count` marks, `index` being the active one (-1 for none).
 * Left/Right and Up/Down step, PageUp/PageDown take larger steps, Home/End jump, Enter and Space select, Escape dismisses.
 * A move to -1 (no mark that way) is still a move: the key is the plot's.
 */
export function navigationAction(
  key: string,
  index: number,
  count: number,
  { rtl = false, toward, page }: NavigationOptions = {},
): NavigationAction | undefined {
  if (count === 0) return key === 'Escape' ? { kind: 'dismiss' } : undefined;
  if (toward && NAVIGATION_KEYS.includes(key)) return { kind: 'move', index: toward(index, key as NavigationKey) };
  const last = count - 1;
  const step = (delta: number) => ({ kind: 'move' as const, index: index < 0 ? (delta > 0 ? 0 : last) : Math.max(0, Math.min(last, index + delta)) });
  switch (key) {
    case 'ArrowRight':
      return step(rtl ? -1 : 1);
    case 'ArrowLeft':
      return step(rtl ? 1 : -1);
    case 'ArrowDown':
      return step(1);
    case 'ArrowUp':
      return step(-1);
    case 'PageDown':
    case 'PageUp':
      return page && index >= 0 ? { kind: 'move', index: page(index, key === 'PageDown' ? 1 : -1) } : undefined;
    case 'Home':
      return { kind: 'move', index: 0 };
    case 'End':
      return { kind: 'move', index: last };
    case 'Enter':
    case ' ':
      return index < 0 ? undefined : { kind: 'select' };
    case 'Escape':
      return { kind: 'dismiss' };
    default:
      return undefined;
  }
}
