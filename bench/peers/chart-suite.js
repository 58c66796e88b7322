// One page, three renderers of the same yearly bars: ours, Chart.js and Observable Plot.
import { renderChartJs } from './chartjs.js';
import { renderPlot } from './plot.js';
import { renderElement } from './ours.js';

window.suite = {
  '<ttp-attack-chart>': (container, rows, size) => renderElement('ttp-attack-chart', container, rows, size, { annotations: '[]' }),
  'Chart.js': (container, rows, size) => renderChartJs(container, rows, size),
  'Observable Plot': (container, rows, size) => renderPlot(container, rows, size),
};
