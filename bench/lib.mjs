// Shared pieces of the benchmarks: bundles served from memory on 127.0.0.1, headless Chromium, medians.
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
