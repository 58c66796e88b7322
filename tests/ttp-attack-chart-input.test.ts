// <ttp-attack-chart> in Chromium: its data inputs (property, attribute, src, inline children, field
// names), and bad input, which names the problem and keeps the last good chart.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '@conflict-viz/ttp-attack-chart';
import type { TtpAttackChart } from '@conflict-viz/ttp-attack-chart';
import type { CvErrorEvent } from '@conflict-viz/core';
import { $, $$, captureWarnings, drawnOrFailed, mount, notice, plot, settled, until } from './helpers.js';

const chart = (template: ReturnType<typeof html>) => mount<TtpAttackChart>(template);
const bars = (el: TtpAttackChart) => $$(el, 'rect.bar');

describe('<ttp-attack-chart> data inputs', () => {
  const rows = [
    { year: 2019, events: 56 },
    { year: 2020, events: 71 },
    { year: 2021, events: 119 },
  ];

  it('reads the data property first, then the data attribute', async () => {
    const el = await chart(html`<ttp-attack-chart .data=${rows} data='[{"year":2000,"events":1}]'></ttp-attack-chart>`);
    expect(bars(el).length).to.equal(3);
    expect(el.dataSource).to.equal('data property');
    el.data = undefined;
    await settled(el);
    expect(bars(el).length).to.equal(1);
    expect(el.dataSource).to.equal('data attribute');
  });

  it('loads CSV and JSON from src', async () => {
    const el = await fixture<TtpAttackChart>(html`<ttp-attack-chart metric="deaths" src="/data/ttp-brd-deaths.csv"></ttp-attack-chart>`);
    await drawnOrFailed(el);
    await settled(el);
    expect(bars(el).length).to.equal(17);
    expect(el.dataSource).to.equal('src');
    // The metric first: changed with the src, it redraws the old data at once, and that drawing is not the file's.
    el.metric = 'events';
    await settled(el);
    el.src = URL.createObjectURL(new Blob([JSON.stringify(rows)], { type: 'application/json' }));
    // Until the file's three bars are drawn (a redraw of the metric's can be the first outcome on a slow machine).
    await until(() => bars(el).length === 3);
    expect(el.dataSource).to.equal('src');
  });

  it('ends on the last src when src changes quickly', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    el.src = '/data/ttp-yearly.csv';
    await el.updateComplete;
    el.src = URL.createObjectURL(new Blob(['year,events\n2001,1\n2002,2\n'], { type: 'text/csv' }));
    await drawnOrFailed(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await settled(el);
    expect(bars(el).length).to.equal(2);
  });

  it('reads an inline table, and a JSON script, and follows their changes', async () => {
    const el = await chart(html`<ttp-attack-chart>
      <table>
        <tr><th>Year</th><th>Events</th></tr>
        <tr><td>2020</td><td>71</td></tr>
        <tr><td>2021</td><td>119</td></tr>
      </table>
    </ttp-attack-chart>`);
    expect(bars(el).length).to.equal(2);
    expect(el.dataSource).to.equal('table');
    el.querySelector('tbody')!.insertAdjacentElement('beforeend', Object.assign(document.createElement('tr'), { innerHTML: '<td>2019</td><td>56</td>' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(bars(el).length).to.equal(3);

    const scripted = await chart(html`<ttp-attack-chart><script type="application/json">[{"year":2021,"events":119}]</script></ttp-attack-chart>`);
    expect(bars(scripted).length).to.equal(1);
    expect(scripted.dataSource).to.equal('inline JSON');
  });

  it("maps a newsroom's own field names", async () => {
    const el = await chart(
      html`<ttp-attack-chart value-field="attacks" value-label="attacks" .data=${[
        { year: 2023, attacks: 7 },
        { year: 2024, attacks: 9 },
      ]} annotations="[]"></ttp-attack-chart>`,
    );
    expect(bars(el).length).to.equal(2);
    expect(plot(el).getAttribute('aria-label')).to.equal('Bar chart of attacks per year, 2023–2024');
  });
});

describe('<ttp-attack-chart> bad input keeps the last good chart', () => {
  /** Set bad input on a chart that has drawn 15 bars, and return the error event. */
  async function reject(apply: (el: TtpAttackChart) => void) {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    const { warnings, restore } = captureWarnings();
    try {
      const error = oneEvent(el, 'cv-error') as Promise<CvErrorEvent>;
      apply(el);
      const event = await error;
      await settled(el);
      expect(bars(el).length, 'the last good chart stays').to.equal(15);
      expect(notice(el)).to.contain(event.detail.messages[0]);
      expect(warnings.length).to.equal(1);
      return { el, message: event.detail.messages.join('\n') };
    } finally {
      restore();
    }
  }

  it('data="not json"', async () => {
    const { message } = await reject((el) => el.setAttribute('data', 'not json'));
    expect(message).to.match(/^data attribute: is not valid JSON/);
  });

  it('a year like "20x1"', async () => {
    const { message } = await reject((el) => el.setAttribute('data', '[{"year":2020,"events":71},{"year":"20x1","events":119}]'));
    expect(message).to.equal('data attribute row 2: year must be a whole number, got "20x1"');
  });

  it('a negative count and a non-numeric count', async () => {
    expect((await reject((el) => (el.data = [{ year: 2020, events: -5 }]))).message).to.equal('data property row 1: events must not be negative, got -5');
    expect((await reject((el) => (el.data = [{ year: 2020, events: 'n/a' }]))).message).to.equal('data property row 1: events must be a number, got "n/a"');
  });

  it('duplicate years', async () => {
    const { message } = await reject(
      (el) =>
        (el.data = [
          { year: 2020, events: 1 },
          { year: 2020, events: 2 },
        ]),
    );
    expect(message).to.equal('data property row 2: year repeats 2020 from row 1');
  });

  it('metric="death"', async () => {
    const { el, message } = await reject((el) => el.setAttribute('metric', 'death'));
    expect(message).to.equal('metric: unknown value "death" (expected "events", "deaths" or "battle-deaths")');
    el.setAttribute('metric', 'deaths');
    await settled(el);
    expect(notice(el)).to.equal('');
  });

  it('curve="spline"', async () => {
    const { el, message } = await reject((el) => el.setAttribute('curve', 'spline'));
    expect(message).to.equal('curve: unknown value "spline" (expected "linear", "monotone-x" or "step")');
    el.setAttribute('curve', 'step');
    await settled(el);
    expect(notice(el)).to.equal('');
  });

  it('from after to', async () => {
    const { message } = await reject((el) => Object.assign(el, { from: 2020, to: 2010 }));
    expect(message).to.equal('from: 2020 is after to 2010');
  });

  it('a src that 404s', async () => {
    const { message } = await reject((el) => (el.src = '/data/missing.csv'));
    expect(message).to.equal('src: request failed with 404 Not Found (missing.csv)');
  });

  it('a src that returns HTML', async () => {
    const page = URL.createObjectURL(new Blob(['<!doctype html><title>Not found</title>'], { type: 'text/html' }));
    const { message } = await reject((el) => (el.src = page));
    expect(message).to.match(/^src: returned a web page \(text\/html\), not JSON or CSV/);
  });

  it('an invalid theme and heading level', async () => {
    const { message } = await reject((el) => el.setAttribute('theme', 'blue'));
    expect(message).to.equal('theme: unknown value "blue" (expected "light", "dark" or "auto")');
  });

  it('shows an error, and no chart, when the first input is already bad', async () => {
    const el = await chart(html`<ttp-attack-chart data='[{"year":"20x1","events":1}]'></ttp-attack-chart>`);
    expect(bars(el).length).to.equal(0);
    expect(notice(el)).to.contain('row 1: year must be a whole number');
    await expect(el).to.be.accessible();
  });

  it('renders markup in data and attributes as text, and refuses javascript: links', async () => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const el = await chart(
      html`<ttp-attack-chart heading=${payload} source=${payload} source-href="javascript:window.__xss=1" annotations=${JSON.stringify([{ date: '2010', label: payload }])}></ttp-attack-chart>`,
    );
    expect($(el, '[role="heading"]')!.textContent).to.equal(payload);
    expect($$(el, 'img').length).to.equal(0);
    expect($(el, '[part="source"] a')).to.equal(null);
    expect((window as unknown as { __xss?: number }).__xss).to.equal(undefined);
  });
});
