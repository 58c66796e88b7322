// The CDN files as a page loads them, built by `pnpm build:bundle` (pnpm test builds them first), each page
// served over HTTP under the strict Content-Security-Policy: the loader loads only the elements a page
// uses (the CSV reader only with a `src` file), finds elements added later, and draws all three (in one
// file when all three are there from the start); the one-file build and the classic build (in a page without module scripts) draw all three too.
import { expect } from '@open-wc/testing';
import { framedReport } from './helpers.js';

interface LoaderReport {
  violations: string[];
  /** Per element with an id: what it fired first, the marks drawn, its text summary and its download buttons. */
  drawn: Record<string, { tag: string; event: string; marks: number; summary: string; downloadButtons: number }>;
  /** Paths of every file the page requested (Resource Timing), scripts and data alike. */
  requests: string[];
  moduleScripts: string[];
}

const DIST = '/packages/conflict-viz/dist/';

const loadUnderCsp = (page: string) => framedReport<LoaderReport>(`/__csp/tests/loader/${page}`, 'loader-report', { seconds: 15 });

/** The scripts of ours a page requested, with their text. */
async function requestedScripts(report: LoaderReport): Promise<Map<string, string>> {
  const scripts = report.requests.filter((path) => path.startsWith(DIST) && path.endsWith('.js'));
  return new Map(await Promise.all(scripts.map(async (path) => [path, await (await fetch(path)).text()] as const)));
}

function expectDrawn(report: LoaderReport, ids: string[]): void {
  expect(report.violations).to.deep.equal([]);
  expect(Object.keys(report.drawn)).to.have.members(ids);
  for (const [id, { event, marks }] of Object.entries(report.drawn)) {
    expect(event, id).to.equal('cv-render');
    expect(marks, id).to.be.above(0);
  }
}

/** The requested scripts that hold the parts drawn on request (the download buttons' part name is only there). */
const drawsOnRequest = (scripts: Map<string, string>) => [...scripts].filter(([, text]) => text.includes('download-button')).map(([path]) => path);

/** The chart of the on-request pages: drawn, with its two download buttons. */
function expectOnRequestDrawn(report: LoaderReport): void {
  expectDrawn(report, ['chart']);
  expect(report.drawn.chart.downloadButtons).to.equal(2);
}

