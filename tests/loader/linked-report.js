// Runs inside tests/loader/linked-bundles.html: once the three elements have joined their group, chooses 2014 on
// the chart with the keyboard (the chart is from one build, the timeline and the map from another) and reports
// what each highlighted and said, the CSP violations and the files requested, for loader.test.ts.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample ?? ''}`.trim());
});

const ids = ['chart', 'timeline', 'map'];
const byId = (id) => document.getElementById(id);
/** The module gave the element's shadow root the highlighted marks' styles: it has joined its group. */
const joined = (el) => el.shadowRoot?.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('highlighted')));

function choose() {
  if (!ids.every((id) => joined(byId(id)))) return setTimeout(choose, 50);
  const chart = byId('chart');
  const plot = chart.shadowRoot.querySelector('[part="plot"]');
  plot.focus();
  const press = (key) => (chart.shadowRoot.activeElement ?? plot).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  // From 2007, seven years on: 2014.
  for (let i = 0; i < 7; i++) press('ArrowRight');
  press('Enter');
  Promise.all(ids.map((id) => byId(id).updateComplete)).then(() => requestAnimationFrame(() => setTimeout(report, 100)));
}

function report() {
  const linked = Object.fromEntries(
    ids.map((id) => {
      const root = byId(id).shadowRoot;
      return [id, { highlighted: root.querySelectorAll('[part~="highlighted"]').length, said: root.querySelector('.live').textContent.trim() }];
    }),
  );
  const requests = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  const chartClass = customElements.get('ttp-attack-chart');
  // Two builds: the chart's class and the timeline's do not share their base class.
  const twoBuilds = Object.getPrototypeOf(chartClass) !== Object.getPrototypeOf(customElements.get('conflict-timeline'));
  window.parent.postMessage({ type: 'linked-report', violations, linked, requests, twoBuilds }, '*');
}

window.addEventListener('load', choose);
