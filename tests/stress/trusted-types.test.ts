// Pages that require Trusted Types (require-trusted-types-for 'script') and allow only the policies they
// name: allowed "lit-html", the elements draw with no violation; not allowed, each element says in words
// which policy name to allow, its own fallback content stays visible, and nothing is thrown uncaught.
import { expect } from '@open-wc/testing';
import { framedReport } from '../helpers.js';

interface TrustedTypesReport {
  violations: string[];
  errors: string[];
  shown: Record<string, { drawn: number; message: string; childrenShown: boolean }>;
}

const loadWithPolicies = (policies: string) =>
  framedReport<TrustedTypesReport>(`/__trusted-types/${encodeURIComponent(policies)}/tests/csp/trusted-types.html`, 'trusted-types-report', {
    size: 'width:800px;height:600px',
  });

describe('Trusted Types', function () {
  this.timeout(30_000);
  before(async () => {
    const bundle = await fetch('/packages/conflict-viz/dist/conflict-viz.js', { method: 'HEAD' });
    if (!bundle.ok) throw new Error('packages/conflict-viz/dist/conflict-viz.js is missing: run `pnpm build:bundle` first (pnpm test does)');
  });

  it('with "lit-html" allowed, every element draws, with no violation and no error', async () => {
    const report = await loadWithPolicies('lit-html my-site');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    for (const [id, shown] of Object.entries(report.shown)) {
      expect(shown.drawn, id).to.be.above(0);
      expect(shown.message, id).to.equal('');
    }
  });

  it('without it, each element names the policy to allow, keeps its fallback content, and nothing is thrown', async () => {
    const report = await loadWithPolicies('my-site');
    expect(report.errors).to.deep.equal([]);
    expect(Object.keys(report.shown)).to.deep.equal(['chart', 'map', 'timeline']);
    for (const [id, shown] of Object.entries(report.shown)) {
      expect(shown.drawn, id).to.equal(0);
      expect(shown.message, id).to.contain('add lit-html to the trusted-types directive');
    }
    expect(report.shown.chart.childrenShown, "the chart's own table").to.equal(true);
  });
});