describe('CDN files in a page (strict CSP)', () => {
  before(async function () {
    for (const file of ['conflict-viz.js', 'conflict-viz.all.js', 'conflict-viz.classic.js']) {
      const response = await fetch(DIST + file, { method: 'HEAD' });
      if (!response.ok) throw new Error(`${DIST}${file} is missing: run \`pnpm build:bundle\` first (pnpm test does)`);
    }
  });

  it('the loader on a chart-only page requests no map or timeline code', async () => {
    const report = await loadUnderCsp('chart-only.html');
    expectDrawn(report, ['chart']);
    const scripts = await requestedScripts(report);
    expect([...scripts.keys()]).to.include.members([`${DIST}conflict-viz.js`, `${DIST}ttp-attack-chart.js`]);
    // Every element's code names its tag (its definition, its CSS custom properties): no file the page
    // loaded holds the map's or the timeline's (but the loader, which names every tag it can load).
    for (const [path, text] of scripts) {
      if (path === `${DIST}conflict-viz.js`) continue;
      expect(text, path).not.to.include('border-map');
      expect(text, path).not.to.include('conflict-timeline');
    }
    // The element's module loads its chunks itself: they are all the page's other scripts.
    const others = [...scripts.keys()].filter((path) => !path.endsWith('/conflict-viz.js') && !path.endsWith('/ttp-attack-chart.js'));
    for (const path of others) expect(path).to.match(/\/chunks\/[^/]+\.js$/);
    // No `actions`, no table opened: none of the parts drawn on request was loaded.
    expect(drawsOnRequest(scripts)).to.deep.equal([]);
  });

  it('the loader loads the download buttons only on a page that asks for them, and draws them', async () => {
    const report = await loadUnderCsp('on-request.html');
    expectOnRequestDrawn(report);
    const parts = drawsOnRequest(await requestedScripts(report));
    expect(parts).to.have.length(1);
    expect(parts[0]).to.match(/\/chunks\/[^/]+\.js$/);
  });

  it('the loader loads the CSV reader only on a page whose element reads a file', async () => {
    // The reader's chunk holds d3-dsv, whose parseRows keeps its name through minification.
    const readsCsv = (scripts: Map<string, string>) => [...scripts].filter(([, text]) => text.includes('parseRows')).map(([path]) => path);
    const plain = await loadUnderCsp('chart-only.html');
    expect(readsCsv(await requestedScripts(plain))).to.deep.equal([]);
    const report = await loadUnderCsp('csv-src.html');
    expectDrawn(report, ['chart']);
    // The file's years (2016–2021, its "Total" row left out), not the article's.
    expect(report.drawn.chart.summary).to.include('2016').and.to.include('2021').and.not.to.include('2007');
    // d3-dsv is a chunk of its own, which the reader shares with the downloads' CSV writer.
    const reader = readsCsv(await requestedScripts(report));
    expect(reader.length).to.be.within(1, 2);
    for (const path of reader) expect(path).to.match(/\/chunks\/[^/]+\.js$/);
    expect(report.requests).to.include('/data/fixtures/excel-en-crlf.csv');
  });

  it('the loader loads the ISO 3166-1 table only for a highlight in the ISO form the geometry does not write', async () => {
    // The table writes each country as alpha-3 then numeric code: Afghanistan is "AFG004".
    const holdsTable = (scripts: Map<string, string>) => [...scripts].filter(([, text]) => text.includes('AFG004')).map(([path]) => path);
    const article = await loadUnderCsp('all-three.html');
    expect(holdsTable(await requestedScripts(article))).to.deep.equal([]);
    // world-atlas writes numeric ids (India is 356): "IND PAK" needs the table, in a chunk of its own.
    const report = await loadUnderCsp('map-world.html');
    expectDrawn(report, ['map']);
    expect(report.drawn.map.summary).to.include('India').and.to.include('Pakistan');
    const table = holdsTable(await requestedScripts(report));
    expect(table).to.have.length(1);
    expect(table[0]).to.match(/\/chunks\/[^/]+\.js$/);
  });

  it('the loader loads a page with all three elements in one file, conflict-viz.all.js, and nothing else', async () => {
    const report = await loadUnderCsp('all-three.html');
    expectDrawn(report, ['chart', 'map', 'timeline']);
    expect(report.requests.filter((path) => path.startsWith(DIST))).to.deep.equal([`${DIST}conflict-viz.js`, `${DIST}conflict-viz.all.js`]);
  });

  it('the loader loads elements that appear one after another each from its own module, and no chunk twice', async () => {
    const report = await loadUnderCsp('one-by-one.html');
    expectDrawn(report, ['chart', 'map', 'timeline']);
    const requestedOurs = report.requests.filter((path) => path.startsWith(DIST));
    for (const tag of ['ttp-attack-chart', 'border-map', 'conflict-timeline']) expect(requestedOurs).to.include(`${DIST}${tag}.js`);
    expect(requestedOurs).not.to.include(`${DIST}conflict-viz.all.js`);
    expect(requestedOurs.length).to.equal(new Set(requestedOurs).size);
  });

  it('the loader finds an element added to the page after it ran', async () => {
    const report = await loadUnderCsp('added-later.html');
    expectDrawn(report, ['chart', 'timeline']);
    expect(report.requests).to.include(`${DIST}conflict-timeline.js`);
    expect(report.requests).not.to.include(`${DIST}border-map.js`);
  });

  it('the one-file build draws all three elements from one file', async () => {
    const report = await loadUnderCsp('one-file.html');
    expectDrawn(report, ['chart', 'map', 'timeline']);
    expect(report.requests.filter((path) => path.startsWith(DIST))).to.deep.equal([`${DIST}conflict-viz.all.js`]);
  });

  it('the classic build draws all three elements in a page without module scripts', async () => {
    const report = await loadUnderCsp('classic.html');
    expectDrawn(report, ['chart', 'map', 'timeline']);
    // The test server adds its own web-socket client to every page it serves, as a module script.
    expect(report.moduleScripts.filter((script) => !script.includes('/__web-dev-server__web-socket.js'))).to.deep.equal([]);
    expect(report.requests.filter((path) => path.startsWith(DIST))).to.deep.equal([`${DIST}conflict-viz.classic.js`]);
  });

  it('the classic build reads a CSV file with the reader beside it, conflict-viz.reader.js', async () => {
    const report = await loadUnderCsp('classic-csv.html');
    expectDrawn(report, ['chart']);
    expect(report.drawn.chart.summary).to.include('2016').and.to.include('2021').and.not.to.include('2007');
    expect(report.requests.filter((path) => path.startsWith(DIST))).to.deep.equal([`${DIST}conflict-viz.classic.js`, `${DIST}conflict-viz.reader.js`]);
  });

  it('the one-file build loads the reader and the ISO table from beside it, only when a page needs them', async () => {
    const report = await loadUnderCsp('one-file-world.html');
    expectDrawn(report, ['map']);
    expect(report.drawn.map.summary).to.include('India').and.to.include('Pakistan');
    expect(report.requests.filter((path) => path.startsWith(DIST))).to.have.members([
      `${DIST}conflict-viz.all.js`,
      `${DIST}conflict-viz.reader.js`,
      `${DIST}conflict-viz.iso-codes.js`,
    ]);
  });

  for (const [build, page, file] of [
    ['one-file', 'one-file-on-request.html', 'conflict-viz.all.js'],
    ['classic', 'classic-on-request.html', 'conflict-viz.classic.js'],
  ]) {
    it(`the ${build} build loads the download buttons from beside it, conflict-viz.on-request.js`, async () => {
      const report = await loadUnderCsp(page);
      expectOnRequestDrawn(report);
      expect(report.requests.filter((path) => path.startsWith(DIST))).to.deep.equal([`${DIST}${file}`, `${DIST}conflict-viz.on-request.js`]);
    });
  }

  it("linked views reach across builds: a chart from the loader's files and a timeline and a map from the one-file build answer each other", async () => {
    interface LinkedReport {
      violations: string[];
      linked: Record<string, { highlighted: number; said: string }>;
      requests: string[];
      twoBuilds: boolean;
    }
    const report = await framedReport<LinkedReport>('/__csp/tests/loader/linked-bundles.html', 'linked-report', { seconds: 15 });
    expect(report.violations).to.deep.equal([]);
    expect(report.twoBuilds, 'the elements come from two builds').to.equal(true);
    expect(report.linked.chart.highlighted, 'the chart chose').to.equal(0);
    expect(report.linked.timeline).to.deep.equal({ highlighted: 2, said: 'Linked to 2014: Operation Zarb-e-Azb, Peshawar school attack.' });
    expect(report.linked.map.highlighted).to.be.above(0);
    expect(report.linked.map.said).to.match(/^Linked to 2014: \d+ marks, among them /);
    // Each build loads its own linking module: the loader build's chunk and the one-file build's file beside it.
    expect(report.requests).to.include(`${DIST}conflict-viz.linked.js`);
  });

  it('the licence file beside them names each bundled library with its licence text, and the data sources', async () => {
    const text = await (await fetch(`${DIST}THIRD-PARTY-LICENSES.txt`)).text();
    for (const library of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'd3-geo', 'topojson-client']) {
      expect(text).to.match(new RegExp(`\\n${library.replace('/', '\\/')} \\d+\\.\\d+\\.\\d+ \\((BSD-3-Clause|ISC)\\)\\n`), library);
    }
    expect(text).to.include('Redistribution and use in source and binary forms'); // BSD-3-Clause (Lit)
    expect(text).to.include('Permission to use, copy, modify, and/or distribute this software'); // ISC (d3, world-atlas)
    expect(text).to.include('Natural Earth (public domain)');
    expect(text).to.include('world-atlas');
    expect(text).to.include('UCDP Georeferenced Event Dataset (GED) Global version 22.1');
    expect(text).to.include('CC BY 4.0');
  });
});
