/** <border-map>: a border between two countries on an SVG map, with places, markers, district circles, zoom and a locator. */
import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  CvElement,
  readWholeNumber,
  clamp,
  defineElement,
  formatNumber,
  formatYear,
  type Box,
  type LayoutContext,
  type Parsed,
  type TableModel,
} from '@conflict-viz/core';
import { borderRegion } from '@conflict-viz/data/border-region';
import { locatorLand } from '@conflict-viz/data/locator-land';
import { mapPlaces } from '@conflict-viz/data/map-places';
import { ttpDistricts } from '@conflict-viz/data/ttp-districts';
import {
  DISPUTED_STYLES,
  EVENT_YEARS,
  LAYERS,
  NO_ZOOM,
  MAX_ZOOM,
  PROJECTIONS,
  constrainZoom,
  describeBorderMap,
  describeBorderMapLabel,
  formatCoordinates,
  findCountry,
  layoutBorderMap,
  mapHeight,
  markAt,
  markPosition,
  nextMark,
  parseMapGeometry,
  parseMarkers,
  placeMapLabels,
  resolveHighlight,
  topologyFeature,
  zoomAround,
  zoomToShow,
  type BorderMapData,
  type BorderMapScene,
  type DisputedStyle,
  type LayerName,
  type MapMarker,
  type PlacedLabel,
  type ProjectionName,
  type Zoom,
} from './border-map.model.js';
import { borderMapStyles } from './border-map.styles.js';

interface MapOptions {
  readonly projection: ProjectionName;
  readonly disputed: DisputedStyle;
  /** Undefined: the default for the geometry (places and inset on the article's map, inset on others). */
  readonly layers?: ReadonlySet<LayerName>;
  readonly highlight?: string;
  readonly markers: readonly MapMarker[];
  readonly from?: number;
  readonly to?: number;
}

const ARTICLE_LAYERS: ReadonlySet<LayerName> = new Set(['places', 'inset']);
const OTHER_LAYERS: ReadonlySet<LayerName> = new Set(['inset']);
const NO_MARKERS: readonly MapMarker[] = [];
const ZOOM_STEP = 1.6;
const CONTROLS_WIDTH = 48;

/**
 * A border between two countries on an accessible SVG map. By default: Afghanistan, Pakistan and
 * their neighbours (Natural Earth via world-atlas), the Durand Line highlighted with the article's
 * 2,640 km beside the length measured on the map, and the places the article names. Given your own
 * geometry (`src` or `data`: TopoJSON or GeoJSON in longitude/latitude), `highlight` and `markers`,
 * it tells any border story.
 *
 * Countries are matched by their `id` or an ISO code property (`iso_a3`, `adm0_a3`…). In TopoJSON the
 * borders come from shared arcs, and a line object named `disputed` is drawn in the disputed style;
 * in GeoJSON the highlighted border is where the two outlines share vertices, and other borders are
 * drawn as outlines. Rings wound the GeoJSON (RFC 7946) way are turned round for d3-geo.
 *
 * @summary Accessible map of Afghanistan, Pakistan and the Durand Line, or of any border pair.
 * @tag border-map
 *
 * @fires {CvSelectEvent} cv-select - A place, marker, district or the border was chosen by click, tap or Enter; `detail` describes it (`kind`, name, coordinates…).
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
 * @csspart zoom - The zoom buttons.
 * @csspart notes - The notes under the map (lengths, point of view, projection).
 * @csspart tooltip - The tooltip.
 * @csspart summary - The generated text summary (visually hidden).
 * @csspart source - The source line.
 * @csspart table-button - The "Show data table" button.
 * @csspart table - The data table.
 *
 * @cssprop [--border-map-highlight-color=var(--cv-color-accent)] - The highlighted border.
 * @cssprop [--border-map-highlight-width=3px] - Its stroke width.
 * @cssprop [--border-map-border-color=#7d838b] - Other borders.
 * @cssprop [--border-map-disputed-color=#3d4249] - Disputed lines.
 * @cssprop [--border-map-disputed-dash=5 4] - Their dash pattern with `disputed="dashed"`.
 * @cssprop [--border-map-land-color=#f4f1ea] - Land.
 * @cssprop [--border-map-focus-land-color=#e6dfcf] - The two highlighted countries.
 * @cssprop [--border-map-water-color=#dbe7f0] - Water and everything outside the geometry.
 * @cssprop [--border-map-marker-color=var(--cv-color-text)] - Places and markers.
 * @cssprop [--border-map-event-color=#c2410c] - District circles.
 * @cssprop [--cv-font-family=system-ui] - Font of all text.
 * @cssprop [--cv-color-text=#1b1d21] - Text colour.
 * @cssprop [--cv-color-background=#ffffff] - Background colour.
 *
 * @slot - Fallback for readers without JavaScript, e.g. an `<img>` of the map or a `<table>` of places.
 *   A `<script type="application/json">` child with TopoJSON or GeoJSON is read as the geometry.
 */
