/** <border-map>: a border between two countries on an SVG map, with places, markers, district circles, zoom and a locator. */
import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import {
  CvElement,
  LastResult,
  ZoomPanController,
  readWholeNumber,
  PlotBoxController,
  boxStyles,
  defineElement,
  type FrameStrings,
  type InteractiveScene,
  type LayoutContext,
  type Parsed,
  type Read,
  type SceneDescription,
  type ViewPoint,
} from '@conflict-viz/core';
import { locatorLand } from '@conflict-viz/data/locator-land';
import {
  DISPUTED_STYLES,
  EVENT_YEARS,
  MapCache,
  NO_ZOOM,
  PROJECTIONS,
  constrainZoom,
  describeBorderMap,
  describeBorderMapLabel,
  layoutBorderMap,
  markAt,
  markPosition,
  markToward,
  parseMapGeometry,
  parseMarkers,
  placeMapLabels,
  readLayers,
  needsIsoCodes,
  resolveHighlight,
  resolveZoom,
  topologyFeature,
  zoomAround,
  zoomBetween,
  frameMark,
  zoomToShow,
  type BorderMapData,
  type BorderMapScene,
  type DisputedStyle,
  type LayerName,
  type CodeEquivalents,
  type MapGeometry,
  type MapMarker,
  type PlacedLabel,
  type ProjectionName,
  type Zoom,
  type ZoomRequest,
} from './model/index.js';
import { borderMapPreset, type MapParseOptions } from './border-map.preset.js';
import { loadIsoCodes } from './border-map.iso-codes.js';
import {
  describeTable,
  drawingOrder,
  renderFocusRing,
  renderInset,
  renderLabel,
  renderLegend,
  renderMark,
  renderNotes,
  renderZoomButtons,
  reservedBoxes,
} from './border-map.render.js';
import { borderMapStyles } from './border-map.styles.js';
import type { BorderMapGeometry, BorderMapMarker, BorderMapSelection } from './border-map.types.js';

/** The map's words beside the frame's; its preset replaces some while the article's map is drawn. */
export interface MapStrings extends FrameStrings {
  /** A place of the preset, in the legend and the table. */
  readonly place: string;
  /** Before the years of the district circles' legend. */
  readonly districtEvents: string;
  readonly disputed: string;
  /** After the highlighted border's name, where its source states a length. */
  readonly statedLength: (km: string) => string;
}

interface MapOptions {
  /** The highlighted pair is read with the geometry; everything else is layout. */
  readonly parse: MapParseOptions;
  readonly projection: ProjectionName;
  readonly disputed: DisputedStyle;
  /** Undefined: the default for the geometry (places and inset on the article's map, inset on others). */
  readonly layers?: ReadonlySet<LayerName>;
  readonly markers: readonly MapMarker[];
  readonly from?: number;
  readonly to?: number;
  readonly zoom?: ZoomRequest;
}

/** A map scene at a zoom: its marks where they are drawn, its labels placed for that zoom, and its words. */
type MapScene = BorderMapScene &
  InteractiveScene & {
    readonly geometry: MapGeometry;
    readonly zoom: Zoom;
    readonly labels: readonly PlacedLabel[];
    readonly strings: MapStrings;
  };

const INSET_ONLY: ReadonlySet<LayerName> = new Set(['inset']);
const NO_LAYERS: ReadonlySet<LayerName> = new Set();
const NO_MARKERS: readonly MapMarker[] = [];
const ZOOM_STEP = 1.6;
/**
 * What every map on the page remembers: parsed geometry, border lines and views. A second map of the
 * same geometry, or a resize back to an earlier width, draws without parsing or projecting again.
 */
const cache = new MapCache();

