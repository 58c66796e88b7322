// The negative type checks: a file of deliberate mistakes must fail its checker on exactly the lines that
// follow an `expect-error` comment, so a typing that lets a mistake through fails, and so does a file that
// fails for some other reason (a missing module, a broken typing).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Line numbers (1-based) of the lines that follow an `expect-error` comment. */
function expectedLines(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, index) => (/(\/\/|<!--)\s*expect-error/.test(line) ? [index + 2] : []));
}

/** `file(12,5): error TS2322: …` from tsc and vue-tsc, or `file:12:5 - error TS2345: …` from ngc. */
function tscErrors(output) {
  // eslint-disable-next-line no-control-regex -- the colours ngc prints even when asked not to
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  return [...plain.matchAll(/^(.+?)(?:\((\d+),\d+\): error|:(\d+):\d+ - error) TS\d+/gm)].map((match) => ({
    file: match[1],
    line: Number(match[2] ?? match[3]),
  }));
}

/** `1700000000 ERROR "file" 12:5 "message"` from svelte-check --output machine. */
function svelteCheckErrors(output) {
  return [...output.matchAll(/^\d+ (?:ERROR|WARNING) "(.+?)" (\d+):\d+/gm)].map((match) => ({ file: match[1], line: Number(match[2]) }));
}

/**
 * Runs `command` in `cwd` and compares its errors with the expect-error lines of `file`.
 * Returns `{ok, message}`.
 */
export function negativeCheck({ cwd, command, args, file, format = 'tsc' }) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: process.env });
  const output = `${result.stdout}${result.stderr}`;
  const errors = (format === 'svelte-check' ? svelteCheckErrors : tscErrors)(output);
  const name = path.basename(file);
  const ours = errors.filter((error) => path.basename(error.file) === name);
  const others = errors.filter((error) => path.basename(error.file) !== name);
  const expected = expectedLines(path.join(cwd, file));
  const got = new Set(ours.map((error) => error.line));
  const missed = expected.filter((line) => !got.has(line));
  const unexpected = [...got].filter((line) => !expected.includes(line));
  if (result.status === 0 || missed.length || unexpected.length || others.length || !expected.length) {
    const problems = [
      result.status === 0 && 'the checker passed',
      missed.length && `no error on line ${missed.join(', ')}`,
      unexpected.length && `unexpected error on line ${unexpected.join(', ')}`,
      others.length && `errors in other files: ${others.map((error) => `${error.file}:${error.line}`).join(', ')}`,
      !expected.length && 'no expect-error lines',
    ].filter(Boolean);
    console.log(output);
    return { ok: false, message: problems.join('; ') };
  }
  return { ok: true, message: `${expected.length} mistakes, each an error` };
}
