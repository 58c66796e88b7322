/** Styles of <conflict-timeline>: public tokens mapped onto private ones; bands, marks, controls and panels. */
import { css } from 'lit';

export const timelineStyles = css`
  :host {
    --_era: var(--conflict-timeline-era-color, var(--_surface));
    --_label: var(--conflict-timeline-label-color, var(--_text));
  }
  .plot {
    touch-action: pan-y;
  }
  svg {
    direction: ltr;
    user-select: none;
    cursor: grab;
  }
  .era rect {
    fill: var(--_era);
    stroke: var(--_grid);
  }
  .open rect {
    stroke-dasharray: 4 3;
  }
  /* classes outrank the frame's muted "svg text" */
  .small,
  .mark text {
    fill: var(--_label);
  }
  .small {
    font-size: 11px;
  }
  .glyph {
    fill: var(--_k);
    stroke: var(--_background);
  }
  .bar {
    fill: var(--_k);
    fill-opacity: 0.2;
    stroke: var(--_k);
  }
  .selected text {
    font-weight: 700;
  }
  .cluster {
    cursor: zoom-in;
  }
  .cluster rect {
    fill: var(--_background);
    stroke: var(--_axis);
  }
  .controls,
  .zoom {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.4em;
  }
  .legend button,
  .head {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  [aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .key {
    width: 14px;
  }
  .count,
  .meta {
    color: var(--_muted);
  }
  :disabled {
    opacity: 0.5;
  }
  .detail:not(:empty) {
    margin-top: var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_axis);
    background: var(--_surface);
  }
  .detail p,
  .list li {
    margin: 0.3em 0 0;
  }
  .head strong {
    flex: 1;
  }
  @media (forced-colors: active) {
    .glyph,
    .bar,
    .era rect {
      stroke: CanvasText;
    }
  }
`;
