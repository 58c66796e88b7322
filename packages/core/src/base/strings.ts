/**
 * Every string the frame writes, in one table (English). An element extends it with its own
 * wording; a page's translations will replace it per locale (issue 14).
 */
export interface FrameStrings {
  /** The plot's accessible name while there is neither a heading nor a drawing. */
  readonly plotName: string;
  /** Keyboard help for the plot, read after its name. */
  readonly keyboardHint: string;
  readonly showTable: string;
  readonly hideTable: string;
  /** Before the download buttons (`actions`), whose text is the format: "Download PNG SVG CSV". */
  readonly download: string;
  /** A download button's accessible name, e.g. "Download PNG of TTP violence in Pakistan". */
  readonly downloadLabel: (format: string, name: string) => string;
  /** The button (`actions="sound"`) that plays the values as pitch, pressed while the sound is on. */
  readonly sound: string;
  /** Before the source line's text. */
  readonly source: string;
  /** The notice's first sentence, for one problem or several. */
  readonly problems: (count: number) => string;
  /** Said under the notice while the last valid drawing stays, naming what is drawn. */
  readonly keptDrawing: string;
  /** The first sentence over the rows the drawing leaves out (a "Total" row), for one or several. */
  readonly leftOut: (count: number) => string;
  /** Over what the drawing's data was read with, when no row is left out (a file read as Windows-1252). */
  readonly note: string;
}

export const frameStrings: FrameStrings = {
  plotName: 'Chart',
  keyboardHint: 'Arrow keys move between marks, Page Up and Page Down by ten or by group, Home and End jump to the first and last, Enter selects.',
  showTable: 'Show data table',
  hideTable: 'Hide data table',
  download: 'Download',
  downloadLabel: (format, name) => `Download ${format} of ${name}`,
  sound: 'Play as sound',
  source: 'Source:',
  problems: (count) => (count === 1 ? 'This input could not be used.' : `${count} problems with this input.`),
  keptDrawing: 'The chart shows the last valid data.',
  leftOut: (count) => (count === 1 ? 'One row is not drawn:' : `${count} rows are not drawn:`),
  note: 'Note:',
};
