// Chart.js, tree-shaken to what a bar chart needs; no animation, fixed size, so the constructor draws.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export function renderChartJs(container, rows, { width, height }) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  container.append(canvas);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: { labels: rows.map((r) => r.year), datasets: [{ label: 'events', data: rows.map((r) => r.events) }] },
    options: { animation: false, responsive: false, plugins: { legend: { display: false } } },
  });
  // The constructor has drawn the bars on the canvas.
  return { drawn: () => true, cleanup: () => chart.destroy() };
}
