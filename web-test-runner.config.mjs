// @ts-check
// Unit and element tests in headless Debian Chromium, from the TypeScript sources ("source" export condition).
import fs from 'node:fs';
import path from 'node:path';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

const shared = path.resolve(import.meta.dirname, '../shared');

/**
 * Serves ../shared (the UCDP event file, which is not ours to commit) at /__shared/ when it exists,
 * so tests that recompute shipped figures from it can run in development and CI, and skip elsewhere.
 * @type {import('@web/dev-server-core').Plugin}
 */
const sharedFiles = {
  name: 'shared-files',
  serve(context) {
    if (!context.path.startsWith('/__shared/')) return undefined;
    const file = path.join(shared, decodeURIComponent(context.path.slice('/__shared/'.length)));
    // Missing files fall through to the static server, which answers 404.
    if (!file.startsWith(shared + path.sep) || !fs.existsSync(file)) return undefined;
    return { body: fs.readFileSync(file, 'utf8'), type: file.endsWith('.csv') ? 'text/csv' : 'text/plain' };
  },
};

/**
 * Test endpoints for network conditions: `/__delay/<ms>/<path>` answers with the project file
 * `<path>` after `ms` milliseconds (slow networks, timeouts, races between requests).
 * @type {import('@web/dev-server-core').Plugin}
 */
const slowFiles = {
  name: 'slow-files',
  async serve(context) {
    const match = /^\/__delay\/(\d+)\/(.+)$/.exec(context.path);
    if (!match) return undefined;
    const file = path.join(import.meta.dirname, decodeURIComponent(match[2]));
    await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
    if (!file.startsWith(import.meta.dirname + path.sep) || !fs.existsSync(file)) return undefined;
    return { body: fs.readFileSync(file, 'utf8'), type: file.endsWith('.csv') ? 'text/csv' : 'application/json' };
  },
};

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'production'] },
  // esnext: a lower target makes esbuild drop `with { type: 'json' }`; tsconfig: for experimentalDecorators.
  plugins: [sharedFiles, slowFiles, esbuildPlugin({ ts: true, tsconfig: './tsconfig.base.json', target: 'esnext' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 15000 } },
};
