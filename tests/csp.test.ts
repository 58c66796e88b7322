// The elements under `default-src 'self'; script-src 'self'; style-src 'self'`: no unsafe-inline, no
// unsafe-eval, from every data path, loaded the way a blogger loads them (the CDN loader).
import { expect } from '@open-wc/testing';

interface CspReport {
  violations: string[];
  drawn: Record<string, { event: string; marks: number }>;
}

function loadUnderCsp(page: string): Promise<CspReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    const timer = setTimeout(() => reject(new Error(`no report from ${page} within 15 s`)), 15_000);
    window.addEventListener('message', function onMessage(event) {
      if (event.data?.type !== 'csp-report') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data);
      frame.remove();
    });
    frame.src = `/__csp${page}`;
    document.body.append(frame);
  });
}

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
