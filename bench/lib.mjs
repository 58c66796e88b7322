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

/** On-CPU nanoseconds of one thread, from Linux's schedstat; 0 once the thread is gone. */
function threadCpu(pid, tid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return 0;
  }
}

/**
 * On-CPU nanoseconds of each renderer's main thread (with `allThreads`, of all its threads), by process
 * id, from a browser CDP session; undefined where /proc is not Linux's.
 */
export async function rendererCpu(cdp, { allThreads = false } = {}) {
  if (!fs.existsSync('/proc/self/schedstat')) return undefined;
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  const times = new Map();
  for (const { type, id } of processInfo) {
    if (type !== 'renderer') continue;
    let threads = [id];
    try {
      if (allThreads) threads = fs.readdirSync(`/proc/${id}/task`);
    } catch {
      continue; // the process has just ended
    }
    times.set(id, threads.reduce((sum, tid) => sum + threadCpu(id, tid), 0));
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
export async function settle(cdp) {
  const t0 = performance.now();
  let before = await rendererCpu(cdp, { allThreads: true });
  if (!before) await sleep(1500);
  while (before && performance.now() - t0 < 5000) {
    await sleep(100);
    const after = await rendererCpu(cdp, { allThreads: true });
    let used = 0;
    for (const [id, ns] of after) used += ns - (before.get(id) ?? 0);
    before = after;
    if (used < 10e6) break;
  }
  return performance.now() - t0;
}
