// Runs inside the CSP page: records every CSP violation and what each element drew, for csp.test.ts.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample ?? ''}`.trim());
});

const outcome = new Map();
for (const type of ['cv-render', 'cv-error']) {
  document.addEventListener(type, (event) => {
    const el = event.target;
    if (el.id && !outcome.has(el.id)) outcome.set(el.id, type);
  });
}

// Report once every element has drawn or failed, after a frame for late violations.
const report = () => {
  const elements = [...document.querySelectorAll('[id]')].filter((el) => el.localName.includes('-'));
  if (elements.some((el) => !outcome.has(el.id))) return setTimeout(report, 50);
  requestAnimationFrame(() =>
    setTimeout(() => {
      const drawn = Object.fromEntries(
        elements.map((el) => [el.id, { event: outcome.get(el.id), marks: el.shadowRoot?.querySelectorAll('svg path, svg rect, svg circle').length ?? 0 }]),
      );
      window.parent.postMessage({ type: 'csp-report', violations, drawn }, '*');
    }, 100),
  );
};
report();