export class BorderMap extends CvElement<BorderMapData, MapOptions, BorderMapScene> {
  static override styles = [...CvElement.styles, borderMapStyles];

  /** Reactive properties and their attributes; `attribute: false` marks internal state. Lit's static form: no decorator code in the bundles. */
  static override properties: PropertyDeclarations = {
    layers: {},
    highlight: {},
    projection: {},
    disputed: {},
    markers: {},
    from: {},
    to: {},
    zoom: { attribute: false },
  };

  /**
   * Layers to draw, separated by spaces: `places` (the article's places), `events` (UCDP events per
   * district), `inset` (the locator globe). Default: `places inset` on the article's map, `inset` on
   * your own geometry; an empty value draws none.
   */
  layers?: string;

  /** Two country codes whose shared border is highlighted, e.g. `IND PAK`. Default `AFG PAK` when the geometry has both; `none` for no highlight. */
  highlight?: string;

  /** `conic-conformal` (default, fitted to the region), `equirectangular` or `orthographic`. */
  projection: string = 'conic-conformal';

  /** How disputed boundaries are drawn: `dashed` (default), `solid` or `hidden`. */
  disputed: string = 'dashed';

  /**
   * Your own points: an array (or JSON text) of `{lon, lat, label, note?, href?}`. Points outside the
   * map are drawn as arrows at its edge and listed in the notes; `href` must be an http(s) link.
   */
  markers?: unknown;

  /** First year of the events layer (2007–2021). */
  from?: string | number;

  /** Last year of the events layer (2007–2021). */
  to?: string | number;

  /** The current zoom: scale `k` and translation `x`, `y` in px. */
  protected zoom: Zoom = NO_ZOOM;

  #labels: PlacedLabel[] = [];
  #labelKey: unknown[] = [];
  #layersCache?: { raw: string | undefined; value: ReadonlySet<LayerName> | undefined };
  #drawn?: BorderMapData['geometry'];
  #pointers = new Map<number, [number, number]>();
  #gesture?: { zoom: Zoom; x: number; y: number; distance: number; moved: boolean };
  #suppressClick = false;
  #animation = 0;

  protected defaultData() {
    return borderRegion;
  }

  protected defaultText() {
    const events = this.scene?.events;
    return {
      heading: 'Afghanistan, Pakistan and the Durand Line',
      description:
        'The Durand Line, a border Afghanistan disputes (2,640 km in the article; published lengths run from 2,430 to 2,670 km), and the places the article names.' +
        (events ? ' Circles show UCDP events involving the Pakistani Taliban (TTP) in each district.' : ''),
      source: `Natural Earth (public domain); places: the article, GeoNames, UCDP${events ? '; events: UCDP GED 22.1 (CC BY 4.0)' : ''}`,
      sourceHref: 'https://www.naturalearthdata.com/',
    };
  }