/**
 * A border between two countries on an accessible SVG map. Give it your geometry (`src` or `data`:
 * TopoJSON or GeoJSON in longitude/latitude, e.g. world-atlas `countries-50m.json`), the pair to
 * emphasise (`highlight="IND PAK"`) and your points (`markers`), and it tells any border story with
 * nothing of the article's. Given no geometry: Afghanistan, Pakistan and their neighbours (Natural
 * Earth via world-atlas), the Durand Line highlighted with the article's 2,640 km beside the length
 * measured on the map, and the places the article names.
 *
 * Countries are matched by their `id` or an ISO code property (`iso_a3`, `adm0_a3`…), and by the
 * same country's other ISO 3166-1 code (alpha-3 or numeric). In TopoJSON the
 * borders come from shared arcs, and a line object named `disputed` is drawn in the disputed style;
 * in GeoJSON the highlighted border is where the two outlines share vertices, and other borders are
 * drawn as outlines. Polygons wound the GeoJSON (RFC 7946) way are turned round for d3-geo, so
 * world-atlas `countries-110m.json` and `countries-50m.json` and GeoJSON from common tools all work as `src`.
 *
 * @summary Accessible map of Afghanistan, Pakistan and the Durand Line, or of any border pair.
 * @tag border-map
 *
 * @fires {CvSelectEvent<BorderMapSelection>} cv-select - A place, marker, district or the border was chosen by click, tap or Enter; `detail` describes it (`kind`, name, coordinates…).
 * @fires {CvRenderEvent} cv-render - The map was drawn; `detail` has the duration and mark count.
 * @fires {CvErrorEvent} cv-error - Input was rejected; `detail.messages` says why. The last good map stays.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The heading.
 * @csspart description - The description under the heading.
 * @csspart error - The notice listing input problems.
 * @csspart legend - The legend.
 * @csspart plot - The focusable map area.
 * @csspart svg - The map's SVG.
 * @csspart border - The highlighted border line.
 * @csspart mark - A place, marker or district circle.
 * @csspart label - A label on the map.
 * @csspart inset - The locator globe.
 * @csspart zoom - The zoom buttons, and the pan buttons once zoomed.
 * @csspart notes - The notes under the map (lengths, point of view, projection).
 * @csspart tooltip - The tooltip.
 * @csspart summary - The generated text summary (visually hidden).
 * @csspart source - The source line.
 * @csspart table-button - The "Show data table" button.
 * @csspart download-button - A download button of `actions` (PNG, SVG or CSV).
 * @csspart sound-button - The button of `actions="sound"` that plays the values as pitch (pressed while on).
 * @csspart table - The data table.
 *
 * @cssprop [--border-map-height=the map's height for the width (at most 600px) and room for the text] - The element's height (a length), which `conflict-viz.css` reserves before the script runs; the map takes what the text, legend and notes leave.
 * @cssprop [--border-map-highlight-color=var(--cv-color-accent)] - The highlighted border. Each colour token here is for the light theme; its dark twin is `--border-map-dark-…`, e.g. `--border-map-dark-land-color`.
 * @cssprop [--border-map-highlight-width=3px] - Its stroke width.
 * @cssprop [--border-map-border-color=#6f757c] - Other borders.
 * @cssprop [--border-map-disputed-color=#3d4249] - Disputed lines.
 * @cssprop [--border-map-disputed-dash=5 4] - Their dash pattern with `disputed="dashed"`.
 * @cssprop [--border-map-land-color=#f4f1ea] - Land.
 * @cssprop [--border-map-focus-land-color=#e6dfcf] - The two highlighted countries.
 * @cssprop [--border-map-water-color=#dbe7f0] - Water and everything outside the geometry.
 * @cssprop [--border-map-marker-color=var(--cv-color-text)] - Places and markers.
 * @cssprop [--border-map-event-color=#9a3412] - District circles.
 * @cssprop [--cv-font-family=system-ui] - Font of all text.
 * @cssprop [--cv-color-text=#1b1d21] - Text colour (light theme).
 * @cssprop [--cv-dark-color-text=#e8eaed] - Text colour (dark theme); every `--cv-color-…` has its dark twin `--cv-dark-color-…`.
 * @cssprop [--cv-color-background=#ffffff] - Background colour (light theme).
 * @cssprop [--cv-dark-color-background=#17191e] - Background colour (dark theme).
 *
 * @slot - Fallback for readers without JavaScript, e.g. an `<img>` of the map or a `<table>` of places.
 *   A `<script type="application/json">` child with TopoJSON or GeoJSON is read as the geometry.
 */
