// NoticeController in Chromium: the notice's words, one cv-error per change, one console warning per problem set.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, LitElement, type PropertyValues } from 'lit';
import { NoticeController, frameStrings, type CvErrorEvent, type DataIssue } from '@conflict-viz/core';
import { captureWarnings, notice } from '../helpers.js';

class NoticeHost extends LitElement {
  static override properties = { issues: { attribute: false }, drawn: { attribute: false }, metric: {} };
  static strings = { ...frameStrings, keptDrawing: 'The map shows the last valid data.' };
  issues: readonly DataIssue[] = [];
  warnings: readonly DataIssue[] = [];
  drawn = false;
  metric?: string;
  readonly notice = new NoticeController(this, () => this.drawn);

  protected override willUpdate(changed: PropertyValues<this>) {
    this.notice.begin(changed);
  }

  protected override render() {
    return litHtml`${this.notice.render()}`;
  }
}
customElements.define('test-notice', NoticeHost);

const ROW_3: DataIssue = { source: 'data attribute', row: 3, field: 'year', message: 'must be a whole number, got "20x1"' };
const METRIC: DataIssue = { source: 'metric', message: 'unknown value "death" (expected "events" or "deaths")' };

describe('NoticeController', () => {
  let captured: ReturnType<typeof captureWarnings>;
  beforeEach(() => (captured = captureWarnings()));
  afterEach(() => captured.restore());

  it("shows nothing without problems, and names each problem with the element's own words", async () => {
    const el = await fixture<NoticeHost>(html`<test-notice></test-notice>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    el.issues = [ROW_3];
    await el.updateComplete;
    expect(notice(el)).to.equal('This input could not be used. data attribute row 3: year must be a whole number, got "20x1"');
    el.issues = [ROW_3, METRIC];
    el.drawn = true;
    await el.updateComplete;
    expect(notice(el)).to.match(/^2 problems with this input\. The map shows the last valid data\. data attribute row 3/);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
  });

  it('fires cv-error once per change, with copies of the issues, and warns once per set of problems', async () => {
    const el = await fixture<NoticeHost>(html`<test-notice></test-notice>`);
    const events: CvErrorEvent[] = [];
    el.addEventListener('cv-error', (event) => events.push(event));
    el.issues = [ROW_3];
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(events, 'the same problems are not reported again').to.have.length(1);
    expect(events[0].detail.messages).to.deep.equal(['data attribute row 3: year must be a whole number, got "20x1"']);
    expect(events[0].detail.issues[0]).to.deep.equal(ROW_3);
    expect(events[0].detail.issues[0], 'a copy').to.not.equal(ROW_3);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    expect(captured.warnings).to.deep.equal([['<test-notice>: data attribute row 3: year must be a whole number, got "20x1"']]);

    el.issues = [METRIC];
    await el.updateComplete;
    el.issues = [ROW_3];
    await el.updateComplete;
    expect(events, 'a change back is a change').to.have.length(3);
    expect(captured.warnings, 'but not a new warning').to.have.length(2);
    el.issues = [];
    await el.updateComplete;
    expect(events, 'no event when the problems are gone').to.have.length(3);
  });

  it('fires cv-error again when the input a problem names is set anew, even to a value with the same message', async () => {
    const el = await fixture<NoticeHost>(html`<test-notice metric="death"></test-notice>`);
    const events: CvErrorEvent[] = [];
    el.addEventListener('cv-error', (event) => events.push(event));
    el.issues = [METRIC];
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(events, 'not again for an update that set nothing').to.have.length(1);
    // Named by its attribute, as issues name their source.
    el.setAttribute('metric', 'deaths!');
    await el.updateComplete;
    expect(events, 'again once the attribute is set anew').to.have.length(2);
  });
});
