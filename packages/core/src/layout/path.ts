/** SVG path data for lines and bands that break at gaps (null points), as d3-shape's `defined` does. */

export interface Point {
  readonly x: number;
  readonly y: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** `M…L…` polylines; each null starts a new segment. */
export function linePath(points: readonly (Point | null)[]): string {
  let d = '';
  let drawing = false;
  for (const p of points) {
    if (!p) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${round(p.x)},${round(p.y)}`;
    drawing = true;
  }
  return d;
}

export interface BandPoint {
  readonly x: number;
  readonly y0: number;
  readonly y1: number;
}

/** Closed areas between y0 and y1 (a low–high band); each null starts a new area. */
export function bandPath(points: readonly (BandPoint | null)[]): string {
  let d = '';
  let run: BandPoint[] = [];
  const flush = () => {
    if (run.length) {
      d += `${linePath(run.map((p) => ({ x: p.x, y: p.y1 })))}${linePath(run.reverse().map((p) => ({ x: p.x, y: p.y0 }))).replace('M', 'L')}Z`;
    }
    run = [];
  };
  for (const p of points) {
    if (p) run.push(p);
    else flush();
  }
  flush();
  return d;
}
