// The iframe embed (packages/conflict-viz/embed, built into dist/ by `pnpm build:bundle`) across origins: this
// page on web-test-runner's server, embed.html on a second loopback port (web-test-runner.config.mjs,
// embedServer) under the strict CSP with violations reported. The embed page posts its height and
// dist/embed-parent.js, loaded here, sizes the iframe to the element's height; bad parameters are refused in
// words; messages from other windows resize nothing.
import { expect, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '@conflict-viz/ttp-attack-chart';
import { mountIn, sleep } from './helpers.js';

const PARENT_SCRIPT = '/packages/conflict-viz/dist/embed-parent.js';

interface FrameReport {
  text: string;
  tag: string | null;
  marks: number;
  attributes: [string, string][];
  /** No frame of the test page has that URL. */
  missing?: true;
}

let origin = '';
/** Every conflict-viz:height message this page received: the sending window, its origin and the height. */
const received: { source: MessageEventSource | null; origin: string; height: number }[] = [];

before(async () => {
  origin = await executeServerCommand<string, undefined>('embed-origin');
  expect(new URL(origin).port, 'the embed is served from another port').to.not.equal(location.port);
  addEventListener('message', (event) => {
    if (event.data?.type === 'conflict-viz:height') received.push({ source: event.source, origin: event.origin, height: event.data.height });
  });
  await new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: PARENT_SCRIPT, onload: resolve });
    script.onerror = () => reject(new Error(`${PARENT_SCRIPT} is missing: run \`pnpm build:bundle\` first (pnpm test does)`));
    document.head.append(script);
  });
});

/** Wait until `condition` holds, for at most `ms`, and fail with `what` if it never does. */
async function waitFor(condition: () => boolean, what: string, ms = 15_000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition() && performance.now() < end) await sleep(25);
  expect(condition(), what).to.equal(true);
}

/** An iframe of embed.html with `query`, `width` px wide, 150 px tall until its page says otherwise. */
function embed(query: string, width = 600): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = `${origin}/embed.html?${query}`;
  frame.title = 'embed';
  frame.style.cssText = `width: ${width}px; height: 150px; border: 0; display: block`;
  document.body.append(frame);
  return frame;
}

const heightsFrom = (frame: HTMLIFrameElement) => received.filter((m) => m.source === frame.contentWindow).map((m) => m.height);

/**
 * The frame's last posted height, once its page shows what it will show (an element drawn, or the problems)
 * and no new height has come for 400 ms.
 */
async function settledHeight(frame: HTMLIFrameElement, after = 0): Promise<number> {
  await waitFor(() => heightsFrom(frame).length > after, 'the embed posted its height');
  const url = frame.src.slice(frame.src.indexOf('?'));
  for (let report = await frameReport(url); !(report?.marks || report?.text.includes('cannot be shown')); report = await frameReport(url)) {
    await sleep(100);
  }
  let count = -1;
  while (count !== heightsFrom(frame).length) {
    count = heightsFrom(frame).length;
    await sleep(400);
  }
  return heightsFrom(frame).at(-1)!;
}

