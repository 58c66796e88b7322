// RenderEventController in Chromium: one cv-render per new scene, after it is drawn, with what the
// drawn data left out; none for an update that made no new scene, or while nothing is drawn.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { RenderEventController, type CvRenderEvent, type DataIssue, type DrawnScene } from '@conflict-viz/core';

class RenderEventHost extends LitElement {
  /** What the controller reads, as an element's scene pipeline holds it; the tests change it in place. */
  readonly drawn: { -readonly [K in keyof DrawnScene]: DrawnScene[K] } = { source: 'default', warnings: [] };
  /** Whether the next update makes a new scene. */
  makesScene = false;
  readonly rendered = new RenderEventController(this, this.drawn);
  drawnWhenFired?: string;

  protected override willUpdate(): void {
    this.rendered.begin();
    if (this.makesScene) this.rendered.newScene();
  }

  protected override render() {
    return html`<p>${this.drawn.scene?.marks ?? 'nothing'}</p>`;
  }
}
customElements.define('test-render-event', RenderEventHost);
let current: RenderEventHost;

const TOTAL_ROW: DataIssue = { source: 'src', row: 7, field: 'year', message: 'is not a year: "Total"' };

describe('RenderEventController', () => {
  it('fires once per new scene, after it is drawn, with its marks, source and warnings', async () => {
    const events: CvRenderEvent[] = [];
    current = document.createElement('test-render-event') as RenderEventHost;
    current.addEventListener('cv-render', (event) => {
      events.push(event);
      current.drawnWhenFired = current.shadowRoot!.querySelector('p')!.textContent!;
    });
    Object.assign(current.drawn, { scene: { marks: 6 }, source: 'src', warnings: [TOTAL_ROW] });
    current.makesScene = true;
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(current));
    await current.updateComplete;
    expect(events).to.have.length(1);
    const { duration, ...detail } = events[0].detail;
    expect(detail).to.deep.equal({ marks: 6, source: 'src', warnings: ['src row 7: year is not a year: "Total"'] });
    expect(duration).to.be.at.least(0);
    expect(current.drawnWhenFired, 'the scene is in the DOM when the event fires').to.equal('6');

    current.makesScene = false;
    current.requestUpdate();
    await current.updateComplete;
    expect(events, 'no new scene, no event').to.have.length(1);

    current.makesScene = true;
    Object.assign(current.drawn, { scene: { marks: 7 }, source: 'data property', warnings: [] });
    current.requestUpdate();
    await current.updateComplete;
    expect(events.map((event) => [event.detail.marks, event.detail.source, event.detail.warnings.length])).to.deep.equal([
      [6, 'src', 1],
      [7, 'data property', 0],
    ]);
  });

  it('fires nothing while there is no scene to draw', async () => {
    let fired = 0;
    current = document.createElement('test-render-event') as RenderEventHost;
    current.addEventListener('cv-render', () => fired++);
    current.makesScene = true;
    await fixture(html`<div></div>`).then((wrapper) => wrapper.append(current));
    await current.updateComplete;
    expect(fired).to.equal(0);
  });
});
