// The layering rules of eslint.config.js catch what they are for: each case plants a file (never written
// to disk: ESLint lints the text as if it were at that path) and expects the rule's error, or none.
// Run by `pnpm test` with Node's test runner: node --test tests/lint/layering.test.mjs
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') });

/** The rules that fire on `code` linted as the file `filePath`, with their messages. */
async function lint(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}

const fires = async (rule, filePath, code) => {
  const messages = await lint(filePath, code);
  assert.ok(
    messages.some((m) => m.rule === rule),
    `expected ${rule} in ${filePath}, got ${JSON.stringify(messages)}`,
  );
};

const passes = async (filePath, code) => assert.deepEqual(await lint(filePath, code), [], filePath);

test('a model that imports Lit fails', () =>
  fires('no-restricted-imports', 'packages/ttp-attack-chart/src/model/planted.ts', "import { html } from 'lit';\nexport const t = html`<p></p>`;\n"));

test("a model entry that imports core's Lit layer (the package index) fails", () =>
  fires(
    'no-restricted-imports',
    'packages/border-map/src/border-map.model.ts',
    "import { CvElement } from '@conflict-viz/core';\nexport const C = CvElement;\n",
  ));

test('a model that touches the DOM fails, as a global and through globalThis', async () => {
  await fires('no-restricted-globals', 'packages/conflict-timeline/src/conflict-timeline.model.ts', 'export const width = () => document.body.clientWidth;\n');
  await fires('no-restricted-properties', 'packages/border-map/src/model/planted.ts', 'export const href = () => globalThis.location.href;\n');
  await fires(
    'no-restricted-globals',
    'packages/ttp-attack-chart/src/model/planted.ts',
    'export const isElement = (x: unknown) => x instanceof HTMLElement;\n',
  );
});

test('a pure module that keeps module-level state fails: a let, a Map or Set cache', async () => {
  await fires('no-restricted-syntax', 'packages/border-map/src/model/planted.ts', 'let calls = 0;\nexport const count = () => ++calls;\n');
  await fires('no-restricted-syntax', 'packages/core/src/format/planted.ts', 'export const cache = new Map<string, Intl.NumberFormat>();\n');
  await fires(
    'no-restricted-syntax',
    'packages/ttp-attack-chart/src/ttp-attack-chart.model.ts',
    'const seen = new WeakMap<object, number>();\nexport const id = (o: object) => seen.get(o);\n',
  );
  await passes('packages/core/src/layout/planted.ts', "export const KINDS: ReadonlySet<string> = new Set(['bar', 'line']);\n");
  await passes('packages/ttp-attack-chart/src/planted.ts', 'export const cache = new Map<string, number>();\n');
});

test("core's pure layer that imports its Lit layer, or Lit, fails", async () => {
  await fires(
    'no-restricted-imports',
    'packages/core/src/layout/planted.ts',
    "import { CvElement } from '../base/cv-element.js';\nexport const C = CvElement;\n",
  );
  await fires('no-restricted-imports', 'packages/core/src/format/planted.ts', "import { LitElement } from 'lit';\nexport const L = LitElement;\n");
  await fires('no-restricted-globals', 'packages/core/src/data/planted.ts', 'export const lang = () => navigator.language;\n');
});

test('an element that imports another element fails', async () => {
  await fires('no-restricted-imports', 'packages/ttp-attack-chart/src/planted.ts', "import '@conflict-viz/border-map';\n");
  await fires(
    'no-restricted-imports',
    'packages/conflict-timeline/src/planted.ts',
    "import { BorderMap } from '../../border-map/src/border-map.js';\nexport const B = BorderMap;\n",
  );
  await fires(
    'no-restricted-imports',
    'packages/core/src/base/planted.ts',
    "import { TtpAttackChart } from '@conflict-viz/ttp-attack-chart';\nexport const T = TtpAttackChart;\n",
  );
});

test('a package that reads data/ directly fails; tests may', async () => {
  const code = "import rows from '../../../data/ttp-yearly.json' with { type: 'json' };\nexport const r = rows;\n";
  await fires('no-restricted-imports', 'packages/ttp-attack-chart/src/planted.ts', code);
  await passes('tests/planted.test.ts', "import rows from '../data/ttp-yearly.json' with { type: 'json' };\nexport const r = rows;\n");
});

test('what the layers may do passes: models import core/pure and d3, elements import Lit and the data package', async () => {
  await passes(
    'packages/ttp-attack-chart/src/model/planted.ts',
    "import { clamp } from '@conflict-viz/core/pure';\nimport { scaleLinear } from 'd3-scale';\nexport const y = scaleLinear().range([0, clamp(1, 0, 2)]);\n",
  );
  await passes(
    'packages/ttp-attack-chart/src/planted.ts',
    "import { html } from 'lit';\nimport { ttpYearly } from '@conflict-viz/data/ttp-yearly';\nimport { CvElement } from '@conflict-viz/core';\nexport const all = [html, ttpYearly, CvElement];\n",
  );
  await passes('packages/core/src/format/planted.ts', "import { readNumber } from '../data/read.js';\nexport const read = readNumber;\n");
});