  protected readOptions(): MapOptions {
    const projection = this.keyword('projection', this.projection, PROJECTIONS);
    const disputed = this.keyword('disputed', this.disputed, DISPUTED_STYLES);
    let from = this.option('from', readWholeNumber(this.from, EVENT_YEARS[0], EVENT_YEARS[1]), undefined);
    let to = this.option('to', readWholeNumber(this.to, EVENT_YEARS[0], EVENT_YEARS[1]), undefined);
    if (from !== undefined && to !== undefined && from > to) {
      this.reportOption('from', `${from} is after to ${to}`);
      from = to = undefined;
    }
    const markers = this.markers == null || this.markers === '' ? NO_MARKERS : this.parsedOption('markers', this.markers, parseMarkers, NO_MARKERS);
    return { projection, disputed, layers: this.#readLayers(), highlight: this.highlight, markers, from, to };
  }

  #readLayers(): ReadonlySet<LayerName> | undefined {
    const raw = this.layers ?? undefined;
    if (this.#layersCache && this.#layersCache.raw === raw) return this.#layersCache.value;
    if (raw === undefined) {
      this.#layersCache = { raw, value: undefined };
      return undefined;
    }
    const names = raw
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((name) => name.toLowerCase());
    const unknown = names.filter((name) => !(LAYERS as readonly string[]).includes(name));
    if (unknown.length) {
      this.reportOption('layers', `unknown layer ${unknown.map((n) => JSON.stringify(n)).join(', ')} (expected "places", "events" or "inset")`);
      return this.#layersCache?.value;
    }
    const value: ReadonlySet<LayerName> = new Set(names as LayerName[]);
    this.#layersCache = { raw, value };
    return value;
  }

  /** Only the highlighted pair is read with the geometry; zooming and layers are layout. */
  protected override parseKey(options: MapOptions): readonly unknown[] {
    return [options.highlight];
  }

  protected parseData(input: unknown, source: string, options: MapOptions): Parsed<BorderMapData> {
    const geometry = parseMapGeometry(input, source);
    if (!geometry.value) return { issues: geometry.issues };
    const g = geometry.value;
    const wanted = options.highlight ?? (findCountry(g, 'AFG') && findCountry(g, 'PAK') ? 'AFG PAK' : undefined);
    const pair = resolveHighlight(g, wanted);
    if (pair.value === undefined) return { issues: pair.issues };
    return { value: { geometry: g, pair: pair.value, article: source === 'default' }, issues: [] };
  }

  protected layout(data: BorderMapData, options: MapOptions, context: LayoutContext): BorderMapScene {
    return layoutBorderMap(
      data,
      {
        ...options,
        layers: options.layers ?? (data.article ? ARTICLE_LAYERS : OTHER_LAYERS),
        places: mapPlaces,
        districts: ttpDistricts,
        land: topologyFeature(locatorLand, 'land'),
      },
      context,
    );
  }

  protected reservedHeight(width: number): number {
    return mapHeight(width);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const before = this.scene;
    super.willUpdate(changed);
    const scene = this.scene;
    if (!scene) return;
    if (this.current?.geometry !== this.#drawn) {
      // A new geometry starts unzoomed; a new size keeps the view, scaled.
      this.#drawn = this.current?.geometry;
      this.zoom = NO_ZOOM;
    } else if (before && scene !== before && (before.width !== scene.width || before.height !== scene.height)) {
      const { k, x, y } = this.zoom;
      this.zoom = constrainZoom({ k, x: (x * scene.width) / before.width, y: (y * scene.height) / before.height }, scene.width, scene.height);
    }
    const key = [scene, this.zoom.k, this.zoom.x, this.zoom.y];
    if (key.some((part, i) => part !== this.#labelKey[i])) {
      this.#labelKey = key;
      this.#labels = placeMapLabels(scene, this.zoom, this.#reservedBoxes(scene));
    }
  }

  /** Where the inset and the zoom buttons sit: no label goes there. */
  #reservedBoxes(scene: BorderMapScene): Box[] {
    const boxes: Box[] = [{ x: scene.rtl ? 0 : scene.width - CONTROLS_WIDTH, y: 0, width: CONTROLS_WIDTH, height: 116 }];
    if (scene.inset) boxes.push({ x: scene.inset.x, y: scene.inset.y, width: scene.inset.size, height: scene.inset.size });
    return boxes;
  }

  protected describeLabel(scene: BorderMapScene): string {
    return describeBorderMapLabel(scene);
  }

  protected describeSummary(scene: BorderMapScene): string {
    return describeBorderMap(scene);
  }

  protected keyboardHint(): string {
    return 'Arrow keys move between marks by their position on the map, Home and End to the westernmost and easternmost; Enter selects; plus and minus zoom, 0 resets.';
  }

  protected tooltipFor(scene: BorderMapScene, index: number) {
    const mark = scene.items[index];
    const [x, y] = markPosition(mark, this.zoom);
    return { x: clamp(x, 0, scene.width), y: clamp(y - mark.r, 0, scene.height), title: mark.title, lines: mark.lines };
  }

  protected datumAt(scene: BorderMapScene, index: number) {
    return scene.items[index].datum;
  }

  protected indexAt(scene: BorderMapScene, x: number, y: number): number {
    return markAt(scene, this.zoom, x, y);
  }

  protected tableModel(scene: BorderMapScene): TableModel {
    const { locale, events } = scene;
    const kinds = { border: 'Border', place: 'Place in the article', marker: 'Marker', district: 'District' };
    return {
      caption: this.heading || (this.dataSource === 'default' ? this.defaultText().heading : describeBorderMapLabel(scene)),
      columns: [
        { label: 'Name' },
        { label: 'What' },
        { label: 'Location' },
        { label: `Events${events ? ` ${formatYear(locale, events.from)}–${formatYear(locale, events.to)}` : ''}`, numeric: true },
        { label: 'Notes' },
      ],
      rows: scene.items.map((m) => [
        m.title,
        m.kind === 'district' ? `District, ${m.lines[1]}` : `${kinds[m.kind]}${m.offMap ? ' (outside the map)' : ''}`,
        m.lon === undefined ? '' : formatCoordinates(locale, m.lon, m.lat!),
        m.kind === 'district' ? formatNumber(locale, Number(m.datum.events)) : '',
        m.kind === 'district'
          ? ''
          : m.lines
              .slice(m.kind === 'border' ? 1 : 0)
              .map((line) => (/[.!?]$/.test(line) ? line : `${line}.`))
              .join(' '),
      ]),
      note: scene.notes.join(' '),
    };
  }

  // ---- keyboard, pointer, wheel ------------------------------------------------------------------

  protected override onKeydown(event: KeyboardEvent): void {
    // Keys pressed on the zoom buttons or links inside the map belong to them.
    if (event.composedPath()[0] !== event.currentTarget) return;
    const scene = this.scene;
    if (!scene) return;
    const { key } = event;
    if (key === '+' || key === '=' || key === '-' || key === '_' || key === '0') {
      event.preventDefault();
      if (key === '0') this.#setZoom(NO_ZOOM, true);
      else this.#zoomBy(key === '-' || key === '_' ? 1 / ZOOM_STEP : ZOOM_STEP);
      return;
    }
    if (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown') {
      event.preventDefault();
      this.#moveTo(nextMark(scene, this.activeIndex, key));
      return;
    }
    // Home and End go to the ends of the arrows' west–east order, so Home then → reaches every mark.
    if (key === 'Home' || key === 'End') {
      event.preventDefault();
      this.#moveTo(nextMark(scene, -1, key === 'Home' ? 'ArrowRight' : 'ArrowLeft'));
      return;
    }
    super.onKeydown(event);
  }

  #moveTo(index: number): void {
    const scene = this.scene;
    if (!scene || index < 0) return;
    this.activate(index);
    this.#setZoom(zoomToShow(this.zoom, scene.items[index], scene.width, scene.height), false);
  }

