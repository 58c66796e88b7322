// Runs inside export.html and export-blob.html: once every element has drawn, makes each download (toBlob, and
// download() with the link's click caught) and reports the blobs' types and sizes, the errors, the notices and
// every CSP violation to export-csp.test.ts.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
});

const TAGS = ['ttp-attack-chart', 'border-map', 'conflict-timeline'];
const drawn = new Set();
document.addEventListener('cv-render', (event) => drawn.add(event.target.localName));

/** The PNG's size in pixels, read from its IHDR chunk. */
async function pngSize(blob) {
  const view = new DataView(await blob.arrayBuffer());
  return [view.getUint32(16), view.getUint32(20)];
}

async function exportAll(el) {
  const result = {};
  for (const format of ['svg', 'png', 'csv']) {
    try {
      const blob = await el.toBlob(format);
      result[format] = { type: blob.type, size: blob.size };
      if (format === 'svg') result.svgSize = [...(await blob.text()).matchAll(/<svg[^>]* width="(\d+)" height="(\d+)"/g)][0].slice(1).map(Number);
      if (format === 'png') result.pngSize = await pngSize(blob);
    } catch (error) {
      result[format] = { error: error.message };
    }
  }
  return result;
}

async function report() {
  if (TAGS.some((tag) => !drawn.has(tag))) return setTimeout(report, 50);
  const elements = Object.fromEntries(await Promise.all(TAGS.map(async (tag) => [tag, await exportAll(document.querySelector(tag))])));
  // A button's download, as a reader makes it: the link is caught instead of followed.
  const saved = [];
  HTMLAnchorElement.prototype.click = function () {
    saved.push(this.download);
  };
  const chart = document.querySelector('ttp-attack-chart');
  for (const button of chart.shadowRoot.querySelectorAll('[part="download-button"]')) button.click();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await chart.updateComplete;
  const notice = chart.shadowRoot.querySelector('[role="alert"]')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  window.parent.postMessage({ type: 'export-report', violations, elements, saved, notice }, '*');
}
report();
