/**
 * Colours from data and attributes, read to a closed grammar before they reach CSS: a value that is not
 * in it is refused, never passed through, so no colour can carry `url()`, an `image-set()`, an escape
 * (`\75 rl(`) or a second declaration, and a colour can never make the page fetch anything.
 */
import { quote } from './issues.js';
import type { Read } from './read.js';

/** Longer than any colour in the grammar: a longer value is refused before a pattern reads it. */
const MAX_COLOR_LENGTH = 100;

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?(?:%|deg|g?rad|turn)?`;
const HEX = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;
/** `rgb()`, `rgba()`, `hsl()`, `hsla()` with three or four numbers, in the comma or the space syntax. */
const COLOR_FUNCTION = new RegExp(String.raw`^(?:rgba?|hsla?)\(\s*${NUMBER}(?:\s*[,/]?\s*${NUMBER}){2,3}\s*\)$`, 'i');
/** A colour name (`teal`, `transparent`, `currentColor`): letters only, so nothing but a name. */
const NAME = /^[a-z]{3,30}$/i;
/** `var(--cv-…)`, with no fallback or a fallback that is itself in the grammar. */
const VARIABLE = /^var\(\s*--cv-[a-z\d-]+\s*(?:,\s*(.+?))?\s*\)$/i;

/** How to write a colour the elements accept, for messages. */
const COLOR_GRAMMAR = 'use a hex colour (#1d6fb8), rgb() or hsl() with numbers, a CSS colour name or var(--cv-…)';

function inGrammar(text: string, isColor: (value: string) => boolean): boolean {
  const variable = VARIABLE.exec(text);
  if (variable) return variable[1] === undefined || inGrammar(variable[1], isColor);
  return (HEX.test(text) || COLOR_FUNCTION.test(text) || NAME.test(text)) && isColor(text);
}

/**
 * A colour in the grammar. `isColor` is the browser's verdict on a value the grammar allows (is `teal` a
 * colour name, are `rgb()`'s numbers in range); pure callers may leave it out.
 */
export function readColor(value: unknown, isColor: (value: string) => boolean = () => true): Read<string> {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length <= MAX_COLOR_LENGTH && inGrammar(text, isColor)) return { ok: true, value: text };
  return { ok: false, message: `is not a colour the elements accept, got ${quote(value)}: ${COLOR_GRAMMAR}` };
}
