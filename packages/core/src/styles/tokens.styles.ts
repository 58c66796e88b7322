/**
 * System tokens, light and dark, each read from its own public property: `--cv-color-*` for the light
 * theme, `--cv-dark-color-*` for the dark one, so a page's brand colours for light never reach the dark
 * theme, where they would be unreadable. Elements map their own public tokens the same way through
 * `themed()`, and set private `--_*` once on :host. Every value has a default, so an element looks
 * finished with no CSS from the page. Print is always the light theme.
 */
import { css, type CSSResult } from 'lit';

/**
 * Rules for an element's light declarations and its dark ones: light by default, dark with `theme="dark"`
 * and with `theme="auto"` under a dark system setting, on screens only: printed, every element is light.
 */
export function themed(light: CSSResult, dark: CSSResult): CSSResult {
  return css`
    :host {
      ${light}
    }
    @media screen {
      :host([theme='dark']) {
        ${dark}
      }
      @media (prefers-color-scheme: dark) {
        :host([theme='auto']) {
          ${dark}
        }
      }
    }
  `;
}

/** The light theme's values, and those every theme shares (space, radius). */
const light = css`
  --_space: var(--cv-space, 8px);
  --_radius: var(--cv-radius, 4px);
  --_background: var(--cv-color-background, #ffffff);
  --_text: var(--cv-color-text, #1b1d21);
  --_muted: var(--cv-color-text-muted, #4a4f57);
  --_grid: var(--cv-color-grid, #e1e4e8);
  --_axis: var(--cv-color-axis, #6b7079);
  --_accent: var(--cv-color-accent, #c94a42);
  --_focus: var(--cv-color-focus, #0b57d0);
  --_error-text: var(--cv-color-error, #8f1d16);
  --_error-background: var(--cv-color-error-background, #fdeceb);
  --_surface: var(--cv-color-surface, #f4f5f7);
  --_cat-1: var(--cv-color-category-1, #1d6fb8);
  --_cat-2: var(--cv-color-category-2, #c2410c);
  --_cat-3: var(--cv-color-category-3, #7b3fa0);
  --_cat-4: var(--cv-color-category-4, #2e7d32);
  --_cat-5: var(--cv-color-category-5, #a3550a);
  --_cat-6: var(--cv-color-category-6, #0e7c86);
  color-scheme: light;
`;

const dark = css`
  --_background: var(--cv-dark-color-background, #17191e);
  --_text: var(--cv-dark-color-text, #e8eaed);
  --_muted: var(--cv-dark-color-text-muted, #b4bac2);
  --_grid: var(--cv-dark-color-grid, #33373f);
  --_axis: var(--cv-dark-color-axis, #9aa0a8);
  --_accent: var(--cv-dark-color-accent, #d95d56);
  --_focus: var(--cv-dark-color-focus, #8ab4f8);
  --_error-text: var(--cv-dark-color-error, #ffb4ab);
  --_error-background: var(--cv-dark-color-error-background, #3b1f1d);
  --_surface: var(--cv-dark-color-surface, #22252b);
  --_cat-1: var(--cv-dark-color-category-1, #6cb4f5);
  --_cat-2: var(--cv-dark-color-category-2, #ff8a50);
  --_cat-3: var(--cv-dark-color-category-3, #c79be6);
  --_cat-4: var(--cv-dark-color-category-4, #7ccf80);
  --_cat-5: var(--cv-dark-color-category-5, #e0a458);
  --_cat-6: var(--cv-dark-color-category-6, #4fd1d9);
  color-scheme: dark;
`;

export const tokenStyles = themed(light, dark);
