// Shared pieces of the benchmarks: bundles served from memory on 127.0.0.1, headless Chromium, medians.
import fs from 'node:fs';
import http from 'node:http';
import { bundle } from '../scripts/bundle.mjs';
import { launchChromium } from '../scripts/chromium.mjs';

export { launchChromium };

/** Serve in-memory files ({'/path': {type, body}}) on 127.0.0.1. */
export async function serve(files) {
  const server = http.createServer((req, res) => {
    const file = files[new URL(req.url, 'http://x').pathname];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** A page that loads one bundle as a module and nothing else. */
export async function bundlePage(entry) {
  const { code } = await bundle(entry);
  return {
    '/': { type: 'text/html', body: '<!doctype html><html lang="en"><body style="margin:0;width:800px"></body></html>' },
    '/bundle.js': { type: 'text/javascript', body: code },
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const ms = (value) => `${value.toFixed(2)} ms`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A /proc file's text, or '' once its process is gone. */
function readProc(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** A /proc folder's entries, or none once its process is gone. */
function listProc(folder) {
  try {
    return fs.readdirSync(folder);
  } catch {
    return [];
  }
}

/**
 * On-CPU nanoseconds of each Chromium renderer's main thread (with `allThreads`, of all its threads),
 * by process id, from Linux's /proc; undefined elsewhere. Renderers are found by their command line,
 * not through the DevTools protocol, whose process list can stall while a renderer exits. The
 * benchmarks run one browser at a time, so every renderer on the machine is theirs.
 */
export function rendererCpu({ allThreads = false } = {}) {
  if (!fs.existsSync('/proc/self/schedstat')) return undefined;
  const times = new Map();
  for (const pid of listProc('/proc')) {
    if (!/^\d+$/.test(pid) || !readProc(`/proc/${pid}/cmdline`).includes('--type=renderer')) continue;
    const threads = allThreads ? listProc(`/proc/${pid}/task`) : [pid];
    times.set(
      pid,
      threads.reduce((sum, tid) => sum + Number(readProc(`/proc/${pid}/task/${tid}/schedstat`).split(' ')[0]), 0),
    );
  }
  return times;
}

/** Milliseconds of CPU the busiest renderer spent between two readings of rendererCpu (the page under test). */
export function cpuBetween(before, after) {
  if (!before || !after) return undefined;
  let most = 0;
  for (const [id, ns] of after) most = Math.max(most, ns - (before.get(id) ?? ns));
  return most / 1e6;
}

/**
 * Wait until the browser's renderers are idle; returns the milliseconds waited. A fresh page's renderer
 * keeps about one CPU busy for a second after navigation with Chromium's own start-up work, even on an
 * empty page. A page served from 127.0.0.1 would render inside that, and the benchmark would time
 * Chromium's start-up along with our element. On Linux: until the renderers together use under 10 ms of
 * CPU in 100 ms (at most 5 s); elsewhere a fixed 1.5 s.
 */
export async function settle() {
  const t0 = performance.now();
  let before = rendererCpu({ allThreads: true });
  if (!before) await sleep(1500);
  while (before && performance.now() - t0 < 5000) {
    await sleep(100);
    const after = rendererCpu({ allThreads: true });
    let used = 0;
    for (const [id, ns] of after) used += ns - (before.get(id) ?? 0);
    before = after;
    if (used < 10e6) break;
  }
  return performance.now() - t0;
}
