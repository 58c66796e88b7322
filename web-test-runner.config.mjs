// @ts-check
// Unit and element tests in headless Debian Chromium, from the TypeScript sources ("source" export
// condition), plus the test server routes and browser commands the stress tests need.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
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
 * - `/__delay/<ms>/<path>`: the file after `ms` milliseconds (slow networks, timeouts, races);
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
 * Browser commands backed by the Chrome DevTools Protocol, for the leak tests:
 * `executeServerCommand('dom-counters')` collects garbage and returns Memory.getDOMCounters
 * (documents, nodes, jsEventListeners).
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const devtoolsCommands = {
  name: 'devtools-commands',
  async executeCommand({ command, session }) {
    if (command !== 'dom-counters') return undefined;
    const launcher = /** @type {import('@web/test-runner-playwright').PlaywrightLauncher} */ (session.browser);
    const page = launcher.getPage(session.id);
    const cdp = await page.context().newCDPSession(page);
    try {
      // Blink's and V8's heaps hold each other's objects: one pass can leave what the next frees.
      for (let pass = 0; pass < 3; pass++) await cdp.send('HeapProfiler.collectGarbage');
      return await cdp.send('Memory.getDOMCounters');
    } finally {
      await cdp.detach();
    }
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  middleware: [testRoutes],
  // esnext: a lower target makes esbuild drop `with { type: 'json' }`; tsconfig: for experimentalDecorators.
  plugins: [devtoolsCommands, esbuildPlugin({ ts: true, tsconfig: './tsconfig.base.json', target: 'esnext' })],
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
