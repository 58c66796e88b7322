// Hostile pages, loaded the way a blogger loads the elements (the CDN loader): one whose Object.prototype
// was polluted before the bundle, and one whose named elements shadow document members (DOM clobbering).
// The bundle loads, every element draws, and nothing the page injected appears.
import { expect } from '@open-wc/testing';
import { framedReport } from '../helpers.js';

interface PageReport {
  errors: string[];
  shown: Record<string, { outcome: string; text: string; labels: string; links: string[] }>;
}

const loadPage = (page: string) => framedReport<PageReport>(page, 'polluted-report', { size: 'width:800px;height:600px' });

describe('hostile pages', function () {
  this.timeout(30_000);
  before(async () => {
    const bundle = await fetch('/packages/conflict-viz/dist/conflict-viz.js', { method: 'HEAD' });
    if (!bundle.ok) throw new Error('packages/conflict-viz/dist/conflict-viz.js is missing: run `pnpm build:bundle` first (pnpm test does)');
  });

  it('Object.prototype polluted before the bundle: it loads, every element draws, nothing injected shows', async () => {
    const report = await loadPage('/tests/hostile/polluted.html');
    expect(report.errors).to.deep.equal([]);
    for (const [id, shown] of Object.entries(report.shown)) {
      expect(shown.outcome, id).to.equal('cv-render');
      expect(`${shown.text} ${shown.labels}`, id).to.not.contain('INJECTED');
      expect(shown.links.join(' '), id).to.not.contain('injected.example');
    }
  });

  it('named elements that hide document members the elements use (DOM clobbering): every element draws', async () => {
    const report = await loadPage('/tests/hostile/clobbered.html');
    expect(report.errors).to.deep.equal([]);
    for (const [id, shown] of Object.entries(report.shown)) expect(shown.outcome, id).to.equal('cv-render');
  });

  it('a named element that hides a document method Lit itself calls: each element says which, and nothing is thrown', async () => {
    const report = await loadPage('/tests/hostile/clobbered-lit.html');
    expect(report.errors).to.deep.equal([]);
    for (const [id, shown] of Object.entries(report.shown)) {
      expect(shown.outcome, id).to.equal('nothing');
      expect(shown.text, id).to.contain('An element of this page is named "createTreeWalker" (as in <img name="createTreeWalker">)');
    }
  });
});
