/**
 * Styles of <border-map>: public tokens mapped onto private ones (light, dark, forced colours), its box, the
 * map's layers and its controls. The box (see core's box.styles) is the map's height for the width (mapHeight
 * of the model) plus room for the text, legend and notes around it; the article's with district events has the
 * longest legend; conflict-viz.css gives the same values. The room for the text is the text's height measured at
 * widths of 300–1,600 px in Chromium, plus 8 px; the map's part is at most 540 px, so the map (which gets what
 * the text leaves of the box) stays within 600 px.
 */
import { css } from 'lit';
import { themed } from '@conflict-viz/core';

const light = css`
  --_water: var(--border-map-water-color, #dbe7f0);
  --_land: var(--border-map-land-color, #f4f1ea);
  --_land-focus: var(--border-map-focus-land-color, #e6dfcf);
  --_border: var(--border-map-border-color, #6f757c);
  --_highlight: var(--border-map-highlight-color, var(--_accent));
  --_disputed: var(--border-map-disputed-color, #3d4249);
  --_marker: var(--border-map-marker-color, var(--_text));
  --_event: var(--border-map-event-color, #9a3412);
`;

/** Each light token's dark twin (`--border-map-dark-…`): a page's light colours never reach the dark theme. */
const dark = css`
  --_water: var(--border-map-dark-water-color, #142330);
  --_land: var(--border-map-dark-land-color, #2a2d33);
  --_land-focus: var(--border-map-dark-focus-land-color, #35383f);
  --_border: var(--border-map-dark-border-color, #9aa0a8);
  --_highlight: var(--border-map-dark-highlight-color, var(--_accent));
  --_disputed: var(--border-map-dark-disputed-color, #c9ced6);
  --_marker: var(--border-map-dark-marker-color, var(--_text));
  --_event: var(--border-map-dark-event-color, #ffab70);
`;

export const borderMapStyles = css`
  ${themed(light, dark)}
  :host {
    --_plot-height: clamp(230px, 78cqw, 540px);
    --_box: var(--border-map-height, calc(var(--_plot-height) + max(140px, 250px - 25cqw)));
    --_box-article: var(--border-map-height, calc(var(--_plot-height) + max(168px, 420px - 18.5cqw, 815px - 100cqw)));
  }
  :host([layers~='events' i]) {
    --_box-article: var(--border-map-height, calc(var(--_plot-height) + max(406px - 10.4cqw, 537px - 21.4cqw, 970px - 100cqw)));
  }
  /*
   * Text that needs more room than the box reserves (a reader's text spacing, WCAG 1.4.12) makes the box taller:
   * the notes keep all their lines and the map its lowest height (MIN_HEIGHT), its drawing sized by the box alone.
   */
  .boxed .plot {
    min-height: min-content;
  }
  .boxed .area {
    min-height: 160px;
    contain: size;
  }
  /* MAX_MAP_WIDTH: in a wide column the map stops widening, under its title and legend. */
  .map {
    position: relative;
    max-width: 760px;
  }
  svg.map-svg {
    overflow: hidden;
    direction: ltr;
    touch-action: pan-x pan-y;
    user-select: none;
  }
  svg.zoomed {
    touch-action: none;
    cursor: grab;
  }
  .water,
  .inset .sphere {
    fill: var(--_water);
  }
  .country {
    fill: var(--_land);
  }
  .focus,
  .inset .land {
    fill: var(--_land-focus);
  }
  .line,
  .outlines .country {
    fill: none;
    stroke: var(--_border);
    stroke-width: 0.9px;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .outlines .country {
    fill: var(--_land);
  }
  .outlines .focus {
    fill: var(--_land-focus);
  }
  .line.disputed {
    stroke: var(--_disputed);
    stroke-width: 1.4px;
  }
  .line.dashed {
    stroke-dasharray: var(--border-map-disputed-dash, 5 4);
    stroke-linecap: butt;
  }
  .line.highlight {
    stroke: var(--_highlight);
    stroke-width: var(--border-map-highlight-width, 3px);
  }
  /* The focused border's band, in the text's colour: it stands out from the land, and the line inside it from it (3:1). */
  .line.focus-line {
    stroke: var(--_text);
    stroke-width: 8px;
  }
  .district {
    fill: var(--_event);
    fill-opacity: 0.15;
    stroke: var(--_event);
  }
  .place,
  .pointer {
    fill: var(--_marker);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .marker {
    fill: var(--_background);
    stroke: var(--_marker);
    stroke-width: 2;
  }
  svg .label {
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_land);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  svg .country-label {
    fill: var(--_muted);
  }
  svg .border-label {
    font-style: italic;
  }
  .leader {
    stroke: var(--_muted);
  }
  .inset .sphere {
    stroke: var(--_border);
  }
  .inset .view {
    fill: none;
    stroke: var(--_highlight);
    stroke-width: 2;
  }
  .zoom {
    position: absolute;
    top: 8px;
    inset-inline-end: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  /* The pan buttons, once zoomed: a row at the bottom corner, arrows in the order they point whatever the direction. */
  .pan {
    position: absolute;
    bottom: 8px;
    inset-inline-end: 8px;
    display: flex;
    gap: 4px;
    direction: ltr;
  }
  .zoom button,
  .pan button {
    width: 32px;
    height: 32px;
    padding: 0;
    font-size: 18px;
  }
  .zoom [aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: max(12px, 0.85em);
  }
  .legend svg {
    width: auto;
  }
  /* The circle sizes stay together on one line, after their title or under it. */
  .legend .size-legend {
    flex-wrap: wrap;
  }
  .size-legend .sizes,
  .size-legend .sizes > span {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .size-legend .sizes {
    gap: 0.4em 1em;
  }
  .size-legend circle {
    fill: none;
    stroke: var(--_event);
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
      vector-effect: non-scaling-stroke;
    }
    .district {
      fill-opacity: 0;
    }
  }
`;