export class BorderMap extends CvElement<BorderMapData, MapOptions, MapScene, BorderMapSelection> {
  static override styles = [...CvElement.styles, boxStyles, borderMapStyles];
  static override preset = borderMapPreset;
  static override strings: MapStrings = {
    ...CvElement.strings,
    plotName: 'Map',
    keptDrawing: 'The map shows the last valid data.',
    keyboardHint:
      'Arrow keys move between marks by their position on the map, Home and End to the westernmost and easternmost, Page Up and Page Down to the next group (places, districts); Enter selects; plus and minus zoom, Shift with an arrow key moves the zoomed map, 0 resets.',
    place: 'Place',
    districtEvents: 'Events per district',
    disputed: 'Disputed boundary',
    statedLength: (km) => `: ${km} km as stated`,
  };

  /** Reactive properties and their attributes, in Lit's static form (no decorator code in the bundles); `state: true` marks internal state. */
  static override properties: PropertyDeclarations = {
    layers: {},
    highlight: {},
    projection: {},
    disputed: {},
    markers: {},
    from: {},
    to: {},
    zoomRequest: { state: true },
    isoCodes: { state: true },
  };

  /**
   * Layers to draw, separated by spaces: `places` (the article's places), `events` (UCDP events per
   * district), `inset` (the locator globe). Default: `places inset` on the article's map, `inset` on
   * your own geometry, where `places` and `events` draw nothing (your points are `markers`); an empty
   * value draws none.
   */
  layers?: string;

  /**
   * Two countries whose shared border is emphasised, both drawn whole and the map fitted to them: by
   * ISO 3166-1 alpha-3 code (`IND PAK`), numeric code (`356 586`, as world-atlas ids them) or the
   * geometry's own ids. Default: `AFG PAK` on the article's map, none on yours; `none` for no highlight.
   */
  highlight?: string;

  /** `conic-conformal` (default, fitted to the region), `equirectangular` or `orthographic`. */
  projection: 'conic-conformal' | 'equirectangular' | 'orthographic' = 'conic-conformal';

  /** How disputed boundaries are drawn: `dashed` (default), `solid` or `hidden`. */
  disputed: 'dashed' | 'solid' | 'hidden' = 'dashed';

  /**
   * Your own points: an array (or JSON text) of `{lon, lat, label, note?, href?}`. Points outside the
   * map are drawn as arrows at its edge and listed in the notes; `href` must be an http(s) link.
   */
  markers?: readonly BorderMapMarker[] | string;

  /** GeoJSON or TopoJSON in longitude/latitude (frameworks set this). Takes precedence over every other input. */
  declare data?: BorderMapGeometry;

  /** First year of the events layer (2007–2021). */
  from?: string | number;

  /** Last year of the events layer (2007–2021). */
  to?: string | number;

  /** The zoom as last set; a new geometry starts unzoomed, a new size keeps the view, scaled. */
  private zoomRequest?: ZoomRequest;
  /** The ISO 3166-1 table, once a `highlight` has needed it (see loadIsoCodes). */
  private isoCodes?: CodeEquivalents;

  readonly #layers = new LastResult<Read<ReadonlySet<LayerName>>>();
  readonly #layouts = new LastResult<BorderMapScene>();
  readonly #labels = new LastResult<PlacedLabel[]>();
  /** The map's box is CSS's, from its width alone: the map is laid out to what its text and notes leave of it. */
  protected override readonly plotBox = new PlotBoxController(this);

  protected override readonly zoomPan = new ZoomPanController<Zoom>(this, {
    view: () => this.#zoom(),
    show: (zoom) => this.#showZoom(zoom),
    zoomed: (zoom, factor, at) => this.#zoomed(zoom, factor, at),
    // A drag at full extent is a click: there is nothing to pan.
    panned: (zoom, dx, dy) =>
      zoom.k === 1 || !this.scene ? undefined : constrainZoom({ k: zoom.k, x: zoom.x + dx, y: zoom.y + dy }, this.scene.width, this.scene.height),
    reset: () => this.#showZoom(NO_ZOOM),
    reveal: (zoom, index) => (this.scene ? zoomToShow(zoom, this.scene.items[index], this.scene.width, this.scene.height) : zoom),
    ease: { initial: () => NO_ZOOM, between: (from, to, t) => zoomBetween(from, to, t, this.scene!.width, this.scene!.height) },
    step: ZOOM_STEP,
  });

