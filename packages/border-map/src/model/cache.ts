/**
 * What maps remember between calls, so that a zoom, a resize back and forth or a second map of the
 * same geometry costs no second parse or projection. The model keeps no state of its own: the owner
 * (the element) creates a cache and passes it to each call; without one, nothing is remembered.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Parsed } from '@conflict-viz/core/pure';
import type { BorderLines } from './borders.js';
import type { MapGeometry } from './geometry.js';
import type { MapView } from './projection.js';
import type { LocatorInset } from './scene.js';

/** Views kept per geometry: a few sizes, for a page with several maps or a container resized back and forth. */
const VIEWS_KEPT = 8;

export class MapCache {
  // Keyed by the objects they derive from, so they go when those go.
  readonly #geometries = new WeakMap<object, Parsed<MapGeometry>>();
  readonly #features = new WeakMap<object, Map<string, Feature | FeatureCollection>>();
  readonly #lines = new WeakMap<MapGeometry, Map<string, BorderLines>>();
  readonly #views = new WeakMap<MapGeometry, Map<string, MapView>>();
  readonly #insets = new WeakMap<MapView, WeakMap<object, LocatorInset>>();

  /** The geometry read from `input` (a TopoJSON or GeoJSON object). */
  geometry(input: object, read: () => Parsed<MapGeometry>): Parsed<MapGeometry> {
    let parsed = this.#geometries.get(input);
    if (!parsed) this.#geometries.set(input, (parsed = read()));
    return parsed;
  }

  /** A named object of a topology, as GeoJSON. */
  feature(topology: object, name: string, convert: () => Feature | FeatureCollection): Feature | FeatureCollection {
    return remember(this.#features, topology, name, convert);
  }

  /** The lines of a geometry for a highlighted pair (`key` names the pair). */
  borderLines(geometry: MapGeometry, key: string, compute: () => BorderLines): BorderLines {
    return remember(this.#lines, geometry, key, compute);
  }

  /** A view of a geometry (`key` names its projection, size and pair); the last few are kept. */
  view(geometry: MapGeometry, key: string, project: () => MapView): MapView {
    let views = this.#views.get(geometry);
    if (!views) this.#views.set(geometry, (views = new Map()));
    let view = views.get(key);
    if (!view) {
      if (views.size >= VIEWS_KEPT) views.delete(views.keys().next().value!);
      views.set(key, (view = project()));
    }
    return view;
  }

  /** The locator globe of a view, drawn with `land`. */
  inset(view: MapView, land: object, draw: () => LocatorInset): LocatorInset {
    let byLand = this.#insets.get(view);
    if (!byLand) this.#insets.set(view, (byLand = new WeakMap()));
    let inset = byLand.get(land);
    if (!inset) byLand.set(land, (inset = draw()));
    return inset;
  }
}

function remember<K extends object, V>(store: WeakMap<K, Map<string, V>>, owner: K, key: string, create: () => V): V {
  let byKey = store.get(owner);
  if (!byKey) store.set(owner, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) byKey.set(key, (value = create()));
  return value;
}
