/**
 * The box of an element whose height CSS sets from its width alone (the chart, the map): the frame (heading,
 * legend, plot, footer) is at least `--_box` tall, `--_box-article` with the article's text, the values
 * conflict-viz.css gives the element before its script runs, so nothing below moves when the script or the
 * data arrives. The plot takes what the text leaves; where it holds more than the drawing (the map's notes),
 * the drawing (`.area`) takes what they leave. Drawn by a server, the drawing fills the plot's part of the box.
 * Elements without such a box (the timeline) do not load these rules.
 */
import { css } from 'lit';

export const boxStyles = css`
  .boxed {
    min-height: var(--_box);
  }
  .boxed.article {
    min-height: var(--_box-article, var(--_box));
  }
  .boxed .plot {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    flex: 1 1 0;
    min-height: 160px;
  }
  .boxed .area {
    flex: 1 1 0;
    min-height: 0;
  }
  :host(:not(:defined)) .boxed .plot,
  :host([defer-hydration]) .boxed .plot {
    min-height: 160px !important;
  }
  :host(:not(:defined)) .boxed svg[part='svg'],
  :host([defer-hydration]) .boxed svg[part='svg'] {
    height: 100%;
  }
`;
