// Runs inside the loader test pages, as a module or as a classic script (no import or export here): records
// CSP violations, what each element with an id drew, and every file the page requested, for loader.test.ts.
// The page lists the ids it waits for in <meta name="expect">, elements added after load among them.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample ?? ''}`.trim());
});

const outcome = new Map();
for (const type of ['cv-render', 'cv-error']) {
  document.addEventListener(type, (event) => {
    const id = event.target.id;
    if (id && !outcome.has(id)) outcome.set(id, type);
  });
}

function send() {
  const expected = document.querySelector('meta[name="expect"]').content.split(' ');
  if (expected.some((id) => !outcome.has(id))) return setTimeout(send, 50);
  // Each element's update done (what it draws on request included), then a frame and a moment more, for late violations and requests.
  Promise.all(expected.map((id) => document.getElementById(id).updateComplete)).then(() =>
    requestAnimationFrame(() => setTimeout(() => report(expected), 100)),
  );
}

function report(expected) {
  const drawn = Object.fromEntries(
    expected.map((id) => {
      const el = document.getElementById(id);
      const marks = el.shadowRoot?.querySelectorAll('svg path, svg rect, svg circle').length ?? 0;
      const summary = el.shadowRoot?.querySelector('[part="summary"]')?.textContent ?? '';
      const downloadButtons = el.shadowRoot?.querySelectorAll('[part="download-button"]').length ?? 0;
      return [id, { tag: el.localName, event: outcome.get(id), marks, summary, downloadButtons }];
    }),
  );
  const requests = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  const moduleScripts = [...document.querySelectorAll('script[type="module"]')].map((script) => script.outerHTML.slice(0, 200));
  window.parent.postMessage({ type: 'loader-report', violations, drawn, requests, moduleScripts }, '*');
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', send);
else send();
