/**
 * Styles of <ttp-attack-chart>: public tokens (light, and their dark twins `--ttp-attack-chart-dark-…`) mapped
 * onto private ones, its box, and the marks. The box (see core's box.styles) is the plot's height for the width (chartHeight of the model) plus room for the text
 * around it, which the article's description needs most of on a phone (its height measured at widths of
 * 300–1,600 px in Chromium, plus 8 px); conflict-viz.css gives the same values.
 */
import { css } from 'lit';
import { themed } from '@conflict-viz/core';

export const attackChartStyles = css`
  ${themed(
    css`
      --_bar: var(--ttp-attack-chart-bar-color, var(--_accent));
      --_range: var(--ttp-attack-chart-range-color, var(--_text));
      --_annotation: var(--ttp-attack-chart-annotation-color, var(--_muted));
    `,
    css`
      --_bar: var(--ttp-attack-chart-dark-bar-color, var(--_accent));
      --_range: var(--ttp-attack-chart-dark-range-color, var(--_text));
      --_annotation: var(--ttp-attack-chart-dark-annotation-color, var(--_muted));
    `,
  )}
  :host {
    --_plot-height: clamp(280px, 50cqw, 440px);
    --_box: var(--ttp-attack-chart-height, calc(var(--_plot-height) + 120px));
    --_box-article: var(--ttp-attack-chart-height, calc(var(--_plot-height) + max(194px - 5cqw, 389px - 33.3cqw, 731px - 100cqw)));
  }
  svg {
    direction: ltr;
  }
  .bar {
    fill: var(--_bar);
  }
  .segment {
    stroke: var(--_background);
    stroke-width: 1;
  }
  .cat-0 {
    fill: var(--_cat-1);
    stroke: var(--_cat-1);
    background: var(--_cat-1);
  }
  .cat-1 {
    fill: var(--_cat-2);
    stroke: var(--_cat-2);
    background: var(--_cat-2);
  }
  .cat-2 {
    fill: var(--_cat-3);
    stroke: var(--_cat-3);
    background: var(--_cat-3);
  }
  .cat-3 {
    fill: var(--_cat-4);
    stroke: var(--_cat-4);
    background: var(--_cat-4);
  }
  .cat-4 {
    fill: var(--_cat-5);
    stroke: var(--_cat-5);
    background: var(--_cat-5);
  }
  .cat-5 {
    fill: var(--_cat-6);
    stroke: var(--_cat-6);
    background: var(--_cat-6);
  }
  rect.segment {
    stroke: var(--_background);
  }
  .line {
    fill: none;
    stroke: var(--_bar);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .line[class*='cat-'] {
    fill: none;
  }
  .point {
    fill: var(--_bar);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .band {
    fill: var(--_bar);
    fill-opacity: 0.2;
  }
  .whisker {
    stroke: var(--_range);
    stroke-width: 1.25;
  }
  .annotation line {
    stroke: var(--_annotation);
    stroke-dasharray: 3 3;
  }
  svg .annotation text {
    fill: var(--_text);
  }
  /* A missing year says so where its bar would be: a gap, not a zero. */
  svg .gap text {
    fill: var(--_muted);
    font-size: 12px;
    font-style: italic;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 2px;
    /* keep the category's system colour in forced colours: the legend must match the marks */
    forced-color-adjust: none;
  }
  .key-number {
    font-weight: 700;
    color: var(--_text);
  }
  .active-column {
    fill: var(--_surface);
  }
  @media (forced-colors: active) {
    /* Bars are outlined, so the range inside them (CanvasText) shows on Canvas, as it does above them. */
    .bar {
      fill: Canvas;
      stroke: CanvasText;
    }
    .band {
      fill-opacity: 0;
      stroke: CanvasText;
      stroke-dasharray: 2 2;
    }
    .segment,
    rect.segment {
      stroke: Canvas;
    }
  }
`;
