// One page, three renderers of the same yearly bars: ours, Chart.js and Observable Plot.
import { renderChartJs } from './chartjs.js';
import { renderPlot } from './plot.js';
import { renderElement } from './ours.js';
import { timeToPainted } from './painted.js';

window.timeToPainted = timeToPainted;

window.suite = {
  '<ttp-attack-chart>': (container, rows, size) =>
    renderElement('ttp-attack-chart', container, rows, size, { attributes: { annotations: '[]' }, marks: rows.length }),
  'Chart.js': (container, rows, size) => renderChartJs(container, rows, size),
  'Observable Plot': (container, rows, size) => renderPlot(container, rows, size),
};
