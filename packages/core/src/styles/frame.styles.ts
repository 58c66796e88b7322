/** The frame every element shares: heading, notices, plot box, tooltip, legend, source line, data table. */
import { css } from 'lit';

export const frameStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    min-width: 0;
    /* the font tokens are read here only, and inherited from here */
    font-family: var(--cv-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--cv-font-size, 0.875rem);
    line-height: 1.4;
    color: var(--_text);
    background: var(--_background);
  }
  :host([hidden]) {
    display: none;
  }
  /* no element draws ::before or ::after */
  * {
    box-sizing: inherit;
  }
  /* .frame: heading to footer, without the notice above it and the data table below it (see box.styles) */
  .base,
  .frame {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    /* a word of 10,000 letters from the data wraps instead of widening the page */
    overflow-wrap: anywhere;
  }
  .description,
  .source,
  .legend {
    margin: 0;
  }
  .heading {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.25;
  }
  .description {
    color: var(--_muted);
  }
  /* A wrapper that only carries an attribute (lang): its children lay out as if it were not there. */
  .contents {
    display: contents;
  }
  .notice {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 4px solid var(--_error-text);
    border-radius: var(--_radius);
    background: var(--_error-background);
  }
  .notice ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .notice strong {
    color: var(--_error-text);
  }
  /* Rows left out of a drawing that stands: told plainly, not as an error. */
  .notice.warning {
    border-inline-start-color: var(--_axis);
    background: var(--_surface);
  }
  .notice.warning strong {
    color: var(--_text);
  }
  .plot {
    position: relative;
    outline: none;
    touch-action: manipulation;
    border-radius: var(--_radius);
  }
  /* after .plot: one visible ring for the plot, buttons, links and the table region */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .plot[aria-busy='true'] svg {
    opacity: 0.5;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    -webkit-tap-highlight-color: transparent;
  }
  /*
   * Drawn by a server, before the element's script runs or while its hydration is deferred: the drawing (laid
   * out 640 px wide) fits the height the element lays out at this width (its --_server-height), so nothing
   * moves when it hydrates; a plot without a drawing (src) reserves that height.
   */
  :host(:not(:defined)) .plot,
  :host([defer-hydration]) .plot {
    min-height: var(--_server-height) !important;
  }
  :host(:not(:defined)) .plot svg[part='svg'],
  :host([defer-hydration]) .plot svg[part='svg'] {
    height: var(--_server-height);
  }
  svg text {
    fill: var(--_muted);
    font-size: 12px;
  }
  .axis line {
    stroke: var(--_axis);
  }
  .grid line {
    stroke: var(--_grid);
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
    pointer-events: none;
  }
  /* A mark's node in the accessibility tree: invisible, its focus shown by the drawing's ring; pinned (Enter, click) outlined. */
  .mark-node {
    fill: transparent;
    outline: none;
  }
  .mark-node[aria-current] {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  /* Placed over the mark; its transparent padding bridges the 12 px gap so the pointer can reach the box (WCAG 1.4.13). */
  .tooltip-hover {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    max-width: min(240px, 90%);
  }
  .tooltip-hover.above {
    padding-bottom: 12px;
  }
  .tooltip-hover.below {
    padding-top: 12px;
  }
  .tooltip {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_grid);
    border-radius: var(--_radius);
    background: var(--_background);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  /* Hints, in the text colour: the zoom keys' over the middle of the plot, out of the pointer's way (it never
     blocks a mark); the keyboard help under the plot while a mark has keyboard focus, over what follows for that while. */
  .zoom-hint,
  .plot:has(.mark-node:focus-visible) > #hint {
    position: absolute;
    z-index: 2;
    max-width: 90%;
    padding: 0.4em 0.8em;
    border: 1px solid var(--_text);
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_background);
    pointer-events: none;
  }
  .zoom-hint {
    top: 50%;
    left: 50%;
    transform: translate(-50%, -50%);
    text-align: center;
  }
  .plot:has(.mark-node:focus-visible) > #hint {
    top: 100%;
    width: auto;
    height: auto;
    margin: 0.25em 0 0;
    clip-path: none;
    white-space: normal;
  }
  .tooltip strong {
    display: block;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    color: var(--_muted);
    font-size: max(12px, 0.85em);
  }
  /* the download buttons go to the end of the line, before the table button */
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    margin-inline-start: auto;
  }
  a {
    color: inherit;
    text-underline-offset: 0.15em;
  }
  button {
    min-width: 24px;
    min-height: 24px;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_axis);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  button:hover:enabled {
    background: var(--_surface);
  }
  /* faded, and dashed for readers who cannot tell faded from pale */
  button:disabled {
    opacity: 0.55;
    border-style: dashed;
    cursor: not-allowed;
  }
  .table-wrap {
    max-height: 24em;
    overflow: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding-bottom: 0.4em;
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.3em 0.6em;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
  }
  .number {
    text-align: end;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_background);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .mark {
      transition:
        opacity 150ms ease-out,
        fill 150ms ease-out;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_background: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_grid: GrayText;
      --_axis: CanvasText;
      --_accent: CanvasText;
      --_focus: Highlight;
      --_surface: Canvas;
      --_error-text: CanvasText;
      --_error-background: Canvas;
      /* distinct system colours, so categories stay apart in a high-contrast theme */
      --_cat-1: CanvasText;
      --_cat-2: LinkText;
      --_cat-3: Highlight;
      --_cat-4: VisitedText;
      --_cat-5: ButtonText;
      --_cat-6: GrayText;
    }
    .notice {
      border: 2px solid CanvasText;
    }
  }
  /* Printed (in the light theme, see tokens.styles): no controls and no focus rings; a legend made of buttons stays. */
  @media print {
    button:not(.legend *),
    .actions,
    .zoom-hint,
    .tooltip {
      display: none;
    }
    :host {
      break-inside: avoid;
      --_focus: transparent;
    }
  }
`;
