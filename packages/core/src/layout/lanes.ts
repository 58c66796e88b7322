/** Lanes for things laid out along one axis (labels, events, eras), and the boxes labels take. */

/** An interval along the axis, from `start` to `end` (end ≥ start). */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * An interval with a stem: a line from `stem` on the axis's base (below lane 0) up to the interval in
 * its lane, as an annotation's marker line runs from the plot up to its label.
 */
export interface LaneItem extends Interval {
  readonly stem?: number;
}

export interface LaneOptions {
  /** Space kept between two intervals in a lane, and between a stem and an interval. Default 0. */
  readonly gap?: number;
  /** At most this many lanes; an item that fits none of them is refused (lane -1). Default: no limit. */
  readonly maxLanes?: number;
  /**
   * Keep stems clear of intervals: no interval covers the stem of an item in a higher lane, and an
   * item's own stem crosses no interval in a lower lane. Default false.
   */
  readonly stems?: boolean;
}

interface Placed {
  readonly item: LaneItem;
  readonly lane: number;
}

/**
 * Greedy lane packing: each item goes to the lowest lane where it fits (overlapping nothing there,
 * and, with `stems`, crossing no stem), opening a new lane when none does. Items placed in order of
 * their start are the classic greedy interval packing; `find({start, end: Infinity})` then asks for
 * a lane whose occupants all end `gap` before `start`, before the item's end is known.
 *
 * Intervals in a lane are kept sorted, so placing n items over k lanes costs O(n·k·log n): 10,000
 * timeline events are cheap. Stems are checked one by one, for the few dozen labels that have them.
 */
export class Lanes {
  readonly #gap: number;
  readonly #maxLanes: number;
  readonly #stems: boolean;
  /** Per lane, its intervals by start; they do not overlap, so their ends are in order too. */
  readonly #lanes: LaneItem[][] = [];
  readonly #withStems: Placed[] = [];

  constructor({ gap = 0, maxLanes = Infinity, stems = false }: LaneOptions = {}) {
    this.#gap = gap;
    this.#maxLanes = maxLanes;
    this.#stems = stems;
  }

  /** Lanes opened so far. */
  get count(): number {
    return this.#lanes.length;
  }

  /** Where a lane's last occupant ends (-Infinity for an empty or unopened lane). */
  end(lane: number): number {
    const items = this.#lanes[lane];
    return items?.length ? items[items.length - 1].end : -Infinity;
  }

  /** Whether `item` fits in `lane` (an unopened lane holds nothing). */
  fits(lane: number, item: LaneItem): boolean {
    return this.#clear(this.#lanes[lane] ?? [], item) && !(this.#stems && this.#crossesStems(lane, item));
  }

  /** The lowest lane `item` fits in, a new one if none does, or -1 when every allowed lane is taken. */
  find(item: LaneItem): number {
    for (let lane = 0; lane < this.#lanes.length; lane++) if (this.fits(lane, item)) return lane;
    const lane = this.#lanes.length;
    return lane < this.#maxLanes && this.fits(lane, item) ? lane : -1;
  }

  /** Put `item` in `lane` (which must fit it: see `fits`); `lane` may be the next unopened one. */
  add(lane: number, item: LaneItem): void {
    while (this.#lanes.length <= lane) this.#lanes.push([]);
    const items = this.#lanes[lane];
    items.splice(this.#firstStartingAtOrAfter(items, item.start), 0, item);
    if (item.stem !== undefined) this.#withStems.push({ item, lane });
  }

  /** `find` and `add` in one: the lane `item` went to, or -1 when it fits none. */
  place(item: LaneItem): number {
    const lane = this.find(item);
    if (lane >= 0) this.add(lane, item);
    return lane;
  }

  #clear(items: readonly LaneItem[], { start, end }: Interval): boolean {
    const gap = this.#gap;
    // Most items come after everything in their lane.
    if (!items.length || items[items.length - 1].end + gap <= start) return true;
    const next = this.#firstStartingAtOrAfter(items, start);
    // Of the intervals starting before this one, the last ends last.
    if (next > 0 && items[next - 1].end + gap > start) return false;
    for (let i = next; i < items.length && items[i].start < end + gap; i++) if (start < items[i].end + gap) return false;
    return true;
  }

  #crossesStems(lane: number, { start, end, stem }: LaneItem): boolean {
    const gap = this.#gap;
    const covers = (interval: Interval, x: number) => x >= interval.start - gap && x <= interval.end + gap;
    return this.#withStems.some(
      (placed) => (placed.lane > lane && covers({ start, end }, placed.item.stem!)) || (placed.lane < lane && stem !== undefined && covers(placed.item, stem)),
    );
  }

  #firstStartingAtOrAfter(items: readonly LaneItem[], start: number): number {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (items[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
