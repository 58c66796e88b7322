/**
 * The server's pass: on a server (@lit-labs/ssr), and in the browser for the first update of an element a
 * server rendered (declarative shadow DOM, hydrated by Lit's hydrate support), the element lays out as the
 * server did, so hydration adopts the server's DOM as it is. The next update lays out for the page: its
 * width, language and fonts.
 */
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { LocaleFormat } from '../format/locale-format.js';
import { estimateTextWidth, type MeasureText } from '../layout/text.js';
import type { ChartSizeController } from './size.js';
import type { LocaleController } from './locale.js';

/** The width a server lays out for: it knows none (also the size controller's fallback). */
export const SERVER_WIDTH = 640;

/** The layout's inputs that come from the page. */
export type PageSize = Pick<ChartSizeController, 'width'>;
export type PageLocale = Pick<LocaleController, 'locale' | 'rtl' | 'format' | 'generatedLang'>;

/**
 * The width a server lays out for, having none to measure: 640 px unless set. `conflict-viz render --width`
 * sets it before it renders; a page that hydrates a render made at another width sets the same value first.
 */
export const serverSize: { width: number } = { width: SERVER_WIDTH };

/** What a server knows of the page: no language or direction but English left to right. */
const SERVER_LOCALE: PageLocale = { locale: 'en', rtl: false, format: new LocaleFormat('en'), generatedLang: undefined };

export interface ServerPassOptions {
  /** Called once the server's render is hydrated, before the update that lays out for the page. */
  hydrated: () => void;
}

export class ServerPassController implements ReactiveController {
  #active = isServer;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ServerPassOptions,
  ) {
    host.addController(this);
  }

  /** True on a server, and while the element hydrates a server's render. */
  get active(): boolean {
    return this.#active;
  }

  /**
   * Call as an update begins (first thing in willUpdate; a controller's hostUpdate runs too late): a
   * server-rendered frame in the shadow root before the first update is one Lit's hydrate support kept to hydrate.
   */
  begin(): void {
    if (!this.host.hasUpdated && !isServer) this.#active = this.host.renderRoot.querySelector('[part="base"]') !== null;
  }

  /** The width to lay out for: the server's during its pass, else the page's. */
  size(page: PageSize): PageSize {
    return this.#active ? serverSize : page;
  }

  /** The language and direction to lay out for: the server's during its pass, else the page's. */
  locale(page: PageLocale): PageLocale {
    return this.#active ? SERVER_LOCALE : page;
  }

  /** How to measure text: a server has no fonts, so it estimates. */
  measure(page: MeasureText): MeasureText {
    return this.#active ? estimateTextWidth : page;
  }

  hostUpdated(): void {
    if (!this.#active || isServer) return;
    // Hydrated: now the layout for this page.
    this.#active = false;
    this.options.hydrated();
    this.host.requestUpdate();
  }
}

/**
 * Called from the element's createRenderRoot: a server's render, with no hydrate support loaded to adopt
 * it, is removed, or Lit would draw beside it.
 */
export function dropUnhydratableRender(host: HTMLElement): void {
  if (!isServer && !('litElementHydrateSupport' in globalThis)) host.shadowRoot?.replaceChildren();
}
