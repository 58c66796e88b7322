// Observable Plot's barY at the same size.
import { barY, plot } from '@observablehq/plot';

export function renderPlot(container, rows, { width, height }) {
  container.append(plot({ width, height, x: { type: 'band' }, marks: [barY(rows, { x: 'year', y: 'events' })] }));
  // plot() returns the finished SVG.
  return { drawn: () => true, cleanup: () => container.replaceChildren() };
}
