// Runs inside the Trusted Types page: records policy violations, uncaught errors, and what each element
// shows (a drawing, or the words about the policy), for tests/stress/trusted-types.test.ts.
const violations = [];
const errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample ?? ''}`.trim());
});
window.addEventListener('error', (event) => errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));

const rendered = new Set();
document.addEventListener('cv-render', (event) => rendered.add(event.target.id));

/** What an element shows: `drawn` (marks), or the alert inside it, and whether its own children show. */
function outcome(el) {
  const alert = el.shadowRoot?.querySelector('[role="alert"]');
  return {
    drawn: rendered.has(el.id) ? el.shadowRoot.querySelectorAll('svg path, svg rect, svg circle').length : 0,
    message: alert?.textContent ?? '',
    childrenShown: !!el.shadowRoot?.querySelector('slot') && el.firstElementChild?.getBoundingClientRect().height > 0,
  };
}

const started = performance.now();
const report = () => {
  const elements = [...document.querySelectorAll('[id]')];
  const done = elements.every((el) => rendered.has(el.id) || el.shadowRoot?.querySelector('p[role="alert"]'));
  if (!done && performance.now() - started < 10_000) return setTimeout(report, 50);
  setTimeout(() => {
    const shown = Object.fromEntries(elements.map((el) => [el.id, outcome(el)]));
    window.parent.postMessage({ type: 'trusted-types-report', violations, errors, shown }, '*');
  }, 200);
};
report();
