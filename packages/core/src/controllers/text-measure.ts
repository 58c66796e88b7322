/**
 * Text widths as the browser draws them, for the models' layouts: canvas `measureText` with the
 * element's computed font, cached per font and string. Where no canvas exists (a server, a worker
 * without OffscreenCanvas), the generous estimate stands in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { estimateTextWidth, type MeasureText } from '../layout/text.js';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A 2D context to measure with, or undefined where there is none. */
function createContext(): Context2D | undefined {
  try {
    if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1).getContext('2d') ?? undefined;
    if (typeof document !== 'undefined') return document.createElement('canvas').getContext('2d') ?? undefined;
  } catch {
    // a sandbox without canvas: estimate instead
  }
  return undefined;
}

export class TextMeasureController implements ReactiveController {
  #context?: Context2D | null;
  #family = '';
  /** Widths by `${size}|${text}` for the current family; emptied when the family or the loaded fonts change. */
  #widths = new Map<string, number>();
  #measure: MeasureText = estimateTextWidth;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The element's measure, for the font it has now. A new function whenever what it measures with
   * changes (another font family, a web font finished loading), so layouts that compare it redo their work.
   */
  get measure(): MeasureText {
    // Read here, not in hostUpdate, which Lit calls after willUpdate has laid the scene out.
    const family = this.host.isConnected ? getComputedStyle(this.host).fontFamily : '';
    if (family && family !== this.#family) this.#reset(family);
    return this.#measure;
  }

  hostConnected(): void {
    globalThis.document?.fonts?.addEventListener('loadingdone', this.#fontsLoaded);
  }

  hostDisconnected(): void {
    globalThis.document?.fonts?.removeEventListener('loadingdone', this.#fontsLoaded);
  }

  readonly #fontsLoaded = () => {
    if (!this.#family) return;
    this.#reset(this.#family);
    this.host.requestUpdate();
  };

  #reset(family: string): void {
    this.#family = family;
    this.#widths = new Map();
    this.#context ??= createContext() ?? null;
    const context = this.#context;
    if (!context) return;
    const widths = this.#widths;
    this.#measure = (text, size) => {
      const key = `${size}|${text}`;
      let width = widths.get(key);
      if (width === undefined) {
        context.font = `${size}px ${family}`;
        widths.set(key, (width = context.measureText(text).width));
      }
      return width;
    };
  }
}
