/**
 * "Download [PNG] [SVG] [CSV]": the buttons the `actions` attribute asks for. DownloadController reads it and
 * downloads. `sound` asks for a button that plays the values as pitch (./sound.ts), pressed while the sound is on.
 */
import type { Action, ExportFormat } from '../base/cv-element.types.js';
import type { FrameStrings } from '../base/strings.js';
import type { InteractiveScene } from '../layout/scene.js';
import type { LitTemplates } from './lit.js';
import { soundOn, toggleSound } from './sound.js';

export interface DownloadButtonsView {
  /** The formats (and `sound`) asked for, in the author's order. */
  readonly formats: readonly Action[];
  /** What is drawn, which each button's accessible name says it downloads. */
  readonly name: string;
  readonly strings: Pick<FrameStrings, 'download' | 'downloadLabel' | 'sound'>;
  /** The language of the words, where it differs from the page's. */
  readonly lang?: string;
  /** True while nothing is drawn. */
  readonly disabled: boolean;
  readonly download: (format: ExportFormat) => void;
  /** The scene drawn, whose marks' values the sound plays; the same function for the element's life. */
  readonly scene: () => InteractiveScene | undefined;
}

/** The marks' values, in their order: the `value` of each datum (NaN where there is none, a rest). */
function valuesOf(scene: InteractiveScene | undefined): number[] {
  return scene ? Array.from({ length: scene.marks }, (_, i) => Number((scene.mark(i).datum as { value?: unknown } | undefined)?.value)) : [];
}

/** The sound button: on, it plays the series, and each mark the keyboard reaches; pressed again, it stops. */
function renderSoundButton({ html }: LitTemplates, view: DownloadButtonsView) {
  const toggle = (event: Event) => {
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    toggleSound(view.scene, { values: () => valuesOf(view.scene()), plot: () => root.querySelector('[part~="plot"]') });
    (root.host as HTMLElement & { requestUpdate?: () => void }).requestUpdate?.();
  };
  // Seen as well as said: a play sign while off, a stop sign while on (aria-pressed tells screen readers).
  const on = soundOn(view.scene);
  return html`<button part="sound-button" type="button" aria-pressed=${on ? 'true' : 'false'} ?disabled=${view.disabled} @click=${toggle}>
    <span aria-hidden="true">${on ? '■' : '▶'}</span> ${view.strings.sound}
  </button>`;
}

/** Real buttons, each named for what it downloads. */
export function renderDownloadButtons(lit: LitTemplates, view: DownloadButtonsView) {
  const { html, nothing } = lit;
  const { formats, name, strings, lang, disabled, download } = view;
  const exports = formats.filter((format): format is ExportFormat => format !== 'sound');
  return html`<span class="actions" lang=${lang ?? nothing}
    >${exports.length ? strings.download : nothing}
    ${exports.map((format) => {
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
    })}${formats.includes('sound') ? renderSoundButton(lit, view) : nothing}</span
  >`;
}
