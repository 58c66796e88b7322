// @ts-check
// Unit and element tests in headless Debian Chromium, from the TypeScript sources ("source" export
// condition), plus the test server routes and browser commands the stress tests need.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

/** The strict policy the CSP tests serve pages under: no inline script or style, no eval. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/**
 * Test routes (Koa middleware), each rewriting to a project file or answering itself:
 * - `/__delay/<ms>/<path>`: the file after `ms` milliseconds, never cached (slow networks, timeouts, races);
 * - `/__status/<code>`: an empty answer with that HTTP status;
 * - `/__type/<content-type>/<path>`: the file with another content type;
 * - `/__big/<bytes>`: that many bytes of CSV-looking text;
 * - `/__csp/<path>`: the file with a strict Content-Security-Policy header;
 * - `/__ssr/<page>.html`: a page of tests/ssr/pages.ts as @lit-labs/ssr renders it, without script.
 * @type {import('koa').Middleware}
 */
async function testRoutes(ctx, next) {
  const url = ctx.path;
  let match;
  if ((match = /^\/__delay\/(\d+)(\/.+)$/.exec(url))) {
    await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
    ctx.url = match[2];
    await next();
    // Slow every time: a page loaded again must not take the file from the browser's cache.
    ctx.set('Cache-Control', 'no-store');
  } else if ((match = /^\/__status\/(\d{3})/.exec(url))) {
    ctx.status = Number(match[1]);
    ctx.body = 'error';
  } else if ((match = /^\/__type\/([^/]+)(\/.+)$/.exec(url))) {
    ctx.url = match[2];
    await next();
    ctx.type = decodeURIComponent(match[1]);
  } else if ((match = /^\/__big\/(\d+)/.exec(url))) {
    ctx.type = 'text/csv';
    ctx.body = `year,events\n${'1,1\n'.repeat(Math.ceil(Number(match[1]) / 4))}`;
  } else if ((match = /^\/__trusted-types\/([^/]+)(\/.+)$/.exec(url))) {
    // `/__trusted-types/<policies>/<path>`: the file under the strict policy that also requires Trusted Types
    // and allows only the policy names given (space-separated, URL-encoded).
    ctx.url = match[2];
    await next();
    ctx.set('Content-Security-Policy', `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types ${decodeURIComponent(match[1])}`);
  } else if ((match = /^\/__csp(\/.+)$/.exec(url))) {
    ctx.url = match[1];
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
  } else if ((match = /^\/__ssr\/(\w+)\.html$/.exec(url))) {
    const pages = await (serverRenderedPages ??= renderServerPages());
    ctx.type = 'html';
    ctx.body = await fs.readFile(path.join(pages, `${match[1]}.html`), 'utf8');
  } else {
    await next();
  }
}

/** @type {Promise<string> | undefined} */
let serverRenderedPages;

/** The folder of the pages rendered on the server, rendered once, in a process of their own (Lit's Node build stays out of this one). */
async function renderServerPages() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cv-ssr-'));
  await promisify(execFile)(process.execPath, ['tests/ssr/build-server.mjs', dir], { cwd: import.meta.dirname });
  return dir;
}

/**
 * The accessibility tree as Chromium gives it to screen readers (Accessibility.getFullAXTree), depth
 * first, without ignored nodes and text runs: role, name, and whether it is focusable or focused.
 * @param {import('playwright').CDPSession} cdp
 */
async function axTree(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const property = (node, name) => node.properties?.find((p) => p.name === name)?.value.value;
  const out = [];
  const walk = (node, depth) => {
    const role = node.role?.value;
    const shown = !node.ignored && role !== 'StaticText' && role !== 'InlineTextBox';
    if (shown) out.push({ role, name: node.name?.value ?? '', depth, focusable: !!property(node, 'focusable'), focused: !!property(node, 'focused') });
    for (const id of node.childIds ?? []) if (byId.has(id)) walk(byId.get(id), shown ? depth + 1 : depth);
  };
  walk(nodes[0], 0);
  return out;
}

