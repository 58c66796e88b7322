// The parts an element draws only on request (the `actions` buttons, an opened data table) come from one module
// loaded then: a page that asks for neither never requests it, and the element's updateComplete waits for it.
// The tests run in order: the first two find the module not yet loaded.
import { expect, fixture, html } from '@open-wc/testing';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
import { notice, part, parts, settled, text, type CvHost } from './helpers.js';

/** Whether the page has requested the module of the parts drawn on request (core's index exports the table's types and markup, not it). */
const requested = () => performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.includes('/core/src/on-request/index.'));

describe('the parts drawn on request', () => {
  // The page's hundreds of source modules fill the browser's buffer of requests seen: only later ones count here.
  before(() => performance.clearResourceTimings());

  it('are not loaded on a page whose elements have no `actions` and no table opened, a problem to tell included', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <ttp-attack-chart></ttp-attack-chart>
      <border-map heading-level="9"></border-map>
      <conflict-timeline></conflict-timeline>
    </div>`);
    for (const el of box.children) await settled(el as CvHost);
    expect(parts(box.children[0], 'mark').length, 'the chart is drawn').to.be.above(0);
    expect(notice(box.children[1]), 'the notice is drawn without it').to.contain('heading-level: unknown value "9"');
    expect(requested()).to.equal(false);
  });

  it('load with the first download buttons on the page, which are there once the element has updated', async () => {
    const el = await fixture<CvHost>(html`<ttp-attack-chart actions="svg csv"></ttp-attack-chart>`);
    await el.updateComplete;
    expect(requested()).to.equal(true);
    expect(parts(el, 'download-button').map(text)).to.deep.equal(['SVG', 'CSV']);
  });

  it('draw the download buttons and the data table at once now that their module is here', async () => {
    const el = await fixture<CvHost>(html`<ttp-attack-chart actions="svg csv"></ttp-attack-chart>`);
    await settled(el);
    expect(parts(el, 'download-button').map(text)).to.deep.equal(['SVG', 'CSV']);
    (part(el, 'table-button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(part(el, 'table')!.querySelectorAll('tbody tr').length).to.be.above(0);
    expect(text(part(el, 'table-button'))).to.equal('Hide data table');
  });
});
