// `npm start` (or `pnpm start`): fetches the pinned pnpm when it is missing, installs dependencies
// when needed, then serves the Storybook docs, with the article's data as every element's default,
// on http://127.0.0.1:6006.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { requirePinnedToolchain } from './toolchain.mjs';

requirePinnedToolchain();

const root = path.resolve(import.meta.dirname, '..');
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } }).status;

if (run('pnpm', ['install', '--frozen-lockfile']) !== 0) process.exit(1);
process.exit(run('pnpm', ['run', 'storybook']) ?? 1);
