/**
 * The frame's parts that only a reader's or an author's request draws: the download buttons (`actions`) and
 * the data table (opened by its button). Elements load this module with
 * import() on the first such request (see OnRequestController), so a page that asks for none of them
 * never loads it. It imports nothing, Lit included (the element hands each part Lit's `html` and
 * `nothing`): a module loaded later that shared code with the elements would split the code a page
 * loads up front into more files, and cost more than it saves.
 */
export { renderDataTable } from './data-table.js';
export { renderDownloadButtons } from './download-buttons.js';
