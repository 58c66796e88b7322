/** "Download [PNG] [SVG] [CSV]": the buttons the `actions` attribute asks for. DownloadController reads it and downloads. */
import type { ExportFormat } from '../base/cv-element.types.js';
import type { FrameStrings } from '../base/strings.js';
import type { LitTemplates } from './lit.js';

export interface DownloadButtonsView {
  /** The formats asked for, in the author's order. */
  readonly formats: readonly ExportFormat[];
  /** What is drawn, which each button's accessible name says it downloads. */
  readonly name: string;
  readonly strings: Pick<FrameStrings, 'download' | 'downloadLabel'>;
  /** The language of the words, where it differs from the page's. */
  readonly lang?: string;
  /** True while nothing is drawn. */
  readonly disabled: boolean;
  readonly download: (format: ExportFormat) => void;
}

/** Real buttons, each named for what it downloads. */
export function renderDownloadButtons({ html, nothing }: LitTemplates, { formats, name, strings, lang, disabled, download }: DownloadButtonsView) {
  return html`<span class="actions" lang=${lang ?? nothing}
    >${strings.download}
    ${formats.map((format) => {
      const label = format.toUpperCase();
      return html`<button
        part="download-button"
        type="button"
        aria-label=${strings.downloadLabel(label, name)}
        ?disabled=${disabled}
        @click=${() => download(format)}
      >
        ${label}
      </button>`;
    })}</span
  >`;
}
