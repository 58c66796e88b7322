/** Styles of <conflict-timeline>: public tokens (light, and their dark twins `--conflict-timeline-dark-…`) mapped onto private ones; the plot, the chronology, controls, panels and the list. */
import { css } from 'lit';
import { themed } from '@conflict-viz/core';

export const timelineStyles = css`
  ${themed(
    css`
      --_era: var(--conflict-timeline-era-color, var(--_surface));
      --_label: var(--conflict-timeline-label-color, var(--_text));
    `,
    css`
      --_era: var(--conflict-timeline-dark-era-color, var(--_surface));
      --_label: var(--conflict-timeline-dark-label-color, var(--_text));
    `,
  )}
  :host {
    /* for the server's drawing: the horizontal timeline's 450 px less one row of controls */
    --_server-height: calc(450px - 2.5em);
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
    stroke: var(--_axis);
  }
  .open rect {
    stroke-dasharray: 4 3;
  }
  /* classes outrank the frame's muted "svg text" */
  .small,
  .label {
    fill: var(--_label);
  }
  /* Era names and counts: 12 px, like every label (WCAG asks for none smaller than the text around it can be read at). */
  .small {
    font-size: 12px;
  }
  /* a halo in the background colour keeps labels legible over grid lines */
  .label,
  .axis text {
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
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
  .selected .label {
    text-decoration: underline;
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
  .meta,
  .date {
    color: var(--_muted);
  }
  .detail:not(:empty) {
    margin-top: var(--_space);
    padding: var(--_space);
    border-inline-start: 4px solid var(--_axis);
    background: var(--_surface);
  }
  .detail p,
  .details p {
    margin: 0.3em 0 0;
  }
  .head strong {
    flex: 1;
  }

  /* ---- the chronology: era rails, a spine with each event's glyph, date over title */
  .chronology {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .row {
    display: grid;
    grid-template-columns: auto 24px minmax(0, 1fr);
    column-gap: 6px;
    border-radius: var(--_radius);
  }
  .rails {
    display: flex;
    gap: 4px;
  }
  .rail {
    position: relative;
    width: 4px;
  }
  .rail.on::before {
    content: '';
    position: absolute;
    inset: 0;
    background: var(--_axis);
  }
  .rail.start::before {
    top: 0.75em;
    border-start-start-radius: 2px;
    border-start-end-radius: 2px;
  }
  .rail.end::before {
    bottom: 0.5em;
    border-end-start-radius: 2px;
    border-end-end-radius: 2px;
  }
  .spine {
    position: relative;
    display: flex;
    justify-content: center;
  }
  .spine::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(50% - 1px);
    border-inline-start: 2px solid var(--_grid);
  }
  .row:first-child .spine::before {
    top: 0.9em;
  }
  .row:last-child .spine::before {
    bottom: calc(100% - 0.9em);
  }
  .spine svg {
    position: relative;
    width: 14px;
    height: 14px;
    margin-top: 0.45em;
    overflow: visible;
  }
  .body {
    padding: 0.3em 0 0.55em;
    overflow-wrap: anywhere;
  }
  .date {
    display: block;
    font-size: max(12px, 0.85em);
  }
  .title {
    display: block;
    color: var(--_label);
    font-weight: 600;
  }
  .event {
    cursor: pointer;
  }
  .event.active .body {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
    border-radius: var(--_radius);
  }
  .era-name {
    display: block;
    font-size: 0.9em;
    text-transform: none;
  }
  .era-start .body {
    padding-block: 0.5em;
  }
  .period button {
    margin-block: 0.2em;
  }
  /* every row says in text what a tooltip would */
  .plot:has(> .chronology) .tooltip {
    display: none;
  }

  /* ---- the list view */
  .list {
    margin-top: var(--_space);
  }
  .entries {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .entries > li {
    padding: 0.5em 0;
    border-top: 1px solid var(--_grid);
  }
  .entries p {
    margin: 0.2em 0 0;
  }
  .entries .meta {
    margin: 0;
    font-size: max(12px, 0.85em);
  }
  .entries-heading {
    margin: var(--_space) 0 0;
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .glyph,
    .bar,
    .era rect {
      stroke: CanvasText;
    }
    .rail.on::before,
    .spine::before {
      background: CanvasText;
      border-color: CanvasText;
    }
  }
`;
