// Downloads under the strict Content-Security-Policy (`default-src 'self'; script-src 'self'; style-src 'self'`),
// loaded as a blogger loads the elements (the CDN loader): SVG and CSV need nothing more; the PNG draws the SVG as
// an image from a blob: URL, so it needs `img-src blob:`, and says so when the page does not allow it.
import { expect } from '@open-wc/testing';
import { framedReport } from './helpers.js';

interface Made {
  type?: string;
  size?: number;
  error?: string;
}
interface ExportReport {
  violations: string[];
  elements: Record<string, { svg: Made; png: Made; csv: Made; svgSize?: [number, number]; pngSize?: [number, number] }>;
  saved: string[];
  notice: string;
}

const loadPage = (url: string) => framedReport<ExportReport>(url, 'export-report', { seconds: 30 });

const TAGS = ['ttp-attack-chart', 'border-map', 'conflict-timeline'];
const PNG_ADVICE = "PNG could not be drawn: this page's Content-Security-Policy must allow images from blob: URLs (img-src blob:)";

describe('downloads under a strict Content-Security-Policy', function () {
  this.timeout(60_000);

  before(async function () {
    const bundle = await fetch('/packages/conflict-viz/dist/conflict-viz.js', { method: 'HEAD' });
    if (!bundle.ok) throw new Error('packages/conflict-viz/dist/conflict-viz.js is missing: run `pnpm build:bundle` first (pnpm test does)');
  });

  it('makes the SVG and the CSV with no violation; refuses the PNG and says what to allow', async () => {
    const report = await loadPage('/__csp/tests/csp/export.html');
    for (const tag of TAGS) {
      const made = report.elements[tag];
      expect(made.svg, tag).to.deep.include({ type: 'image/svg+xml' });
      expect(made.csv, tag).to.deep.include({ type: 'text/csv;charset=utf-8' });
      expect(made.svg.size! * made.csv.size!, tag).to.be.above(0);
      expect(made.png.error, tag).to.equal(PNG_ADVICE.replace('PNG ', ''));
    }
    // The only violation: the PNG's image, once per element, blocked as the message says.
    expect(report.violations).to.deep.equal(Array(4).fill('img-src: blob'));
    // The buttons: the SVG and CSV are saved, and the PNG's failure is told in the notice.
    expect(report.saved.map((name) => name.split('.').pop()).sort()).to.deep.equal(['csv', 'svg']);
    expect(report.notice).to.contain(`actions: ${PNG_ADVICE}`);
  });

  it('makes the PNG at twice the SVG size where the policy adds img-src blob:', async () => {
    const report = await loadPage('/tests/csp/export-blob.html');
    expect(report.violations).to.deep.equal([]);
    for (const tag of TAGS) {
      const made = report.elements[tag];
      expect(made.png, tag).to.deep.include({ type: 'image/png' });
      expect(made.pngSize, tag).to.deep.equal(made.svgSize!.map((n) => 2 * n));
    }
    expect(report.saved.map((name) => name.split('.').pop()).sort()).to.deep.equal(['csv', 'png', 'svg']);
    expect(report.notice).to.equal('');
  });

  for (const [build, page] of [
    ['the one-file module (conflict-viz.all.js)', 'export-one-file'],
    ['the classic script (conflict-viz.classic.js)', 'export-classic'],
  ]) {
    it(`downloads from ${build}, which loads conflict-viz.export.js from beside it`, async () => {
      // The page is in tests/csp/: the exporter resolves from the script's URL, or it would not be found.
      const report = await loadPage(`/tests/csp/${page}.html`);
      expect(report.violations).to.deep.equal([]);
      for (const tag of TAGS) {
        const made = report.elements[tag];
        expect([made.svg.type, made.png.type, made.csv.type], tag).to.deep.equal(['image/svg+xml', 'image/png', 'text/csv;charset=utf-8']);
        expect(made.pngSize, tag).to.deep.equal(made.svgSize!.map((n) => 2 * n));
      }
    });
  }
});
