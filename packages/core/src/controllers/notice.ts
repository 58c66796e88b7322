/**
 * Problems with an element's input, told three ways: a notice in the element (`role="alert"`),
 * a `cv-error` event when the problems change or a bad input is set anew (two long values can give one
 * message), and one console warning per distinct set of problems. What the
 * drawn data left out (a spreadsheet's "Total" row) is told beside the drawing (`role="status"`) and
 * warned once in the console: nothing was refused, so no `cv-error`.
 */
import { html, nothing, type PropertyValues, type ReactiveController, type ReactiveControllerHost, type ReactiveElement } from 'lit';
import { formatIssue, type DataIssue } from '../data/issues.js';
import { CvErrorEvent } from '../events/events.js';
import type { FrameStrings } from '../base/strings.js';

/** What the notice reads of its element: every current problem, and what the drawn data left out, and why. */
export interface NoticeHost extends ReactiveControllerHost, HTMLElement {
  readonly issues: readonly DataIssue[];
  readonly warnings: readonly DataIssue[];
}

/** The notice's words, from the element class's strings table. */
type NoticeStrings = Pick<FrameStrings, 'problems' | 'keptDrawing' | 'leftOut' | 'note'>;

/** Whether an issue's source is the input `name`: `data` is the source of `data attribute` and `data property`. */
const isSourceOf = (name: string, issue: DataIssue) => issue.source === name || issue.source.startsWith(`${name} `);

/** A property's name as issues give their source: its attribute (`heading-level`), or `data property` for one without. */
function inputName(host: HTMLElement, key: string): string {
  const { attribute } = (host.constructor as typeof ReactiveElement).getPropertyOptions(key);
  return attribute === false ? `${key} property` : typeof attribute === 'string' ? attribute : key.toLowerCase();
}

export class NoticeController implements ReactiveController {
  /** The problems last reported, as text: a change is reported once. */
  #reported = '';
  readonly #warned = new Set<string>();
  /** The inputs set in the update under way, by the names issues give them: `theme`, `data` (attribute), `data property`. */
  #changed: readonly string[] = [];

  /** `drawn`: whether a valid drawing stays under the notice. */
  constructor(
    private readonly host: NoticeHost,
    private readonly drawn: () => boolean,
  ) {
    host.addController(this);
  }

  /** Call as an update begins, with what it changed: a problem with an input set anew is reported anew. */
  begin(changed: PropertyValues): void {
    this.#changed = [...changed.keys()].map((key) => inputName(this.host, key as string));
  }

  /** The class's strings table, which every element has. */
  get #strings(): NoticeStrings {
    return (this.host.constructor as unknown as { strings: NoticeStrings }).strings;
  }

  hostUpdated(): void {
    this.#warnOnce(this.host.warnings);
    const issues = this.host.issues;
    const messages = issues.map(formatIssue);
    const report = messages.join('\n');
    const setAnew = issues.some((issue) => this.#changed.some((name) => isSourceOf(name, issue)));
    if (report === this.#reported && !setAnew) return;
    this.#reported = report;
    if (!issues.length) return;
    this.host.dispatchEvent(new CvErrorEvent({ issues, messages }));
    this.#warnOnce(issues);
  }

  #warnOnce(issues: readonly DataIssue[]): void {
    const report = issues.map(formatIssue).join('; ');
    if (!report || this.#warned.has(report)) return;
    this.#warned.add(report);
    console.warn(`<${this.host.localName}>: ${report}`);
  }

  #renderWarnings() {
    const warnings = this.host.warnings;
    if (!warnings.length) return nothing;
    // Rows left out are counted; a note on the whole file (its encoding) is not a row.
    const rows = warnings.filter((warning) => warning.row !== undefined).length;
    return html`<div part="warning" class="notice warning" role="status">
      <strong>${rows ? this.#strings.leftOut(rows) : this.#strings.note}</strong>
      <ul>
        ${warnings.map((issue) => html`<li dir="auto">${formatIssue(issue)}</li>`)}
      </ul>
    </div>`;
  }

  /** The notice listing the problems, then what the drawing leaves out; or nothing. */
  render() {
    return html`${this.#renderIssues()}${this.#renderWarnings()}`;
  }

  #renderIssues() {
    const issues = this.host.issues;
    if (!issues.length) return nothing;
    const strings = this.#strings;
    return html`<div part="error" class="notice" role="alert">
      <strong>${strings.problems(issues.length)}</strong>${this.drawn() ? ` ${strings.keptDrawing}` : ''}
      <ul>
        ${issues.map((issue) => html`<li dir="auto">${formatIssue(issue)}</li>`)}
      </ul>
    </div>`;
  }
}
