/**
 * Problems with an element's input, told three ways: a notice in the element (`role="alert"`),
 * a `cv-error` event when the problems change or a bad input is set anew (two long values can give one
 * message), and one console warning per distinct set of problems. What the
 * drawn data left out (a spreadsheet's "Total" row) is told beside the drawing (`role="status"`) and
 * warned once in the console: nothing was refused, so no `cv-error`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { formatIssue, type DataIssue } from '../data/issues.js';
import { CvErrorEvent } from '../events/events.js';
import type { FrameStrings } from '../base/strings.js';

export interface NoticeOptions {
  /** Every current problem. */
  readonly issues: () => readonly DataIssue[];
  /** What the drawn data left out, and why; none by default. */
  readonly warnings?: () => readonly DataIssue[];
  /** Whether a valid drawing stays under the notice. */
  readonly drawn: () => boolean;
  readonly strings: () => Pick<FrameStrings, 'problems' | 'keptDrawing' | 'leftOut' | 'note'>;
  /** The inputs set in the update under way, by the names issues give their source (`theme`, `data`…). */
  readonly changed?: () => readonly string[];
}

/** Whether an issue's source is the input `name`: `data` is the source of `data attribute` and `data property`. */
const isSourceOf = (name: string, issue: DataIssue) => issue.source === name || issue.source.startsWith(`${name} `);

export class NoticeController implements ReactiveController {
  /** The problems last reported, as text: a change is reported once. */
  #reported = '';
  readonly #warned = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: NoticeOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.#warnOnce(this.options.warnings?.() ?? []);
    const issues = this.options.issues();
    const messages = issues.map(formatIssue);
    const report = messages.join('\n');
    const changed = this.options.changed?.() ?? [];
    const setAnew = issues.some((issue) => changed.some((name) => isSourceOf(name, issue)));
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
    const warnings = this.options.warnings?.() ?? [];
    if (!warnings.length) return nothing;
    // Rows left out are counted; a note on the whole file (its encoding) is not a row.
    const rows = warnings.filter((warning) => warning.row !== undefined).length;
    return html`<div part="warning" class="notice warning" role="status">
      <strong>${rows ? this.options.strings().leftOut(rows) : this.options.strings().note}</strong>
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
    const issues = this.options.issues();
    if (!issues.length) return nothing;
    const strings = this.options.strings();
    return html`<div part="error" class="notice" role="alert">
      <strong>${strings.problems(issues.length)}</strong>${this.options.drawn() ? ` ${strings.keptDrawing}` : ''}
      <ul>
        ${issues.map((issue) => html`<li dir="auto">${formatIssue(issue)}</li>`)}
      </ul>
    </div>`;
  }
}
