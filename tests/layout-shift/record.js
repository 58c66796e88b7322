// Runs first in page.html, as a classic script: records every layout shift (a PerformanceObserver of
// `layout-shift`, buffered, as the web-vitals library measures CLS) and, once every element with an id
// has drawn or failed and the page has been still for a while, posts what it saw to the parent, with where
// every block of the page was before the script ran and where it is at the end.
const shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const sources = entry.sources.map((source) => {
      const node = source.node;
      const name = !node ? '?' : node.nodeType === 1 ? `${node.localName}${node.id ? `#${node.id}` : ''}` : `"${node.textContent.trim().slice(0, 40)}"`;
      const rect = (r) => `${Math.round(r.y)}+${Math.round(r.height)}`;
      return `${name} ${rect(source.previousRect)} -> ${rect(source.currentRect)}`;
    });
    shifts.push({ value: entry.value, time: Math.round(entry.startTime), sources });
  }
}).observe({ type: 'layout-shift', buffered: true });

/** Each block of the body: its name, top and height. */
function blocks() {
  return [...document.body.children]
    .filter((el) => el.localName !== 'script')
    .map((el) => {
      const rect = el.getBoundingClientRect();
      return `${el.localName}${el.id ? `#${el.id}` : ''} at ${rect.top + scrollY}, ${rect.height} tall`;
    });
}

// Before the script: page.html calls this from a classic script at the end of its body, which runs once the
// body is parsed and the stylesheet applied; the module script runs later. Whether any element was defined
// by then is reported too.
let blocksBefore;
let definedBefore;
window.recordBefore = () => {
  blocksBefore = blocks();
  definedBefore = ['ttp-attack-chart', 'border-map', 'conflict-timeline'].filter((tag) => customElements.get(tag));
};

const outcome = new Map();
for (const type of ['cv-render', 'cv-error']) {
  document.addEventListener(type, (event) => outcome.set(event.target.id, type));
}

function report() {
  const ids = [...document.querySelectorAll('[id]')].filter((el) => el.localName.includes('-')).map((el) => el.id);
  if (ids.some((id) => !outcome.has(id))) return setTimeout(report, 50);
  // Shifts are reported after the frame that made them: wait for a few quiet frames and a moment more.
  setTimeout(() => {
    const heights = Object.fromEntries(ids.map((id) => [id, Math.round(document.getElementById(id).getBoundingClientRect().height)]));
    const report = { shifts, outcome: Object.fromEntries(outcome), heights, before: blocksBefore, after: blocks(), definedBefore };
    window.parent.postMessage({ type: 'layout-shift-report', ...report }, '*');
  }, 500);
}

addEventListener('load', report);
