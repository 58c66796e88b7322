// Pages that require Trusted Types (require-trusted-types-for 'script') and allow only the policies they
// name: allowed "lit-html", the elements draw with no violation; not allowed, each element says in words
// which policy name to allow, its own fallback content stays visible, and nothing is thrown uncaught.
import { expect } from '@open-wc/testing';

interface TrustedTypesReport {
  violations: string[];
  errors: string[];
  shown: Record<string, { drawn: number; message: string; childrenShown: boolean }>;
}

function loadWithPolicies(policies: string): Promise<TrustedTypesReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    const timer = setTimeout(() => reject(new Error(`no report within 20 s (trusted-types ${policies})`)), 20_000);
    window.addEventListener('message', function onMessage(event) {
      if (event.data?.type !== 'trusted-types-report') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data);
      frame.remove();
    });
    frame.src = `/__trusted-types/${encodeURIComponent(policies)}/tests/csp/trusted-types.html`;
    document.body.append(frame);
  });
}

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
