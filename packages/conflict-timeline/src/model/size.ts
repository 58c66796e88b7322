/**
 * How big a timeline is, known before its data arrives: horizontal from 600 px, at a fixed height
 * shared by its controls and its plot; narrower, a chronology as tall as its rows.
 */

/** Below this width (px) a timeline is a chronology, unless `orientation="horizontal"`. */
export const VERTICAL_BELOW = 600;

/**
 * The horizontal timeline's height, controls and plot together, the same at every width and for
 * any data, so the page knows it before the data arrives: the controls take one to three rows and
 * the plot the rest.
 */
export const HORIZONTAL_TIMELINE_HEIGHT = 450;

/**
 * The plot's height (the SVG's) when no controls share the box: room for three rows of eras, the
 * axis and eleven lanes of events, as the article's crowded 2021–2024 needs at 600 px.
 */
export const HORIZONTAL_HEIGHT = 380;

/** However tall its controls, the plot keeps this much. */
export const MIN_PLOT_HEIGHT = 240;

/** What a chronology reserves before its data: about eight rows. Its rows then set its height. */
export const CHRONOLOGY_RESERVED_HEIGHT = 480;

/** Whether a timeline `width` px wide is a chronology: below 600 px unless `horizontal`, or when asked. */
export const isVertical = (orientation: string, width: number) => orientation === 'vertical' || (orientation !== 'horizontal' && width < VERTICAL_BELOW);

/** The height reserved before anything is drawn: the horizontal timeline's, or what a chronology reserves. */
export function timelineHeight(vertical: boolean): number {
  return vertical ? CHRONOLOGY_RESERVED_HEIGHT : HORIZONTAL_TIMELINE_HEIGHT;
}