  /** Zoom by `factor` around the active mark if it is in view, else around the centre. */
  #zoomBy(factor: number): void {
    const scene = this.scene;
    if (!scene) return;
    let [cx, cy] = [scene.width / 2, scene.height / 2];
    const mark = this.tooltipShown && this.activeIndex >= 0 ? scene.items[this.activeIndex] : undefined;
    if (mark && !mark.offMap) {
      const [x, y] = markPosition(mark, this.zoom);
      if (x >= 0 && x <= scene.width && y >= 0 && y <= scene.height) [cx, cy] = [x, y];
    }
    this.#setZoom(zoomAround(this.zoom, factor, cx, cy, scene.width, scene.height), true);
  }

  /** Set the zoom, eased over 200 ms unless the reader prefers reduced motion. */
  #setZoom(target: Zoom, animate: boolean): void {
    cancelAnimationFrame(this.#animation);
    const start = this.zoom;
    // Read at the moment of zooming, so a change of the reader's setting applies to the next zoom.
    if (!animate || matchMedia('(prefers-reduced-motion: reduce)').matches || (start.k === target.k && start.x === target.x && start.y === target.y)) {
      this.zoom = target;
      return;
    }
    const began = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - began) / 200);
      const e = t * (2 - t);
      const k = start.k * Math.pow(target.k / start.k, e);
      // Interpolate the map point at the view's centre so the motion does not swing sideways.
      const s = this.scene!;
      const c0 = [(s.width / 2 - start.x) / start.k, (s.height / 2 - start.y) / start.k];
      const c1 = [(s.width / 2 - target.x) / target.k, (s.height / 2 - target.y) / target.k];
      const cx = c0[0] + (c1[0] - c0[0]) * e;
      const cy = c0[1] + (c1[1] - c0[1]) * e;
      this.zoom = t < 1 ? { k, x: s.width / 2 - cx * k, y: s.height / 2 - cy * k } : target;
      if (t < 1) this.#animation = requestAnimationFrame(step);
    };
    this.#animation = requestAnimationFrame(step);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#animation);
    this.#pointers.clear();
    this.#gesture = undefined;
  }

  #svgPoint(event: PointerEvent | WheelEvent): [number, number] {
    const svgElement = event.currentTarget as SVGSVGElement;
    const box = svgElement.getBoundingClientRect();
    const scene = this.scene!;
    return [((event.clientX - box.left) * scene.width) / (box.width || 1), ((event.clientY - box.top) * scene.height) / (box.height || 1)];
  }

  readonly #onMapPointerDown = (event: PointerEvent) => {
    if (!this.scene || (event.pointerType === 'mouse' && event.button !== 0)) return;
    // A hand on the map takes over from an eased zoom still running.
    cancelAnimationFrame(this.#animation);
    this.#pointers.set(event.pointerId, this.#svgPoint(event));
    const points = [...this.#pointers.values()];
    const distance = points.length > 1 ? Math.hypot(points[0][0] - points[1][0], points[0][1] - points[1][1]) : 0;
    const [x, y] = points.length > 1 ? [(points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2] : points[0];
    this.#gesture = { zoom: this.zoom, x, y, distance, moved: this.#gesture?.moved ?? false };
    try {
      // Keep receiving the moves of a drag that leaves the map.
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // A pointer that has already ended (or a synthetic one) cannot be captured; the gesture works without.
    }
  };

  readonly #onMapPointerMove = (event: PointerEvent) => {
    const scene = this.scene;
    const gesture = this.#gesture;
    if (!scene || !gesture || !this.#pointers.has(event.pointerId)) return;
    this.#pointers.set(event.pointerId, this.#svgPoint(event));
    const points = [...this.#pointers.values()];
    if (points.length > 1 && gesture.distance > 0) {
      const distance = Math.hypot(points[0][0] - points[1][0], points[0][1] - points[1][1]);
      const [x, y] = [(points[0][0] + points[1][0]) / 2, (points[0][1] + points[1][1]) / 2];
      const zoomed = zoomAround(gesture.zoom, distance / gesture.distance, gesture.x, gesture.y, scene.width, scene.height);
      this.zoom = constrainZoom({ k: zoomed.k, x: zoomed.x + x - gesture.x, y: zoomed.y + y - gesture.y }, scene.width, scene.height);
      gesture.moved = true;
      return;
    }
    const [x, y] = points[0];
    if (!gesture.moved && Math.hypot(x - gesture.x, y - gesture.y) < 4) return;
    if (gesture.zoom.k === 1) return;
    gesture.moved = true;
    this.zoom = constrainZoom({ k: gesture.zoom.k, x: gesture.zoom.x + x - gesture.x, y: gesture.zoom.y + y - gesture.y }, scene.width, scene.height);
  };

  readonly #onMapPointerUp = (event: PointerEvent) => {
    if (!this.#pointers.delete(event.pointerId)) return;
    if (this.#gesture?.moved) this.#suppressClick = true;
    if (this.#pointers.size === 0) {
      this.#gesture = undefined;
    } else {
      const [x, y] = [...this.#pointers.values()][0];
      this.#gesture = { zoom: this.zoom, x, y, distance: 0, moved: true };
    }
  };

  readonly #onMapClick = {
    // A drag or pinch ends with a click; it must not select the mark under the pointer.
    handleEvent: (event: Event) => {
      if (!this.#suppressClick) return;
      this.#suppressClick = false;
      event.stopPropagation();
    },
    capture: true,
  };

  readonly #onWheel = {
    // Ctrl/⌘ + wheel (and trackpad pinch, which arrives as one) zoom anywhere; a plain wheel zooms only
    // once the map has focus, so scrolling past an embedded map still scrolls the page.
    handleEvent: (event: WheelEvent) => {
      const scene = this.scene;
      if (!scene || !(event.ctrlKey || event.metaKey || this.matches(':focus-within'))) return;
      const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002));
      if ((factor > 1 && this.zoom.k >= MAX_ZOOM) || (factor < 1 && this.zoom.k <= 1)) return;
      event.preventDefault();
      const [x, y] = this.#svgPoint(event);
      this.#setZoom(zoomAround(this.zoom, factor, x, y, scene.width, scene.height), false);
    },
    passive: false,
  };

  // ---- rendering ----------------------------------------------------------------------------------

  protected override renderLegend(scene: BorderMapScene) {
    const line = (cls: string) => svg`<svg width="28" height="10" aria-hidden="true"><line class="line ${cls}" x1="1" y1="5" x2="27" y2="5"></line></svg>`;
    const has = (kind: string) => scene.items.some((m) => m.kind === kind);
    const events = scene.events;
    return html`<ul part="legend" class="legend" aria-label="Legend">
${
  scene.border
    ? html`<li>${line('highlight')}<span dir="auto">${scene.border.name}${scene.border.articleKm ? `: ${formatNumber(scene.locale, scene.border.articleKm)} km in the article, not recognised by Afghanistan` : ''}</span></li>`
    : nothing
}
${scene.borders || scene.format === 'GeoJSON' ? html`<li>${line('')}International border</li>` : nothing}
${scene.hasDisputed && scene.disputedStyle !== 'hidden' ? html`<li>${line(`disputed ${scene.disputedStyle}`)}${scene.article ? 'Disputed: de facto line of control' : 'Disputed boundary'}</li>` : nothing}
${has('place') ? html`<li><svg width="12" height="12" aria-hidden="true"><circle class="place" cx="6" cy="6" r="4.5"></circle></svg>Place in the article</li>` : nothing}
${has('marker') ? html`<li><svg width="14" height="14" aria-hidden="true"><path class="marker" d="M7,1.5L12.5,7L7,12.5L1.5,7Z"></path></svg>Marker</li>` : nothing}
${events ? html`<li>UCDP events per district, ${formatYear(scene.locale, events.from)}–${formatYear(scene.locale, events.to)}:</li>` : nothing}
${events?.legend.map(
  (l) =>
    html`<li class="size-legend"><svg width=${l.r * 2 + 2} height=${l.r * 2 + 2} aria-hidden="true"><circle cx=${l.r + 1} cy=${l.r + 1} r=${l.r}></circle></svg>${formatNumber(scene.locale, l.value)}</li>`,
)}
</ul>`;
  }

  protected renderPlot(scene: BorderMapScene, active: number) {
    const { width, height, inset } = scene;
    const zoom = this.zoom;
    const mark = active >= 0 ? scene.items[active] : undefined;
    const links = scene.items.filter((m) => m.kind === 'marker' && m.datum.href);
    const at = (m: (typeof scene.items)[number]) => markPosition(m, zoom);
    const path = (cls: string, d: string) => (d ? svg`<path class="line ${cls}" d=${d}></path>` : nothing);
    return html`<div class="map">
<svg part="svg" class="map-svg ${zoom.k > 1 ? 'zoomed' : ''}" viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="img"
 aria-label=${this.heading || describeBorderMapLabel(scene)} @pointerdown=${this.#onMapPointerDown} @pointermove=${this.#onMapPointerMove}
 @pointerup=${this.#onMapPointerUp} @pointercancel=${this.#onMapPointerUp} @click=${this.#onMapClick} @wheel=${this.#onWheel}>
<rect class="water" width=${width} height=${height}></rect>
<g transform="translate(${zoom.x} ${zoom.y}) scale(${zoom.k})">
<g class=${scene.format === 'GeoJSON' ? 'outlines' : ''}>${scene.countries.map((c) => svg`<path class="country ${c.focus ? 'focus' : ''}" data-code=${c.code} d=${c.d}></path>`)}</g>
${path('', scene.borders)}${path(`disputed ${scene.disputedStyle}`, scene.disputed)}${mark?.kind === 'border' ? path('focus-line', scene.highlight) : nothing}
${scene.highlight ? svg`<path part="border" class="line highlight" d=${scene.highlight}></path>` : nothing}${path(`highlight ${scene.disputedStyle}`, scene.highlightDisputed)}
</g>
${scene.items.map((m) => {
  const [x, y] = at(m);
  if (m.kind === 'district') return svg`<circle part="mark" class="district" cx=${x} cy=${y} r=${m.r}></circle>`;
  if (m.offMap) return svg`<path part="mark" class="pointer" d="M9,0L-5,-6.5L-5,6.5Z" transform="translate(${x} ${y}) rotate(${m.offMap.angle})"></path>`;
  if (m.kind === 'place') return svg`<circle part="mark" class="place" cx=${x} cy=${y} r=${m.r}></circle>`;
  return m.kind === 'marker' ? svg`<path part="mark" class="marker" d="M${x},${y - 6}l6,6l-6,6l-6,-6Z"></path>` : nothing;
})}
<g aria-hidden="true">${this.#labels.map(
      (l) =>
        svg`${l.leader ? svg`<line class="leader" x1=${l.leader.x1} y1=${l.leader.y1} x2=${l.leader.x2} y2=${l.leader.y2}></line>` : nothing}<text part="label" class="label ${l.kind}-label s${l.size}" x=${l.x} y=${l.y}>${l.text}</text>`,
    )}</g>
${mark && mark.kind !== 'border' ? svg`<circle class="focus-ring" cx=${at(mark)[0]} cy=${at(mark)[1]} r=${mark.kind === 'district' ? mark.r + 3 : 10}></circle>` : nothing}
${
  inset
    ? svg`<g part="inset" class="inset"><circle class="sphere" cx=${inset.x + inset.size / 2} cy=${inset.y + inset.size / 2} r=${inset.size / 2 - 1}></circle><path class="land" d=${inset.land}></path><path class="view" d=${inset.view}></path></g>`
    : nothing
}
</svg>
<div part="zoom" class="zoom">
<button type="button" aria-label="Zoom in" aria-disabled=${zoom.k >= MAX_ZOOM ? 'true' : 'false'} @click=${() => this.#zoomBy(ZOOM_STEP)}>+</button>
<button type="button" aria-label="Zoom out" aria-disabled=${zoom.k <= 1 ? 'true' : 'false'} @click=${() => this.#zoomBy(1 / ZOOM_STEP)}>−</button>
<button type="button" aria-label="Reset zoom" aria-disabled=${zoom.k <= 1 ? 'true' : 'false'} @click=${() => this.#setZoom(NO_ZOOM, true)}>⟲</button>
</div>
</div>
<ul part="notes" class="notes">
${scene.notes.map((note) => html`<li dir="auto">${note}</li>`)}
${links.length ? html`<li>More: ${links.map((m, i) => html`${i ? ', ' : ''}<a href=${String(m.datum.href)} rel="noopener noreferrer" dir="auto">${m.title}</a>`)}</li>` : nothing}
</ul>`;
  }
}

defineElement('border-map', BorderMap);

declare global {
  interface HTMLElementTagNameMap {
    'border-map': BorderMap;
  }
}
