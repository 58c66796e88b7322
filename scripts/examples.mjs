// The example apps as tests: builds and packs the packages (`pnpm pack`), installs the packed files into the
// apps under examples/ (one pnpm workspace, one lockfile, --frozen-lockfile), then for each app runs its
// strict type check, a file of deliberate mistakes that must fail it, its production build, and the browser
// checks in scripts/examples/drive.mjs in headless Chromium. Prints what passed and how long each step took.
//   node scripts/examples.mjs [app…] [--no-pack]
// --no-pack reuses examples/.packed and the installed apps. EXAMPLES_SUMMARY_FILE receives the counts as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { APPS } from './examples/apps.mjs';
import { driveApp } from './examples/drive.mjs';
import { negativeCheck } from './examples/negative.mjs';
import { buildPackages, examplesDir, installExamples, packPackages, run } from './examples/pack.mjs';
import { freePort, serveCommand, serveStatic } from './examples/serve.mjs';

const args = process.argv.slice(2);
const noPack = args.includes('--no-pack');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const apps = wanted.length ? APPS.filter((app) => wanted.includes(app.name)) : APPS;
const env = { CI: 'true', NEXT_TELEMETRY_DISABLED: '1', NG_CLI_ANALYTICS: 'false' };

const results = []; // {app, step, name, ok, seconds, message}
const seconds = (started) => (Date.now() - started) / 1000;

function record(app, step, name, ok, time, message = '') {
  results.push({ app, step, name, ok, seconds: time, message });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${app}: ${name} (${time.toFixed(1)} s)${message ? ` ${message}` : ''}`);
}

function prepare() {
  if (noPack) return true;
  let started = Date.now();
  const built = buildPackages() && packPackages();
  record('packages', 'pack', 'build, generate typings and pack the packages', built, seconds(started));
  if (!built) return false;
  started = Date.now();
  const installed = installExamples();
  record('packages', 'install', 'pnpm install --frozen-lockfile of the apps', installed.ok, seconds(started));
  return installed.ok;
}

async function serve(app, cwd) {
  if (app.serve.dir) return serveStatic(path.join(cwd, app.serve.dir));
  const port = await freePort();
  const [command, commandArgs] = app.serve.command(port);
  return serveCommand(cwd, command, commandArgs, port);
}

async function checkApp(app, browser) {
  const cwd = path.join(examplesDir, app.name);
  const step = (name, [command, commandArgs]) => {
    const started = Date.now();
    const { ok } = run(command, commandArgs, { cwd, env });
    record(app.name, name, `${name}: ${[command, ...commandArgs].join(' ')}`, ok, seconds(started));
    return ok;
  };
  if (app.typecheck) step('typecheck', app.typecheck);
  if (app.negative) {
    const started = Date.now();
    const [command, commandArgs] = app.negative.run;
    const outcome = negativeCheck({ cwd, command, args: commandArgs, file: app.negative.file, format: app.negative.format });
    record(app.name, 'negative', `mistakes in ${app.negative.file} fail the type check`, outcome.ok, seconds(started), outcome.message);
  }
  const built = step('build', app.build);
  for (const page of app.pages) {
    const started = Date.now();
    if (!built) {
      record(app.name, 'browser', `${page.label}: browser checks`, false, 0, 'not run: the build failed');
      continue;
    }
    let server;
    try {
      server = await serve(app, cwd);
      for (const check of await driveApp(browser, server.url + page.path, { serverRendered: app.serverRendered })) {
        record(app.name, 'browser', `${page.label}: ${check.name}`, check.ok, check.seconds, check.error ?? '');
      }
    } catch (error) {
      record(app.name, 'browser', `${page.label}: serve and open the app`, false, seconds(started), error.message);
    } finally {
      await server?.close();
    }
  }
}

function report() {
  console.log('\n== examples: seconds per step');
  const steps = ['typecheck', 'negative', 'build', 'browser'];
  console.log(['app'.padEnd(12), ...steps.map((s) => s.padStart(9)), 'passed'.padStart(7), 'failed'.padStart(7)].join(' '));
  for (const app of apps) {
    const mine = results.filter((result) => result.app === app.name);
    const time = (step) => mine.filter((result) => result.step === step).reduce((sum, result) => sum + result.seconds, 0);
    const cells = steps.map((step) => (mine.some((result) => result.step === step) ? time(step).toFixed(1) : '–').padStart(9));
    const passed = mine.filter((result) => result.ok).length;
    console.log([app.name.padEnd(12), ...cells, String(passed).padStart(7), String(mine.length - passed).padStart(7)].join(' '));
  }
  for (const result of results.filter((result) => result.app === 'packages')) {
    console.log(`${result.step}: ${result.seconds.toFixed(1)} s`);
  }
  const passed = results.filter((result) => result.ok).length;
  const failed = results.length - passed;
  if (process.env.EXAMPLES_SUMMARY_FILE) fs.writeFileSync(process.env.EXAMPLES_SUMMARY_FILE, JSON.stringify({ passed, failed, skipped: 0 }));
  console.log(`examples: ${passed} passed, ${failed} failed`);
  return failed;
}

async function main() {
  if (!apps.length) throw new Error(`no app named ${wanted.join(', ')}; the apps: ${APPS.map((app) => app.name).join(', ')}`);
  if (prepare()) {
    const browser = await launchChromium();
    try {
      for (const app of apps) await checkApp(app, browser);
    } finally {
      await browser.close();
    }
  }
  process.exit(report() ? 1 : 0);
}

await main();
