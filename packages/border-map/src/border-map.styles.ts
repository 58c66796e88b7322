/** Styles of <border-map>: public tokens mapped onto private ones (light, dark, forced colours), the map's layers and its controls. */
import { css } from 'lit';

const dark = css`
  --_water: var(--border-map-water-color, #142330);
  --_land: var(--border-map-land-color, #2a2d33);
  --_land-focus: var(--border-map-focus-land-color, #3a3d44);
  --_border: var(--border-map-border-color, #9aa0a8);
  --_highlight: var(--border-map-highlight-color, #ff8a80);
  --_disputed: var(--border-map-disputed-color, #c9ced6);
  --_marker: var(--border-map-marker-color, #e8eaed);
  --_event: var(--border-map-event-color, #ffab70);
`;

export const borderMapStyles = css`
  :host {
    --_water: var(--border-map-water-color, #dbe7f0);
    --_land: var(--border-map-land-color, #f4f1ea);
    --_land-focus: var(--border-map-focus-land-color, #e6dfcf);
    --_border: var(--border-map-border-color, #7d838b);
    --_highlight: var(--border-map-highlight-color, var(--_accent));
    --_highlight-width: var(--border-map-highlight-width, 3px);
    --_disputed: var(--border-map-disputed-color, #3d4249);
    --_dash: var(--border-map-disputed-dash, 5 4);
    --_marker: var(--border-map-marker-color, var(--_text));
    --_event: var(--border-map-event-color, #c2410c);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  .map {
    position: relative;
  }
  svg.map-svg {
    overflow: hidden;
    direction: ltr;
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  svg.map-svg.zoomed {
    touch-action: none;
    cursor: grab;
  }
  svg.map-svg.panning {
    cursor: grabbing;
  }
  .water {
    fill: var(--_water);
  }
  .country {
    fill: var(--_land);
    stroke: none;
  }
  .country.focus {
    fill: var(--_land-focus);
  }
  .outlines .country {
    stroke: var(--_border);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
  }
  .borders,
  .disputed,
  .highlight,
  .focus-line {
    fill: none;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .borders {
    stroke: var(--_border);
    stroke-width: 0.9px;
  }
  .disputed {
    stroke: var(--_disputed);
    stroke-width: 1.4px;
  }
  .dashed {
    stroke-dasharray: var(--_dash);
    stroke-linecap: butt;
  }
  .highlight {
    stroke: var(--_highlight);
    stroke-width: var(--_highlight-width);
  }
  .highlight.dashed {
    stroke: var(--_highlight);
  }
  .focus-line {
    stroke: var(--_focus);
    stroke-width: calc(var(--_highlight-width) + 4px);
    stroke-opacity: 0.45;
  }
  .district {
    fill: var(--_event);
    fill-opacity: 0.32;
    stroke: var(--_event);
    stroke-width: 1;
  }
  .place {
    fill: var(--_marker);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .marker {
    fill: var(--_background);
    stroke: var(--_marker);
    stroke-width: 2;
  }
  .pointer {
    fill: var(--_marker);
  }
  svg text.label {
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_land);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  svg text.label.country {
    fill: var(--_muted);
    letter-spacing: 0;
  }
  svg text.label.border-label {
    fill: var(--_text);
    font-style: italic;
  }
  .leader {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .inset .sphere {
    fill: var(--_water);
    stroke: var(--_border);
    stroke-width: 1;
  }
  .inset .land {
    fill: var(--_land-focus);
  }
  .inset .view {
    fill: none;
    stroke: var(--_highlight);
    stroke-width: 2;
  }
  .zoom-controls {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .zoom-controls button {
    width: 32px;
    height: 32px;
    min-height: 32px;
    padding: 0;
    font-size: 18px;
    line-height: 1;
    background: var(--_background);
  }
  .zoom-controls button[disabled] {
    color: var(--_muted);
    cursor: default;
    opacity: 0.55;
  }
  .notes {
    margin: calc(var(--_space) * 0.5) 0 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .notes li + li {
    margin-top: 0.2em;
  }
  .legend svg {
    display: inline-block;
    width: auto;
    height: auto;
    overflow: visible;
  }
  .legend .line {
    fill: none;
    vector-effect: none;
  }
  .size-legend circle {
    fill: none;
    stroke: var(--_event);
  }
  .size-legend text {
    font-size: 10px;
    fill: var(--_muted);
  }
  @media (forced-colors: active) {
    :host {
      --_water: Canvas;
      --_land: Canvas;
      --_land-focus: Canvas;
      --_border: GrayText;
      --_highlight: Highlight;
      --_disputed: CanvasText;
      --_marker: CanvasText;
      --_event: LinkText;
    }
    .country {
      stroke: GrayText;
      stroke-width: 0.5px;
      vector-effect: non-scaling-stroke;
    }
    .district {
      fill-opacity: 0;
    }
  }
`;
