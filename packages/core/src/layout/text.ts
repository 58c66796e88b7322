/** Text measurement for layout. Models take a `measure` function so they stay pure and testable. */

/** Width in px of `text` at `fontSize` px. */
export type MeasureText = (text: string, fontSize: number) => number;

/**
 * A deliberately generous estimate for sans-serif text, used where no canvas exists (unit tests, a server).
 * Overestimating only costs space; underestimating would let labels collide.
 */
export const estimateTextWidth: MeasureText = (text, fontSize) => {
  let em = 0;
  for (const ch of text) {
    if (/[ ilj.,:;'|!]/.test(ch)) em += 0.3;
    else if (/[A-Zmw@%]/.test(ch)) em += 0.75;
    else if (ch.charCodeAt(0) < 128) em += 0.6;
    else em += 1; // CJK, Arabic ligatures and emoji can be wide
  }
  return em * fontSize;
};

const MAX_MEASURED = 1000;

/** Cut `text` with an ellipsis so it fits `maxWidth`; returns the text unchanged when it fits. */
export function truncateText(text: string, maxWidth: number, fontSize: number, measure: MeasureText = estimateTextWidth): string {
  // No label is wider than a thousand characters: a 2 MB one is cut to that before it is measured.
  if (text.length > MAX_MEASURED) text = [...text.slice(0, MAX_MEASURED)].filter((c) => !/^[\uD800-\uDFFF]$/.test(c)).join('');
  if (measure(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '' : `${chars.slice(0, lo).join('').trimEnd()}…`;
}
