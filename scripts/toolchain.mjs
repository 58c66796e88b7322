// Makes `npm start` and `npm test` work on a machine that has only Node: checks Node against
// `engines`, and when the pnpm on PATH is missing or not the pinned one (`packageManager`), runs
// the calling script again under `npx --package=pnpm@<pin>`, which puts that pnpm on PATH for every
// nested `pnpm` call (this script's and the package scripts'). Corepack is not used: it fails on
// registries that serve no signatures.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const RELAUNCHED = 'CONFLICT_VIZ_PNPM_FROM_NPX';

/** The pnpm version `packageManager` pins, e.g. "12.21.0". */
const pinnedPnpm = manifest.packageManager.replace(/^pnpm@/, '').replace(/\+.*$/, '');

/** The lowest Node version `engines.node` (">=major.minor") allows, as [major, minor]. */
function minimumNode() {
  const match = /^>=\s*(\d+)\.(\d+)/.exec(manifest.engines.node);
  if (!match) throw new Error(`package.json engines.node should read ">=major.minor", not "${manifest.engines.node}"`);
  return [Number(match[1]), Number(match[2])];
}

function checkNode() {
  const [major, minor] = minimumNode();
  const [ownMajor, ownMinor] = process.versions.node.split('.').map(Number);
  if (ownMajor > major || (ownMajor === major && ownMinor >= minor)) return;
  console.error(`This project needs Node ${manifest.engines.node} (see .nvmrc); this is Node ${process.versions.node}.`);
  process.exit(1);
}

function pnpmOnPath() {
  const result = spawnSync('pnpm', ['--version'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Call first in a script that runs pnpm. Returns when Node is recent enough and the pinned pnpm
 * is on PATH; otherwise runs the script again under npx with the same arguments and exits with
 * its status.
 */
export function requirePinnedToolchain() {
  checkNode();
  const found = pnpmOnPath();
  if (found === pinnedPnpm) return;
  if (process.env[RELAUNCHED]) {
    console.error(`npx was asked for pnpm ${pinnedPnpm} but PATH has ${found ?? 'no pnpm'}.`);
    process.exit(1);
  }
  console.log(`== set up: ${found ? `pnpm ${found} is not the pinned ${pinnedPnpm}` : 'no pnpm on PATH'}; running through npx --package=pnpm@${pinnedPnpm}`);
  const script = process.argv[1];
  const result = spawnSync('npx', ['--yes', `--package=pnpm@${pinnedPnpm}`, '--', process.execPath, script, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
    // The update notices of npx and of a pnpm fetched for this run only would just confuse.
    env: { ...process.env, [RELAUNCHED]: '1', npm_config_update_notifier: 'false' },
  });
  if (result.error) console.error(`Could not run npx (it comes with npm): ${result.error.message}`);
  process.exit(result.status ?? 1);
}
