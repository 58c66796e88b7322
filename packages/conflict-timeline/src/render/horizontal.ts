/** The horizontal plot as an SVG: grid, era bands with their names, the axis, events in lanes, counts; zoomed and panned by hand. */
import { html, nothing, svg } from 'lit';
import type { Box, ZoomPanController } from '@conflict-viz/core';
import { formatEventDate, type Cluster, type HorizontalScene, type Line, type TimelineLabel } from '../conflict-timeline.model.js';
import { SHAPE_PATHS } from './glyphs.js';

export interface HorizontalView {
  /** The events' nodes in the accessibility tree, laid over the drawing (and under its counts, which take the pointer). */
  readonly marks: unknown;
  /** The listeners that turn drags, pinches and the wheel into zoom and pan. */
  readonly gestures: Pick<ZoomPanController<unknown>, 'pointerDown' | 'pointerMove' | 'pointerUp' | 'click' | 'wheel'>;
  /** The event in the detail panel, drawn as chosen. */
  readonly selectedId?: string;
  /** An event's part names: `mark`, and `highlighted` where a linked element's choice includes it. */
  readonly part: (event: unknown) => string;
  /** Where the focus ring goes: the active mark's box, if it shows. */
  readonly ring?: Box;
  /** A count was chosen: zoom into it. */
  readonly openCluster: (event: Event, cluster: Cluster) => void;
}

const line = ([x1, y1, x2, y2]: Line) => svg`<line x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`;
const rect = ({ x, y, width, height }: Box, rx: number, className?: string) =>
  svg`<rect class=${className ?? nothing} x=${x} y=${y} width=${width} height=${height} rx=${rx}></rect>`;
/** A label centred on its line; `dir="auto"` lets Arabic and Urdu titles set their own direction. */
const text = ({ x, y, anchor, text }: Pick<TimelineLabel, 'x' | 'y' | 'anchor' | 'text'>, className?: string) =>
  svg`<text class=${className ?? nothing} x=${x} y=${y} dy="0.35em" text-anchor=${anchor}>${text}</text>`;

export function renderHorizontal(scene: HorizontalScene, view: HorizontalView) {
  const { width, height } = scene;
  const { gestures } = view;
  return html`<svg
    part="svg"
    viewBox="0 0 ${width} ${height}"
    width=${width}
    height=${height}
    @pointerdown=${gestures.pointerDown}
    @pointermove=${gestures.pointerMove}
    @pointerup=${gestures.pointerUp}
    @pointercancel=${gestures.pointerUp}
    @click=${gestures.click}
    @wheel=${gestures.wheel}
  >
    ${renderDrawing(scene, view)}
  </svg>`;
}

/**
 * The drawing, hidden from the accessibility tree where its labels may be cut short: each era band is an
 * image named in full (its label inside is not read), and the events are read from their nodes, whole.
 */
function renderDrawing(scene: HorizontalScene, view: HorizontalView) {
  return svg`<g aria-hidden="true">
    <g class="grid">${scene.ticks.map((t) => line(t.grid))}</g>
    <g class="axis" part="axis">
      ${line(scene.axis)}
      ${scene.ticks.map((t) => svg`${line(t.line)}${text({ ...t, text: t.label, anchor: 'middle' })}`)}
    </g>
    </g>
    <g role="group" aria-label="Eras">
    ${scene.eras.map(
      ({
        era,
        box,
        label,
      }) => svg`<g class="era${era.t1 === undefined ? ' open' : ''}" part="era" role="img" aria-label="${era.title}: ${formatEventDate(era, scene.format)}">
        ${rect(box, 3)}${label ? text(label, 'small') : nothing}
      </g>`,
    )}
    </g>
    <g aria-hidden="true">
    ${scene.categories.map(
      (c) => svg`<g .style=${`--_k:${c.color}`}>
        ${scene.placed
          .filter((p) => scene.events[p.index].category === c.id)
          .map((p) => {
            // Grouped by category, so Lit updates the same elements as the window moves instead of replacing them.
            const event = scene.events[p.index];
            return svg`<g class="mark${event.id === view.selectedId ? ' selected' : ''}" part=${view.part(event)}>
              ${p.bar ? rect(p.bar, 3, 'bar') : nothing}
              <path class="glyph" transform="translate(${p.x},${p.y})" d=${SHAPE_PATHS[c.shape]}></path>
              ${text(p.label, 'label')}
            </g>`;
          })}
      </g>`,
    )}
    </g>
    ${view.marks}
    <g aria-hidden="true">
    ${scene.clusters.map(
      (cluster) => svg`<g class="cluster" part="cluster" @click=${(event: Event) => view.openCluster(event, cluster)}>
        ${rect(cluster.box, 7)}${text({ x: cluster.box.x + cluster.box.width / 2, y: cluster.box.y + cluster.box.height / 2, anchor: 'middle', text: cluster.label }, 'small')}
      </g>`,
    )}
    ${view.ring ? rect({ x: view.ring.x - 3, y: view.ring.y - 3, width: view.ring.width + 6, height: view.ring.height + 6 }, 5, 'focus-ring') : nothing}
    </g>`;
}