const frameReport = (url: string) => executeServerCommand<FrameReport, { url: string }>('embed-frame', { url });

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('embed.html in an iframe on another origin', () => {
  it("posts its height, and embed-parent.js sizes the iframe to the element's height, again when the width changes", async () => {
    const query = 'el=ttp-attack-chart&heading=Attacks+per+year&source=UCDP';
    const frame = embed(query, 600);
    const height = await settledHeight(frame);
    const messages = received.filter((m) => m.source === frame.contentWindow);
    expect(
      messages.every((m) => m.origin === origin),
      'sent from the embed origin',
    ).to.equal(true);
    const report = await frameReport('embed.html');
    expect(report.tag).to.equal('ttp-attack-chart');
    expect(report.attributes).to.deep.include.members([
      ['heading', 'Attacks per year'],
      ['source', 'UCDP'],
    ]);
    expect(report.marks, 'the article data is drawn').to.equal(15);
    // The same element in this page at the same width is as tall as the iframe was made.
    const same = await mountIn(html`<ttp-attack-chart heading="Attacks per year" source="UCDP"></ttp-attack-chart>`, 600);
    expect(Math.abs(frame.getBoundingClientRect().height - same.getBoundingClientRect().height)).to.be.at.most(1);
    expect(frame.getBoundingClientRect().height).to.equal(height);
    expect(height).to.be.above(300);

    frame.style.width = '320px';
    const narrow = await settledHeight(frame, heightsFrom(frame).length);
    expect(narrow, 'a narrow chart is laid out anew: another height').to.not.equal(height);
    expect(frame.getBoundingClientRect().height).to.equal(narrow);
    (same.parentElement as HTMLElement).style.width = '320px';
    await waitFor(() => Math.abs(same.getBoundingClientRect().height - narrow) <= 1, 'the narrow iframe is as tall as the narrow element');
  });

  it('reads src and the other attributes from the address: a CSV from an http(s) URL is drawn', async () => {
    const src = `${origin}/data/fixtures/excel-en-crlf.csv`;
    const frame = embed(`el=ttp-attack-chart&lang=en&value-label=attacks&src=${encodeURIComponent(src)}`);
    await settledHeight(frame);
    const report = await frameReport('excel-en-crlf');
    expect(report.marks).to.equal(5);
    expect(report.text).to.not.contain('cannot be shown');
  });

  it('refuses an unknown parameter and a src that is not an http(s) URL, naming each and the fix, and draws nothing', async () => {
    const frame = embed('el=ttp-attack-chart&colour=red&src=javascript%3Aalert(1)&heading=x&heading=y');
    const height = await settledHeight(frame);
    const report = await frameReport('colour=red');
    expect(report.tag, 'no element').to.equal(null);
    expect(report.text).to.contain('This embed cannot be shown:');
    expect(report.text).to.contain('Parameter "colour" is not an attribute of <ttp-attack-chart>: remove it, or use one of');
    expect(report.text).to.contain('Parameter src="javascript:alert(1)" must be a full http(s) URL, e.g. src=https://example.org/attacks.csv.');
    expect(report.text).to.contain('Parameter heading is given more than once: give it once.');
    expect(height, 'the iframe is sized to the message').to.be.within(40, 300);
    expect(frame.getBoundingClientRect().height).to.equal(height);
  });

  it('refuses a missing or unknown element, naming el and the tags it takes', async () => {
    await Promise.all([settledHeight(embed('heading=x')), settledHeight(embed('el=bar-chart'))]);
    const [missing, unknown] = await Promise.all([frameReport('heading=x'), frameReport('el=bar-chart')]);
    expect(missing.text).to.contain('Missing parameter "el": add el=<element> to the address, one of ttp-attack-chart, border-map, conflict-timeline');
    expect(unknown.text).to.contain('Parameter el="bar-chart" is not an element this page shows: use one of ttp-attack-chart, border-map, conflict-timeline.');
  });

  it('embed-parent.js resizes only the iframe whose window sent the message, and ignores malformed heights', async () => {
    const chart = embed('el=border-map');
    const height = await settledHeight(chart);
    // Another frame (same origin, its own script) posts a height, then malformed ones: only it is sized, to 77 px.
    const other = document.createElement('iframe');
    other.title = 'another frame';
    const posts = [77, '500', -1, 1e9, 'NaN', null].map(
      (h) => `parent.postMessage({ type: 'conflict-viz:height', height: ${h === 'NaN' ? 'NaN' : JSON.stringify(h)} }, '*');`,
    );
    other.srcdoc = `<script>${posts.join('')}</script>`;
    document.body.append(other);
    await waitFor(() => other.style.height === '77px', 'the sending frame is sized');
    // This page's own message: no iframe is its source.
    window.postMessage({ type: 'conflict-viz:height', height: 5 }, '*');
    await sleep(300);
    expect(chart.getBoundingClientRect().height, 'the embed is not resized by others').to.equal(height);
    expect(other.style.height).to.equal('77px');
  });

  it('runs under the strict CSP (no inline script or style): no violation reported, while a page breaking it is', async () => {
    const control = document.createElement('iframe');
    control.src = `${origin}/__csp-control.html`;
    document.body.append(control);
    const embedded = embed('el=conflict-timeline');
    await settledHeight(embedded);
    expect((await frameReport('el=conflict-timeline')).marks).to.equal(21);
    let reports: string[] = [];
    for (let i = 0; i < 100 && !reports.some((r) => r.includes('__csp-control')); i++) {
      reports = await executeServerCommand<string[], undefined>('embed-csp-reports');
      await sleep(100);
    }
    expect(
      reports.some((r) => r.includes('__csp-control')),
      'the control page is reported',
    ).to.equal(true);
    expect(reports.filter((r) => r.includes('embed.html'))).to.deep.equal([]);
  });
});
