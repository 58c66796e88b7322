// Hostile networks and lifecycles: a page that keeps editing an element's children does not make it fetch
// again; a src set while the element is out of the document loads when it comes back; an element moved
// while a new src loads ends on the new file; error pages and files in other encodings are explained.
import { expect } from '@open-wc/testing';
import '@conflict-viz/ttp-attack-chart';
import { drawing, drawnOrFailed, mount, notice, settled, sleep, tagTemplate, until, type CvHost } from '../helpers.js';

/** How many requests the page made for URLs containing `part`. */
const requestsFor = (part: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes(part)).length;

/** What the chart draws from `src`, on an element of its own. */
async function reference(src: string): Promise<string> {
  const el = await mount<CvHost>(tagTemplate('ttp-attack-chart'));
  const drawn = drawnOrFailed(el);
  el.src = src;
  await drawn;
  await settled(el);
  const result = drawing(el);
  el.remove();
  return result;
}

describe('hostile network and lifecycle <ttp-attack-chart>', () => {
  it('edits of the text inside an element with src make no new request', async () => {
    const src = '/tests/csp/rows.json?children-edited';
    // The page's resource timing buffer fills with the test's own modules: room for this test's requests.
    performance.clearResourceTimings();
    const el = await mount<CvHost>(tagTemplate('ttp-attack-chart'));
    el.append(document.createElement('p'));
    const drawn = drawnOrFailed(el);
    el.src = src;
    await drawn;
    for (let i = 0; i < 20; i++) {
      el.firstElementChild!.textContent = `Loading… ${i}`;
      el.append(document.createTextNode(' '));
      await sleep(10);
    }
    await settled(el);
    await sleep(200);
    expect(requestsFor('children-edited')).to.equal(1);
    expect(el.dataSource).to.equal('src');
  });

  it('a src set while the element is out of the document loads when it comes back', async () => {
    const expected = await reference('/data/ttp-yearly.csv');
    const el = await mount<CvHost>(tagTemplate('ttp-attack-chart'));
    const parent = el.parentElement!;
    el.remove();
    el.src = '/data/ttp-yearly.csv';
    await settled(el);
    await sleep(50);
    parent.append(el);
    await until(() => el.dataSource === 'src');
    await settled(el);
    expect(drawing(el)).to.equal(expected);
  });

  it('an element moved while a new src loads ends on the new file', async () => {
    const expected = await reference('/data/ttp-yearly.csv');
    const el = await mount<CvHost>(tagTemplate('ttp-attack-chart'));
    const drawn = drawnOrFailed(el);
    el.src = '/tests/csp/rows.json';
    await drawn;
    el.src = '/__delay/300/data/ttp-yearly.csv';
    await el.updateComplete;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await until(() => el.dataSource === 'src' && drawing(el) === expected);
    await sleep(500);
    expect(drawing(el)).to.equal(expected);
    expect(el.issues).to.deep.equal([]);
    elsewhere.remove();
  });

  /** A file of these bytes, as a server would send it (the test server re-encodes its files as UTF-8 text). */
  const served = (bytes: BlobPart, type = 'text/csv') => URL.createObjectURL(new Blob([bytes], { type }));
  const YEARS = 'year,events\n2019,56\n2020,71\n2021,119\n';
  /** UTF-16 with its byte order mark, as Excel's "Unicode text" writes it. */
  const utf16 = (text: string, littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    return bytes;
  };

  /** Load `src` into a new chart and wait for it to draw or fail. */
  async function loaded(src: string): Promise<CvHost> {
    const el = await mount<CvHost>(tagTemplate('ttp-attack-chart'));
    const outcome = drawnOrFailed(el);
    el.src = src;
    await outcome;
    await settled(el);
    return el;
  }

  it('an HTML error page served as CSV: a message that says so, not "has no rows"', async () => {
    const el = await loaded('/__type/text%2Fcsv/tests/hostile/error-page.html');
    expect(notice(el)).to.match(/src: returned a web page \(text\/csv\), not JSON or CSV/);
    expect(notice(el)).to.not.contain('has no rows');
  });

  it('a JSON error page served as CSV: a message that says so and quotes it, not "has no rows"', async () => {
    const el = await loaded(served('{"error":"Not found","status":404}\n'));
    expect(notice(el)).to.match(/src: returned JSON \(text\/csv\), not CSV: an error page\? It begins "\{\\"error\\":\\"Not found\\"/);
    expect(notice(el)).to.not.contain('has no rows');
  });

  for (const littleEndian of [true, false]) {
    it(`a UTF-16 ${littleEndian ? 'little' : 'big'}-endian file with a byte order mark is read`, async () => {
      const el = await loaded(served(utf16(YEARS, littleEndian)));
      expect(el.issues).to.deep.equal([]);
      expect(el.dataSource).to.equal('src');
      expect(drawing(el)).to.equal(await reference('/tests/csp/rows.json'));
    });
  }

  it('a file that is not UTF-8 is read as Windows-1252, and the drawing says so beside it', async () => {
    const latin1 = Uint8Array.from('Jahr,Anschläge\n2019,56\n2020,71\n', (c) => c.charCodeAt(0));
    const el = await mount<CvHost>(tagTemplate('ttp-attack-chart'));
    el.setAttribute('year-field', 'Jahr');
    el.setAttribute('value-field', 'Anschläge');
    const outcome = drawnOrFailed(el);
    el.src = served(latin1);
    await outcome;
    // The fields alone are refused on the article's data (it has no "Jahr"): that can come first on a slow machine.
    await until(() => el.dataSource === 'src');
    await settled(el);
    expect(el.issues).to.deep.equal([]);
    const warning = el.shadowRoot!.querySelector('[part~="warning"]')?.textContent ?? '';
    expect(warning).to.contain('Note:');
    expect(warning).to.contain('src: is not UTF-8 text; it was read as Windows-1252');
  });

  it("a relative src and a relative source-href resolve against the same base: the document's, in an iframe too", async () => {
    const frame = document.body.appendChild(document.createElement('iframe'));
    try {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const doc = frame.contentDocument!;
      const base = doc.head.appendChild(doc.createElement('base'));
      base.href = new URL('/data/', location.href).href;
      const el = document.createElement('ttp-attack-chart') as unknown as CvHost;
      el.setAttribute('src', 'ttp-yearly.csv');
      el.setAttribute('source', 'UCDP');
      el.setAttribute('source-href', 'sources/ucdp/README.md');
      const outcome = drawnOrFailed(el);
      doc.body.append(el);
      await outcome;
      await settled(el);
      expect(el.issues, "src is read from the iframe document's base, /data/").to.deep.equal([]);
      expect(el.dataSource).to.equal('src');
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="source"] a')!;
      expect(link.href).to.equal(new URL('/data/sources/ucdp/README.md', location.href).href);
    } finally {
      frame.remove();
    }
  });
});
