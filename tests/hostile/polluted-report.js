// What each element shows on the polluted page: its text (shadow root and open data table) and links, and
// the page's uncaught errors, posted to the test once every element has drawn or failed (or after 10 s).
const errors = [];
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
const outcome = new Map();
for (const type of ['cv-render', 'cv-error']) {
  document.addEventListener(type, (event) => outcome.set(event.target.id, type));
}

const started = performance.now();
const report = async () => {
  const elements = [...document.querySelectorAll('[id]')];
  if (elements.some((el) => !outcome.has(el.id)) && performance.now() - started < 10_000) return setTimeout(report, 50);
  for (const el of elements) el.shadowRoot?.querySelector('[part~="table-button"]')?.click();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const shown = Object.fromEntries(
    elements.map((el) => [
      el.id,
      {
        outcome: outcome.get(el.id) ?? 'nothing',
        text: el.shadowRoot?.textContent ?? '',
        labels: [...(el.shadowRoot?.querySelectorAll('[aria-label]') ?? [])].map((node) => node.getAttribute('aria-label')).join(' '),
        links: [...(el.shadowRoot?.querySelectorAll('[href]') ?? [])].map((a) => a.getAttribute('href')),
      },
    ]),
  );
  window.parent.postMessage({ type: 'polluted-report', errors, shown }, '*');
};
report();