  protected readOptions(): MapOptions {
    const { read } = this;
    const projection = read.keyword('projection', this.projection, PROJECTIONS);
    const disputed = read.keyword('disputed', this.disputed, DISPUTED_STYLES);
    const [from, to] = read.range(this.from, this.to, (year) => readWholeNumber(year, EVENT_YEARS[0], EVENT_YEARS[1]));
    const markers = this.markers == null || this.markers === '' ? NO_MARKERS : read.parsedOption('markers', this.markers, parseMarkers, NO_MARKERS);
    return {
      parse: { highlight: this.highlight, isoCodes: this.isoCodes },
      projection,
      disputed,
      layers: this.#readLayers(),
      markers,
      from,
      to,
      zoom: this.zoomRequest,
    };
  }

  /** The layers asked for (undefined: the default); the same set while the attribute stays, the last good one while it is bad. */
  #readLayers(): ReadonlySet<LayerName> | undefined {
    const list = this.layers;
    return list == null
      ? undefined
      : this.read.option(
          'layers',
          this.#layers.get([list], () => readLayers(list)),
          undefined,
        );
  }

  protected parseData(input: unknown, source: string, { highlight, isoCodes }: MapOptions['parse']): Parsed<BorderMapData> {
    const geometry = parseMapGeometry(input, source, cache);
    if (!geometry.value) return { issues: geometry.issues };
    const g = geometry.value;
    // The article's pair is the article map's default only: on your geometry, `highlight` picks one.
    const wanted = highlight ?? (source === 'default' ? 'AFG PAK' : undefined);
    if (!isoCodes && needsIsoCodes(g, wanted)) {
      // Drawn once the table is here (the map keeps what it drew meanwhile): it is part of what the data is read with.
      void loadIsoCodes().then((table) => {
        this.isoCodes = table;
      });
      return { issues: [] };
    }
    const pair = resolveHighlight(g, wanted, cache, isoCodes);
    if (pair.value === undefined) return { issues: pair.issues };
    // Features left out (no geometry, no area, the whole globe) are named beside the map.
    return { value: { geometry: g, pair: pair.value, article: source === 'default' }, issues: [], warnings: geometry.warnings };
  }

  /** The map is projected once per geometry, options and size; a zoom only moves its marks and labels. */
  protected layout(data: BorderMapData, { zoom: request, parse: _parse, ...options }: MapOptions, context: LayoutContext, preset: boolean): MapScene {
    const scene = this.#layouts.get([data, preset, ...Object.values(options), context.width, context.height, context.format, context.rtl], () =>
      layoutBorderMap(data, { ...options, ...layersFor(options.layers, preset), land: topologyFeature(locatorLand, 'land', cache) }, context, cache),
    );
    // A zoom set on another geometry is dropped, so that geometry starts unzoomed if it comes back.
    if (request && request.geometry !== data.geometry) this.zoomRequest = undefined;
    const zoom = resolveZoom(request, data.geometry, scene.width, scene.height);
    const labels = this.#labels.get([scene, zoom.k, zoom.x, zoom.y], () => placeMapLabels(scene, zoom, reservedBoxes(scene, zoom)));
    const strings = (this.constructor as typeof BorderMap).strings;
    return {
      ...scene,
      geometry: data.geometry,
      zoom,
      labels,
      strings: preset ? { ...strings, ...borderMapPreset.strings } : strings,
      mark: (index) => frameMark(scene, scene.items[index], zoom),
      markAt: (x, y) => markAt(scene, zoom, x, y),
      markToward: (index, key) => markToward(scene, index, key),
    };
  }

  protected describe(scene: MapScene): SceneDescription {
    return { label: describeBorderMapLabel(scene), summary: describeBorderMap(scene), table: () => describeTable(scene, scene.strings) };
  }

  protected override render() {
    const scene = this.scene;
    // The legend and notes are in the plot's box, under the map: the plot keeps its height when they arrive with the data.
    return this.renderFrame({
      plot: scene && html`${this.#renderPlot(scene, this.navigation.highlighted)} ${renderLegend(scene, scene.strings)} ${renderNotes(scene)}`,
    });
  }

  // ---- zoom ---------------------------------------------------------------------------------------

  /** The zoom as last set, for the geometry and size drawn now. */
  #zoom(): Zoom {
    const scene = this.scene;
    return scene ? resolveZoom(this.zoomRequest, scene.geometry, scene.width, scene.height) : NO_ZOOM;
  }

  #showZoom(zoom: Zoom): void {
    const scene = this.scene;
    if (scene) this.zoomRequest = { zoom, geometry: scene.geometry, width: scene.width, height: scene.height };
  }

  /** `zoom` by `factor` around a point, by default the active mark while it shows and is in view, else the centre. */
  #zoomed(zoom: Zoom, factor: number, at?: ViewPoint): Zoom | undefined {
    const scene = this.scene;
    if (!scene) return undefined;
    let [cx, cy] = at ?? [scene.width / 2, scene.height / 2];
    const mark = at ? undefined : scene.items[this.navigation.highlighted];
    if (mark && !mark.offMap) {
      const [x, y] = markPosition(mark, zoom);
      if (x >= 0 && x <= scene.width && y >= 0 && y <= scene.height) [cx, cy] = [x, y];
    }
    const next = zoomAround(zoom, factor, cx, cy, scene.width, scene.height);
    return next.k === zoom.k && next.x === zoom.x && next.y === zoom.y ? undefined : next;
  }

  // ---- rendering ----------------------------------------------------------------------------------

  #renderPlot(scene: MapScene, active: number) {
    const { width, height, zoom } = scene;
    const zp = this.zoomPan;
    const mark = active >= 0 ? scene.items[active] : undefined;
    const path = (cls: string, d: string) => (d ? svg`<path class="line ${cls}" d=${d}></path>` : nothing);
    return html`<div class="map area">
        <svg
          part="svg"
          class="map-svg ${zoom.k > 1 ? 'zoomed' : ''}"
          viewBox="0 0 ${width} ${height}"
          width=${width}
          height=${height}
          @pointerdown=${zp.pointerDown}
          @pointermove=${zp.pointerMove}
          @pointerup=${zp.pointerUp}
          @pointercancel=${zp.pointerUp}
          @click=${zp.click}
          @wheel=${zp.wheel}
        >
          <rect class="water" width=${width} height=${height}></rect>
          <g transform="translate(${zoom.x} ${zoom.y}) scale(${zoom.k})">
            <g class=${scene.geometryFormat === 'GeoJSON' ? 'outlines' : ''}>
              ${scene.countries.map((c) => svg`<path class="country ${c.focus ? 'focus' : ''}" data-code=${c.code} d=${c.d}></path>`)}
            </g>
            ${path('', scene.borders)} ${path(`disputed ${scene.disputedStyle}`, scene.disputed)}
            ${mark?.kind === 'border' ? path('focus-line', scene.highlight) : nothing}
            ${scene.highlight ? svg`<path part="border" class="line highlight" d=${scene.highlight}></path>` : nothing}
            ${path(`highlight ${scene.disputedStyle}`, scene.highlightDisputed)}
          </g>
          ${drawingOrder(scene.items).map((m) => renderMark(m, markPosition(m, zoom), this.linked.part))}
          <g aria-hidden="true">${scene.labels.map(renderLabel)}</g>
          ${mark && mark.kind !== 'border' ? renderFocusRing(mark, markPosition(mark, zoom)) : nothing} ${renderInset(scene.inset)}
          ${this.renderMarks()}
        </svg>
        ${renderZoomButtons(zoom, {
          zoomIn: () => zp.zoomBy(ZOOM_STEP),
          zoomOut: () => zp.zoomBy(1 / ZOOM_STEP),
          reset: () => zp.reset(),
          pan: (dx, dy) => zp.panStep(dx, dy),
        })}
      </div>`;
  }
}

/**
 * The layers and what they draw: the article's places and district events go with the article's
 * geometry only; on anyone else's map they would be out of place, so only the inset is left.
 */
function layersFor(layers: ReadonlySet<LayerName> | undefined, preset: boolean) {
  if (preset) return { layers: layers ?? borderMapPreset.layers, places: borderMapPreset.places, districts: borderMapPreset.districts };
  return { layers: !layers || layers.has('inset') ? INSET_ONLY : NO_LAYERS, places: [], districts: [] };
}

defineElement('border-map', BorderMap);

declare global {
  interface HTMLElementTagNameMap {
    'border-map': BorderMap;
  }
}
