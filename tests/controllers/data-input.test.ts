// DataInputController in Chromium: which input wins, loading `src` (cancelled, timed out, capped,
// resumed after reconnection) and following inline children as they change.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import { DataInputController, readInlineData } from '@conflict-viz/core';
import { nextFrame, sleep } from '../helpers.js';

const FALLBACK = [{ year: 2000, events: 1 }];
const limits = { timeout: 15_000, maxBytes: 5_000_000 };

/** The smallest host: the properties the input comes from, and an update that resolves it. */
class InputHost extends LitElement {
  static override properties = { data: { attribute: false }, dataJson: { attribute: 'data' }, src: {} };
  data?: unknown;
  dataJson?: string | null;
  src?: string;
  readonly input = new DataInputController(this, { readInline: () => readInlineData(this), fallback: () => FALLBACK, limits: () => limits });
  updates = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.updates++;
    this.input.update(changed);
  }
}
customElements.define('test-data-input', InputHost);

/** Wait until the host is no longer loading and has no update pending. */
async function idle(el: InputHost) {
  for (let i = 0; i < 300; i++) {
    if ((await el.updateComplete) && !el.input.loading) return;
    await sleep(10);
  }
}

describe('DataInputController', () => {
  afterEach(() => Object.assign(limits, { timeout: 15_000, maxBytes: 5_000_000 }));

  it('takes the first of: data property, data attribute, src, inline child, fallback', async () => {
    const el = await fixture<InputHost>(html`<test-data-input
      .data=${[{ from: 'property' }]}
      data='[{"from": "attribute"}]'
      src="/tests/csp/rows.json"
      ><table>
        <tr><th>from</th></tr>
        <tr><td>table</td></tr>
      </table></test-data-input
    >`);
    const seen = async () => {
      await idle(el);
      return el.input.input!.source;
    };
    expect(await seen()).to.equal('data property');
    expect(el.input.input!.value).to.deep.equal([{ from: 'property' }]);
    el.data = undefined;
    expect(await seen()).to.equal('data attribute');
    expect(el.input.input!.value).to.deep.equal([{ from: 'attribute' }]);
    el.removeAttribute('data');
    expect(await seen()).to.equal('src');
    expect(el.input.input!.value).to.deep.equal([
      { year: 2019, events: 56 },
      { year: 2020, events: 71 },
      { year: 2021, events: 119 },
    ]);
    el.src = undefined;
    expect(await seen()).to.equal('table');
    expect(el.input.input!.value).to.deep.equal([{ from: 'table' }]);
    el.querySelector('table')!.remove();
    expect(await seen()).to.equal('default');
    expect(el.input.input!.value).to.equal(FALLBACK);
  });

  it('reports JSON it cannot read and keeps the last input', async () => {
    const el = await fixture<InputHost>(html`<test-data-input data='[{"year": 2001}]'></test-data-input>`);
    const before = el.input.input;
    el.setAttribute('data', '[{"year": ');
    await idle(el);
    expect(el.input.input).to.equal(before);
    expect(el.input.issues).to.have.length(1);
    expect(el.input.issues[0]).to.include({ source: 'data attribute' });
    expect(el.input.issues[0].message).to.match(/^is not valid JSON/);
    el.setAttribute('data', '[]');
    await idle(el);
    expect(el.input.issues).to.deep.equal([]);
    expect(el.input.input!.value).to.deep.equal([]);
  });

  it('reads CSV from src, and a newer src wins over a slower older one', async () => {
    const el = await fixture<InputHost>(html`<test-data-input src="/__delay/400/tests/csp/rows.json"></test-data-input>`);
    expect(el.input.loading).to.equal(true);
    el.src = '/data/ttp-yearly.csv';
    await idle(el);
    await sleep(500);
    expect(el.input.input!.source).to.equal('src');
    const rows = el.input.input!.value as Record<string, string>[];
    expect(rows[0]).to.include({ year: '2007', events: '81' });
  });

  it('gives up on a slow src after the timeout, and on one over the size limit', async () => {
    limits.timeout = 100;
    const el = await fixture<InputHost>(html`<test-data-input src="/__delay/1000/tests/csp/rows.json"></test-data-input>`);
    await idle(el);
    expect(el.input.issues[0].message).to.equal('took longer than 0.1 s to load (rows.json)');
    limits.timeout = 15_000;
    limits.maxBytes = 1000;
    el.src = '/__big/5000';
    await idle(el);
    expect(el.input.issues[0].message).to.match(/^is too large: .*, the limit is 0.001 MB/);
    expect(el.input.input, 'neither failure is an input').to.equal(undefined);
  });

  it('aborts a request when disconnected and loads it again when reconnected', async () => {
    const fetches: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input, init) => {
      fetches.push(String(input));
      return originalFetch(input, init);
    };
    try {
      const el = await fixture<InputHost>(html`<test-data-input src="/__delay/300/tests/csp/rows.json"></test-data-input>`);
      const parent = el.parentElement!;
      el.remove();
      expect(el.input.loading).to.equal(false);
      await sleep(400);
      expect(el.input.input, 'the aborted answer is dropped').to.equal(undefined);
      parent.append(el);
      await idle(el);
      expect(fetches).to.have.length(2);
      expect(el.input.input!.source).to.equal('src');
      el.remove();
      parent.append(el);
      await idle(el);
      expect(fetches, 'a delivered src is not loaded again').to.have.length(2);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('follows inline children as they change, and reports bad inline JSON', async () => {
    const el = await fixture<InputHost>(html`<test-data-input><script type="application/json">[{"year": 2001}]</script></test-data-input>`);
    expect(el.input.input).to.deep.include({ source: 'inline JSON', value: [{ year: 2001 }] });
    el.querySelector('script')!.textContent = '[{"year": 2002}]';
    await nextFrame();
    await idle(el);
    expect(el.input.input!.value).to.deep.equal([{ year: 2002 }]);
    el.querySelector('script')!.textContent = '{';
    await nextFrame();
    await idle(el);
    expect(el.input.issues[0]).to.include({ source: 'inline JSON' });
    expect(el.input.input!.value, 'the last good input stays').to.deep.equal([{ year: 2002 }]);
  });

  it('finds the input again only when a property it comes from changes', async () => {
    const el = await fixture<InputHost>(html`<test-data-input .data=${[1]}></test-data-input>`);
    const first = el.input.input;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.input.input, 'an unrelated update keeps the same input').to.equal(first);
    el.data = [2];
    await el.updateComplete;
    expect(el.input.input).to.not.equal(first);
  });
});
