/** The geometry attributes of an element's SVG, checked by the fuzz tests for NaN and Infinity. */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'transform', 'viewBox', 'points']);

/** Every geometry attribute in the element's shadow SVG that holds NaN or Infinity, as `<tag attr="value">`. */
export function badGeometry(el: Element): string[] {
  const bad: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('svg, svg *')) {
    for (const attr of node.attributes) {
      if (GEOMETRY.has(attr.name) && /NaN|Infinity/.test(attr.value)) bad.push(`<${node.localName} ${attr.name}="${attr.value.slice(0, 60)}">`);
    }
  }
  return bad;
}
