/**
 * Downloads: the buttons the `actions` attribute asks for, and what `toBlob()` and `download()` make. The
 * buttons are drawn on request (OnRequestController: their module loads with the first `actions` on the
 * page), and the exporter itself (SVG, PNG, CSV) is loaded with import() on the first download, so a page
 * that never downloads never loads it.
 */
import { nothing, type ReactiveControllerHost } from 'lit';
import { readKeyword } from '../data/read.js';
import type { InteractiveScene } from '../layout/scene.js';
import type { OptionReader } from '../base/option-reader.js';
import type { FrameStrings } from '../base/strings.js';
import { ACTIONS, EXPORT_FORMATS, type Action, type ExportFormat, type ExportTable } from '../base/cv-element.types.js';
import type { OnRequestController } from './on-request.js';

export interface DownloadOptions<TScene extends InteractiveScene> {
  /** The scene drawn; undefined while nothing is. */
  readonly scene: () => TScene | undefined;
  /** The element's own CSV table of the scene; undefined: each mark's datum is a row. */
  readonly table: (scene: TScene) => ExportTable | undefined;
  /** What draws the buttons once their module is here. */
  readonly onRequest: OnRequestController;
}

export class DownloadController<TScene extends InteractiveScene> {
  #formats: readonly Action[] = [];
  /** Why a format's last download from a button failed (a policy that blocks the PNG's image), told until one succeeds. */
  readonly #failures = new Map<ExportFormat, string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DownloadOptions<TScene>,
  ) {}

  /**
   * Reads `actions` ("png svg csv"): its formats in the author's order, each once. A token that is none of them
   * is reported (the first such one, by name) and left out: the valid ones still get their buttons. Failed
   * downloads are reported too.
   */
  read(reader: OptionReader, actions: string | null | undefined): void {
    const tokens = `${actions ?? ''}`
      .split(/\s+/)
      .filter(Boolean)
      .map((token) => readKeyword(token, ACTIONS));
    const bad = tokens.find((token) => !token.ok);
    if (bad && !bad.ok) reader.report('actions', bad.message);
    for (const failure of this.#failures.values()) reader.report('actions', failure);
    this.#formats = [...new Set(tokens.flatMap((token) => (token.ok ? [token.value] : [])))];
  }

  /**
   * The blob of `format`, once the update under way has drawn; saved as a file too when `save`. An unknown
   * format is refused (TypeError) before the exporter loads.
   */
  async export(format: ExportFormat, save?: boolean): Promise<Blob> {
    if (!EXPORT_FORMATS.includes(format)) {
      throw new TypeError(`<${this.host.localName}>: unknown format ${JSON.stringify(format)} (expected "png", "svg" or "csv")`);
    }
    await this.host.updateComplete;
    const { exportBlob } = await import('../export/export.js');
    const scene = this.options.scene();
    return exportBlob(this.host, format, scene && { scene, table: () => this.options.table(scene) }, save);
  }

  /** "Download [PNG] [SVG] [CSV]", once their module is here; disabled while nothing is drawn. */
  render(name: string, strings: Pick<FrameStrings, 'download' | 'downloadLabel' | 'sound'>, lang?: string) {
    if (!this.#formats.length) return nothing;
    const { scene } = this.options;
    const view = { formats: this.#formats, name, strings, lang, disabled: !scene(), download: (format: ExportFormat) => this.#download(format), scene };
    return this.options.onRequest.draw((parts, lit) => parts.renderDownloadButtons(lit, view));
  }

  /** A button's download: a failure is told in the notice (and by `cv-error`), not lost in a promise. */
  #download(format: ExportFormat): void {
    const told = (failure?: string) => {
      if (failure) this.#failures.set(format, failure);
      else this.#failures.delete(format);
      this.host.requestUpdate();
    };
    this.export(format, true).then(
      () => told(),
      (error: Error) => told(`${format.toUpperCase()} ${error.message}`),
    );
  }
}
