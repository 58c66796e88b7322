/**
 * The data an element draws, from the first of: the `data` property, the `data` attribute (JSON),
 * `src` (fetched: abortable, time-limited, size-capped; a newer input cancels an older request),
 * inline children (a `<table>` or `<script type="application/json">`, followed as they change), and
 * the fallback (the article preset, which the element may also supply itself). Nothing here runs on a server but reading properties.
 */
import { isServer, type PropertyValues, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { quote, type DataIssue } from '../data/issues.js';
import { parseJsonText } from '../data/text.js';
import type { FetchDataOptions } from '../base/fetch-data.js';
import type { InlineData } from '../base/inline-data.js';

/** Input found, not yet validated, and where it came from (`data property`, `src`, `table`, `default`…). */
export interface DataInput {
  readonly value: unknown;
  readonly source: string;
  /** What reading it noticed without refusing it (a file read as Windows-1252), shown beside the drawing. */
  readonly warnings?: readonly DataIssue[];
}

/** The properties the input is read from. */
export interface DataInputHost extends ReactiveControllerHost, HTMLElement {
  readonly data?: unknown;
  readonly dataJson?: string | null;
  readonly src?: string;
}

export interface DataInputOptions {
  /** Data written inside the element; undefined when there is none. */
  readonly readInline: () => InlineData | undefined;
  /** The data drawn when none is given; without it, the input is `undefined` from `default`, for the element to fill in. */
  readonly fallback?: () => unknown;
  /** Limits of a `src` request, read as it starts. */
  readonly limits: () => { readonly timeout: number; readonly maxBytes: number };
}

const INPUT_PROPERTIES = ['data', 'dataJson', 'src'];

/**
 * fetchData, with the file reader (fetching, decoding, CSV through d3-dsv) loaded by the first `src`:
 * a page whose elements read no file never loads it. Meanwhile the element is loading, as it is while
 * the file itself loads.
 */
const fetchSrc = (url: string, options: Omit<FetchDataOptions, 'readers'>) =>
  import('../base/fetch-data.js').then(({ fetchData }) => fetchData(url, { ...options, readers: { parseJsonText, quote } }));

export class DataInputController implements ReactiveController {
  /** Watches the inline children while the element is connected. */
  #children?: MutationObserver;
  #input?: DataInput;
  #issues: readonly DataIssue[] = [];
  #loading = false;
  #request?: AbortController;
  /** Resolve again at the next update: the first one, changed children, a `src` to load again. */
  #stale = true;
  /** `src` has not delivered: its request was cut by disconnection, never started, or failed. */
  #srcUndelivered = false;

  constructor(
    private readonly host: DataInputHost,
    private readonly options: DataInputOptions,
  ) {
    host.addController(this);
  }

  /** The latest input; a new object each time one arrives. */
  get input(): DataInput | undefined {
    return this.#input;
  }

  /** Problems finding the input (bad JSON, a failed request); cleared when a new input arrives. */
  get issues(): readonly DataIssue[] {
    return this.#issues;
  }

  /** True while `src` is loading. */
  get loading(): boolean {
    return this.#loading;
  }

  /** Call from `willUpdate`: finds the input again when a property it comes from changed. */
  update(changed: PropertyValues): void {
    if (!this.#stale && !INPUT_PROPERTIES.some((name) => changed.has(name))) return;
    this.#stale = false;
    this.#resolve();
  }

  /** Finds the input again at the next update, children included (the update that hydrated a server's render read none). */
  refresh(): void {
    this.#markStale();
  }

  hostConnected(): void {
    // Inline children can change after upgrade (a CMS filling them in). They are read only when they are
    // the input: a page that edits the text inside an element with `src` must not make it fetch again.
    this.#children ??= new MutationObserver(() => {
      const { data, dataJson, src } = this.host;
      if (data == null && dataJson == null && !src) this.#markStale();
    });
    this.#children.observe(this.host, { childList: true, subtree: true, characterData: true });
    // A reconnected element loads the `src` that disconnection cut short (or that failed) again.
    if (this.#srcUndelivered && this.host.src) this.#markStale();
  }

  hostDisconnected(): void {
    this.#children?.disconnect();
    if (!this.#request) return;
    this.#request.abort();
    this.#request = undefined;
    this.#loading = false;
    this.#srcUndelivered = true;
  }

  #markStale(): void {
    this.#stale = true;
    this.host.requestUpdate();
  }

  #resolve(): void {
    const { data, dataJson, src } = this.host;
    if (data != null) return this.#use({ value: data, source: 'data property' });
    if (dataJson != null) {
      const parsed = parseJsonText(dataJson, 'data attribute');
      return parsed.issues.length ? this.#fail(parsed.issues) : this.#use({ value: parsed.value, source: 'data attribute' });
    }
    if (src) return this.#load(src);
    const inline = isServer ? undefined : this.options.readInline();
    if (inline?.issues.length) return this.#fail(inline.issues);
    this.#use(inline ? { value: inline.value, source: inline.source } : { value: this.options.fallback?.(), source: 'default' });
  }

  #cancel(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#loading = false;
    this.#srcUndelivered = false;
  }

  #use(input: DataInput): void {
    this.#cancel();
    this.#input = input;
    this.#issues = [];
  }

  #fail(issues: readonly DataIssue[]): void {
    this.#cancel();
    this.#issues = issues;
  }

  #load(url: string): void {
    this.#cancel();
    // A new file replaces the last one's problem: its own, if any, is told when it is read.
    this.#issues = [];
    this.#srcUndelivered = true;
    if (isServer || !this.host.isConnected) return;
    const request = (this.#request = new AbortController());
    this.#loading = true;
    // Resolved as the element's links are, against its document's base URL: the page's, or an iframe's it was moved into.
    fetchSrc(url, { signal: request.signal, base: this.host.baseURI, ...this.options.limits() }).then(
      (result) => {
        if (request !== this.#request) return;
        this.#request = undefined;
        this.#loading = false;
        if (result.issues.length) this.#issues = result.issues;
        else {
          this.#srcUndelivered = false;
          this.#input = { value: result.value, source: 'src', warnings: result.warnings };
          this.#issues = [];
        }
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // Aborted by a newer input or by disconnection: whoever aborted it owns the state.
        if (request !== this.#request || request.signal.aborted) return;
        this.#request = undefined;
        this.#loading = false;
        this.#issues = [{ source: 'src', message: `could not be read (${error instanceof Error ? error.message : String(error)})` }];
        this.host.requestUpdate();
      },
    );
  }
}
