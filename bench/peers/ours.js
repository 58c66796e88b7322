// Our elements, rendered the way a page uses them.
import '@conflict-viz/ttp-attack-chart';

/** Connect an element with `data`, resolve when it has drawn (cv-render). */
export function renderElement(tag, container, data, { width }, attributes = {}) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  container.style.width = `${width}px`;
  const drawn = new Promise((resolve) => el.addEventListener('cv-render', resolve, { once: true }));
  container.append(el);
  return drawn.then(() => () => el.remove());
}
