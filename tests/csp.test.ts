// The elements under `default-src 'self'; script-src 'self'; style-src 'self'`: no unsafe-inline, no
// unsafe-eval, from every data path, loaded the way a blogger loads them (the CDN loader).
import { expect } from '@open-wc/testing';
import { framedReport } from './helpers.js';

interface CspReport {
  violations: string[];
  drawn: Record<string, { event: string; marks: number }>;
}

const loadUnderCsp = (page: string) => framedReport<CspReport>(`/__csp${page}`, 'csp-report', { seconds: 15 });

describe('strict Content-Security-Policy', () => {
  before(async function () {
    const bundle = await fetch('/packages/conflict-viz/dist/conflict-viz.js', { method: 'HEAD' });
    if (!bundle.ok) throw new Error('packages/conflict-viz/dist/conflict-viz.js is missing: run `pnpm build:bundle` first (pnpm test does)');
  });

  it('renders every element from every data path with no policy violation', async () => {
    const report = await loadUnderCsp('/tests/csp/page.html');
    expect(report.violations).to.deep.equal([]);
    for (const [id, { event, marks }] of Object.entries(report.drawn)) {
      if (id.endsWith('-error')) expect(event, id).to.equal('cv-error');
      else {
        expect(event, id).to.equal('cv-render');
        expect(marks, id).to.be.above(0);
      }
    }
    expect(Object.keys(report.drawn).length).to.equal(17);
  });
});
