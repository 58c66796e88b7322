// `npm test` (or `pnpm test`): sets up what is missing (pnpm, dependencies, Chromium), then runs
// every check CI runs and ends with one line "N passed, N failed" counting all of them: data drift,
// typecheck, lint, dead code, the CDN build and its size budgets, unit and element tests (web-test-runner), the
// Storybook build and its story tests, and the example apps built from the packed packages
// (scripts/examples.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath } from './chromium.mjs';
import { requirePinnedToolchain } from './toolchain.mjs';

requirePinnedToolchain();

const root = path.resolve(import.meta.dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cv-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const env = { ...process.env, CI: process.env.CI ?? 'true', STORYBOOK_DISABLE_TELEMETRY: '1' };

function run(command, args, extraEnv = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A step that is one check: it passes or fails as a whole. */
function check(name, command, args) {
  console.log(`\n== ${name}`);
  const { ok, seconds } = run(command, args);
  totals[ok ? 'passed' : 'failed']++;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
}

/** A step that reports its own test counts in a JSON file. */
function suite(name, command, args, readCounts) {
  console.log(`\n== ${name}`);
  const { ok, seconds } = run(command, args);
  let counts;
  try {
    counts = readCounts();
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 }; // the runner died before reporting
  }
  if (!ok && counts.failed === 0) counts.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
  lines.push(`${counts.failed ? 'FAIL' : 'ok  '} ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)`);
}

function finish() {
  console.log('\n== summary');
  for (const line of lines) console.log(line);
  if (totals.skipped) console.log(`${totals.skipped} skipped (see the reasons above)`);
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed ? 1 : 0);
}

function setUp() {
  console.log('== set up: pnpm install --frozen-lockfile');
  if (!run('pnpm', ['install', '--frozen-lockfile']).ok) {
    lines.push('FAIL pnpm install');
    totals.failed++;
    finish();
  }
  if (chromiumPath()) return;
  const isRoot = process.getuid?.() === 0;
  if (fs.existsSync('/etc/debian_version') && isRoot) {
    console.log("== set up: no Chromium found; installing Debian's chromium");
    if (run('apt-get', ['update', '-qq']).ok && run('apt-get', ['install', '-y', '-qq', 'chromium']).ok && chromiumPath()) return;
  }
  console.error(
    '\nNo Chromium found. Install one and run again, or point CHROME_PATH at it:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  elsewhere:     CHROME_PATH=/path/to/chrome npm test\n',
  );
  lines.push('FAIL no Chromium');
  totals.failed++;
  finish();
}

setUp();
env.CHROME_PATH = chromiumPath();
check('datasets match /data (generate-data --check)', 'node', ['scripts/generate-data.mjs', '--check']);
// Storybook's preview imports the generated manifest, so it must exist before the typecheck.
check('custom elements manifest (cem analyze)', 'pnpm', ['exec', 'cem', 'analyze']);
check('typecheck (tsc -b)', 'pnpm', ['exec', 'tsc', '-b']);
check('lint (eslint)', 'pnpm', ['exec', 'eslint', '.']);
check('lint rules catch planted layering errors (node --test)', 'node', ['--test', 'tests/lint/layering.test.mjs']);
// @lit-labs/ssr in Node renders every element, with and without data, with no window or document to reach for.
check('server rendering (@lit-labs/ssr in Node, node --test)', 'node', ['--test', 'tests/ssr/render.test.mjs']);
check('format (prettier --check)', 'pnpm', ['exec', 'prettier', '--check', '.']);
check('dead code: no unused file, export or dependency (knip)', 'pnpm', ['exec', 'knip', '--no-progress']);
check('CDN files build (loader, chunks, one-file and classic builds)', 'node', ['scripts/build-bundle.mjs']);
check('gzip sizes within budget (pnpm size)', 'node', ['scripts/size.mjs']);
// The packages as npm would publish them: after tsc -b and the CDN bundle, which they ship.
const packDir = path.join(tmp, 'packs');
check('package manifests (custom-elements.json of each package)', 'node', ['scripts/package-manifests.mjs']);
// The element packages export their framework typings (dist/types/…), made from the workspace manifest.
check('framework typings and editor data (framework-types.mjs)', 'node', ['scripts/framework-types.mjs']);
// Typed rows, keyword unions and cv-select details through React: the wrappers and the JSX typings just written
// (the elements' own API is type-tested by tests/types/elements.ts in the typecheck).
check('type tests: React wrappers and JSX tags (tsc on packages/react/type-tests)', 'pnpm', ['exec', 'tsc', '-p', 'packages/react/type-tests/tsconfig.json']);
check('packages pack (pnpm -r pack)', 'pnpm', ['-r', '--silent', 'pack', '--pack-destination', packDir]);
check('package tarballs: README, LICENSE, data licences, caret ranges, source maps, manifests', 'node', ['scripts/check-packages.mjs', packDir]);
// The CLI from the workspace and from the conflict-viz tarball just packed, unpacked with nothing installed beside it.
env.CV_PACK_DIR = packDir;
check('conflict-viz render CLI: every element, SVG and HTML, user files, mistakes, the packed bin (node --test)', 'node', [
  '--test',
  'tests/cli/render.test.mjs',
]);
for (const tarball of fs.existsSync(packDir) ? fs.readdirSync(packDir).sort() : []) {
  check(`publint --strict ${tarball}`, 'pnpm', ['exec', 'publint', 'run', path.join(packDir, tarball), '--strict']);
  // conflict-viz.css (conflict-viz's stylesheet export) has no types to check.
  check(`attw --profile esm-only ${tarball}`, 'pnpm', [
    'exec',
    'attw',
    path.join(packDir, tarball),
    '--profile',
    'esm-only',
    '--exclude-entrypoints',
    './conflict-viz.css',
  ]);
}
check('pnpm -r publish --dry-run', 'pnpm', ['-r', 'publish', '--dry-run', '--no-git-checks']);
// Before the browser tests: tests/stress/stories.test.ts sweeps every built story with axe.
check('Storybook builds', 'pnpm', ['run', 'build-storybook']);
const wtrFile = path.join(tmp, 'wtr.json');
env.WTR_SUMMARY_FILE = wtrFile;
suite('unit and element tests (web-test-runner, Chromium)', 'pnpm', ['exec', 'web-test-runner'], () => JSON.parse(fs.readFileSync(wtrFile, 'utf8')));

const vitestFile = path.join(tmp, 'vitest.json');
suite(
  'story tests with axe (vitest + Storybook, Chromium)',
  'pnpm',
  ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`],
  () => {
    const report = JSON.parse(fs.readFileSync(vitestFile, 'utf8'));
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + (report.numFailedTestSuites ?? 0),
      skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    };
  },
);

// Last: it packs the packages and installs them into the example apps, which takes the longest.
const examplesFile = path.join(tmp, 'examples.json');
env.EXAMPLES_SUMMARY_FILE = examplesFile;
suite('example apps from the packed packages (type checks, builds, Chromium)', 'node', ['scripts/examples.mjs'], () =>
  JSON.parse(fs.readFileSync(examplesFile, 'utf8')),
);
finish();
