// Our elements, rendered the way a page uses them.
import '@conflict-viz/ttp-attack-chart';

/**
 * Create and connect an element with `data`; returns `drawn()`, true once its shadow root holds at least
 * `marks` marks (part "mark", a stable part name), and `cleanup()`.
 */
export function renderElement(tag, container, data, { width }, { attributes = {}, marks = 1 } = {}) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  container.style.width = `${width}px`;
  container.append(el);
  return {
    drawn: () => (el.shadowRoot?.querySelectorAll('[part~="mark"]').length ?? 0) >= marks,
    cleanup: () => el.remove(),
  };
}
