/**
 * System tokens (`--cv-*`), with light and dark values. Elements read them through their own public
 * tokens (`--ttp-attack-chart-*`…) and set private `--_*` once on :host.
 * Every value has a default, so an element looks finished with no CSS from the page.
 */
import { css } from 'lit';

// One list of dark values, used by theme="dark" and by theme="auto" under a dark system preference.
const darkValues = css`
  --_background: var(--cv-color-background, #17191e);
  --_text: var(--cv-color-text, #e8eaed);
  --_muted: var(--cv-color-text-muted, #b4bac2);
  --_grid: var(--cv-color-grid, #33373f);
  --_axis: var(--cv-color-axis, #9aa0a8);
  --_accent: var(--cv-color-accent, #ff8a80);
  --_focus: var(--cv-color-focus, #8ab4f8);
  --_error-text: var(--cv-color-error, #ffb4ab);
  --_error-background: var(--cv-color-error-background, #3b1f1d);
  --_surface: var(--cv-color-surface, #22252b);
  --_cat-1: var(--cv-color-category-1, #6cb4f5);
  --_cat-2: var(--cv-color-category-2, #ff8a50);
  --_cat-3: var(--cv-color-category-3, #c79be6);
  --_cat-4: var(--cv-color-category-4, #7ccf80);
  --_cat-5: var(--cv-color-category-5, #e0a458);
  --_cat-6: var(--cv-color-category-6, #4fd1d9);
  color-scheme: dark;
`;

export const tokenStyles = css`
  :host {
    --_background: var(--cv-color-background, #ffffff);
    --_text: var(--cv-color-text, #1b1d21);
    --_muted: var(--cv-color-text-muted, #555b63);
    --_grid: var(--cv-color-grid, #e1e4e8);
    --_axis: var(--cv-color-axis, #6b7079);
    --_accent: var(--cv-color-accent, #b4342d);
    --_focus: var(--cv-color-focus, #0b57d0);
    --_error-text: var(--cv-color-error, #a3231b);
    --_error-background: var(--cv-color-error-background, #fdeceb);
    --_surface: var(--cv-color-surface, #f4f5f7);
    --_cat-1: var(--cv-color-category-1, #1d6fb8);
    --_cat-2: var(--cv-color-category-2, #c2410c);
    --_cat-3: var(--cv-color-category-3, #7b3fa0);
    --_cat-4: var(--cv-color-category-4, #2e7d32);
    --_cat-5: var(--cv-color-category-5, #a3550a);
    --_cat-6: var(--cv-color-category-6, #0e7c86);
    --_space: var(--cv-space, 8px);
    --_radius: var(--cv-radius, 4px);
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${darkValues}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkValues}
    }
  }
`;