/**
 * Browser commands backed by the Chrome DevTools Protocol: `executeServerCommand('dom-counters')`
 * collects garbage and returns Memory.getDOMCounters (documents, nodes, jsEventListeners), for the leak
 * tests; `executeServerCommand('ax-tree')` returns the page's accessibility tree (axTree above).
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const devtoolsCommands = {
  name: 'devtools-commands',
  async executeCommand({ command, session }) {
    if (command !== 'dom-counters' && command !== 'ax-tree') return undefined;
    const launcher = /** @type {import('@web/test-runner-playwright').PlaywrightLauncher} */ (session.browser);
    const page = launcher.getPage(session.id);
    const cdp = await page.context().newCDPSession(page);
    try {
      if (command === 'ax-tree') return await axTree(cdp);
      // Blink's and V8's heaps hold each other's objects: one pass can leave what the next frees.
      for (let pass = 0; pass < 3; pass++) await cdp.send('HeapProfiler.collectGarbage');
      return await cdp.send('Memory.getDOMCounters');
    } finally {
      await cdp.detach();
    }
  },
};

/** The embed tests' second origin: its server and the policy violations reported to it. */
const embedSite = { /** @type {http.Server | undefined} */ server: undefined, /** @type {string[]} */ reports: [] };

const EMBED_TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.csv': 'text/csv', '.json': 'application/json' };

/**
 * A second origin for the embed tests (tests/embed.test.ts): a static server on another loopback port serving
 * the conflict-viz package's dist/ (the embed page and the loader build) and data/, every page under the strict
 * policy with violations reported to it. Commands: `embed-origin` (its URL), `embed-frame` (what a frame of
 * the test page whose URL contains `payload.url` shows: text, tags, marks) and `embed-csp-reports`.
 * `/__csp-control.html` breaks the policy on purpose, to show reports arrive.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const embedServer = {
  name: 'embed-server',
  async serverStart() {
    const dist = path.join(import.meta.dirname, 'packages/conflict-viz/dist');
    embedSite.server = http.createServer(async (request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/__csp-report') {
        let body = '';
        for await (const chunk of request) body += chunk;
        embedSite.reports.push(body);
        return response.writeHead(204).end();
      }
      const control = url.pathname === '/__csp-control.html';
      const file = url.pathname.startsWith('/data/') ? path.join(import.meta.dirname, url.pathname) : path.join(dist, url.pathname);
      if (!control && !file.startsWith(dist) && !file.startsWith(path.join(import.meta.dirname, 'data'))) return response.writeHead(403).end();
      try {
        const body = control ? '<!doctype html><style>p{color:red}</style><p>control</p>' : await fs.readFile(file);
        response.writeHead(200, {
          'Content-Type': EMBED_TYPES[path.extname(control ? 'control.html' : file)] ?? 'application/octet-stream',
          'Content-Security-Policy': `${STRICT_CSP}; report-uri /__csp-report`,
        });
        response.end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => embedSite.server?.listen(0, '127.0.0.1', () => resolve(undefined)));
  },
  async serverStop() {
    await new Promise((resolve) => embedSite.server?.close(() => resolve(undefined)));
  },
  async executeCommand({ command, payload, session }) {
    if (command === 'embed-origin') return `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (embedSite.server.address()).port}`;
    if (command === 'embed-csp-reports') return embedSite.reports;
    if (command !== 'embed-frame') return undefined;
    const launcher = /** @type {import('@web/test-runner-playwright').PlaywrightLauncher} */ (session.browser);
    const frame = launcher
      .getPage(session.id)
      .frames()
      .find((f) => f.url().includes(payload.url));
    // Not null: the runner takes null for a command no plugin handles.
    if (!frame) return { text: '', tag: null, marks: 0, attributes: [], missing: true };
    // Runs in the frame, where `document` is the embed page's.
    return frame.evaluate(() => {
      const element = globalThis.document.querySelector('#embed > :not(.problems)');
      return {
        text: globalThis.document.body.innerText,
        tag: element?.localName ?? null,
        marks: element?.shadowRoot?.querySelectorAll('[part~="mark"]').length ?? 0,
        attributes: element ? element.getAttributeNames().map((name) => [name, element.getAttribute(name)]) : [],
      };
    });
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  middleware: [testRoutes],
  // esnext: a lower target makes esbuild drop `with { type: 'json' }`; tsconfig: for experimentalDecorators.
  plugins: [devtoolsCommands, embedServer, esbuildPlugin({ ts: true, tsconfig: './tsconfig.base.json', target: 'esnext' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 20000 } },
  // the fuzz tests run 1,000 inputs per element in one file
  testsFinishTimeout: 600_000,
};
