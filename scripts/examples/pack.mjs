// Builds the packages as a release would and packs each with `pnpm pack`, then unpacks every tarball into
// examples/.packed/<folder>: the example apps install those files (see examples/pnpm-workspace.yaml).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
export const examplesDir = path.join(root, 'examples');

/** The packages the apps install, by folder under packages/. */
const PACKED = ['core', 'data', 'ttp-attack-chart', 'border-map', 'conflict-timeline', 'react'];

export function run(command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** tsc, the per-package and workspace manifests, and the framework typings generated from the latter. */
export function buildPackages() {
  const steps = [
    ['pnpm', ['exec', 'tsc', '-b']],
    ['node', ['scripts/package-manifests.mjs']],
    ['pnpm', ['exec', 'cem', 'analyze']],
    ['node', ['scripts/framework-types.mjs']],
  ];
  for (const [command, args] of steps) {
    if (!run(command, args).ok) return false;
  }
  return true;
}

export function packPackages() {
  const tarballs = fs.mkdtempSync(path.join(os.tmpdir(), 'cv-pack-'));
  const packedDir = path.join(examplesDir, '.packed');
  fs.rmSync(packedDir, { recursive: true, force: true });
  for (const folder of PACKED) {
    const packageDir = path.join(root, 'packages', folder);
    const before = new Set(fs.readdirSync(tarballs));
    if (!run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: packageDir, stdio: ['ignore', 'ignore', 'inherit'] }).ok) return false;
    const tarball = fs.readdirSync(tarballs).find((file) => !before.has(file));
    const target = path.join(packedDir, folder);
    fs.mkdirSync(target, { recursive: true });
    // Every tarball holds one folder, `package/`.
    if (!run('tar', ['-xzf', path.join(tarballs, tarball), '-C', target, '--strip-components=1']).ok) return false;
  }
  fs.rmSync(tarballs, { recursive: true, force: true });
  return true;
}

export function installExamples() {
  return run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { cwd: examplesDir });
}
