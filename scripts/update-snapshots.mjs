// `pnpm test:update-snapshots`: rewrites the scene snapshots (tests/snapshots/scenes/) from the models as
// they are now. The only way snapshots change: `pnpm test` compares and never writes. Old files are
// removed first, so a scene that no longer exists leaves no stale file. Review `git diff tests/snapshots`
// before committing: every changed line is a change in what an element draws or says.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
fs.rmSync(path.join(root, 'tests/snapshots/scenes'), { recursive: true, force: true });
// The models format dates in UTC and take the locale as an argument; TZ and LANG are pinned anyway.
const env = { ...process.env, TZ: 'UTC', LANG: 'en_US.UTF-8' };
const run = spawnSync('pnpm', ['exec', 'web-test-runner', 'tests/snapshots/**/*.test.ts', '--update-snapshots'], { cwd: root, stdio: 'inherit', env });
if (run.status !== 0) process.exit(run.status ?? 1);
spawnSync('git', ['status', '--short', '--', 'tests/snapshots/scenes'], { cwd: root, stdio: 'inherit' });
