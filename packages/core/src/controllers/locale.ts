/**
 * The element's language and direction, inherited from the page when the element sets none:
 * `lang` from the nearest ancestor that has one, direction from CSS (which follows `dir`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from '../format/locale.js';
import { LocaleFormat } from '../format/locale-format.js';

export class LocaleController implements ReactiveController {
  locale = 'en';
  rtl = false;
  /** The formatters of `locale`, kept while the locale stays: the models format through it. */
  format = new LocaleFormat('en');

  #observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The language of the words the element writes (its strings table's: English) where the page's is
   * another, so screen readers switch voice for them; undefined on an English page.
   */
  get generatedLang(): string | undefined {
    return this.locale.split('-')[0].toLowerCase() === 'en' ? undefined : 'en';
  }

  hostConnected(): void {
    this.#read();
    // The page's root lang/dir and the host's own are the ones that change in practice (a language
    // switcher). Made here, so never on a server; watched in the document the element is in.
    this.#observer ??= new MutationObserver(() => {
      this.#read();
      this.host.requestUpdate();
    });
    const config = { attributes: true, attributeFilter: ['lang', 'dir'] };
    this.#observer.observe(this.host.ownerDocument.documentElement, config);
    this.#observer.observe(this.host, config);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #read(): void {
    const element = this.host;
    // closest() stops at a shadow root, so the document's own lang comes next.
    const lang = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
    this.locale = resolveLocale(lang);
    if (this.format.locale !== this.locale) this.format = new LocaleFormat(this.locale);
    this.rtl = element.matches(':dir(rtl)');
  }
}
