// Lint: typescript-eslint, eslint-plugin-lit (template bindings) and eslint-plugin-wc (custom element rules),
// and the layering of DESIGN.md ("Dependency direction"): pure modules (the models and core's data, format
// and layout) import neither Lit nor the DOM and hold no module-level state; elements never import each other; only tests and stories read
// the files in data/. tests/lint/layering.test.mjs plants forbidden imports and checks these rules catch them.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

const ELEMENTS = ['ttp-attack-chart', 'border-map', 'conflict-timeline'];
/** Each element's pure model: its entry and the modules it is split into. */
const modelFiles = (element) => [`packages/${element}/src/${element}.model.ts`, `packages/${element}/src/model/**/*.ts`];
const CORE_PURE_FILES = ['packages/core/src/pure.ts', 'packages/core/src/{data,format,layout,scales}/**/*.ts'];

const RAW_DATA = {
  regex: String.raw`(^|/)data/[^/]+\.(json|csv|tsv)(\?.*)?$`,
  message: 'Packages read the article data through @conflict-viz/data (generated from data/); only tests and stories read data/ directly.',
};
const LIT = {
  regex: String.raw`^(lit|@lit|@lit-labs)(/|$)`,
  message: 'Pure modules (models, core/pure) never import Lit: they run on servers and in tests. Keep rendering in the element.',
};
const CORE_LIT_LAYER = {
  regex: String.raw`^@conflict-viz/core$|(^|/)(base|controllers|a11y|events|styles|export)/|^\.\./index\.js$`,
  message: "Pure modules import core's pure layer only: '@conflict-viz/core/pure', not core's Lit layer.",
};
const elementImports = (elements) => ({
  regex: String.raw`^@conflict-viz/(${elements.join('|')})(/|$)|(^|/)(${elements.join('|')})(\.styles)?\.js$|^\.\./\.\./(${elements.join('|')})/`,
  message: 'Elements never import each other, and models and core import no element.',
});
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const DOM_MESSAGE = 'Pure modules (models, core/pure) never touch the DOM: they run on servers and in tests. Take what is needed as a parameter.';
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'customElements',
  'HTMLElement',
  'SVGElement',
  'Element',
  'Node',
  'ShadowRoot',
  'Document',
  'Event',
  'CustomEvent',
  'EventTarget',
  'MutationObserver',
  'ResizeObserver',
  'IntersectionObserver',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'matchMedia',
  'getComputedStyle',
  'fetch',
  'XMLHttpRequest',
  'DOMParser',
];
const STATE_MESSAGE = "Pure modules hold no module-level state: a cache is an object the element owns and passes in (as the map's MapCache).";
const TOP_LEVEL = ':matches(Program, Program > ExportNamedDeclaration) > VariableDeclaration';
/** Module-level `let`/`var`, and Maps and Sets made at module level unless typed read-only. */
const NO_MODULE_STATE = {
  'no-restricted-syntax': [
    'error',
    { selector: `${TOP_LEVEL}[kind!='const']`, message: STATE_MESSAGE },
    {
      selector: `${TOP_LEVEL} > VariableDeclarator:not([id.typeAnnotation.typeAnnotation.typeName.name=/^Readonly/]) > NewExpression.init[callee.name=/^(Map|Set|WeakMap|WeakSet)$/]`,
      message: STATE_MESSAGE,
    },
  ],
};
const NO_DOM = {
  'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: DOM_MESSAGE }))],
  'no-restricted-properties': ['error', ...DOM_GLOBALS.map((property) => ({ object: 'globalThis', property, message: DOM_MESSAGE }))],
};

/**
 * One no-restricted-imports setting per file set (a later setting replaces an earlier one, so each set
 * lists every pattern that applies to it): element packages, their models, core, core's pure layer.
 */
const layering = [
  ...ELEMENTS.flatMap((element) => {
    const others = elementImports(ELEMENTS.filter((e) => e !== element));
    return [
      { files: [`packages/${element}/src/**/*.ts`], rules: restrictImports(others, RAW_DATA) },
      {
        files: modelFiles(element),
        rules: { ...restrictImports(others, RAW_DATA, LIT, CORE_LIT_LAYER, elementImports([element])), ...NO_DOM, ...NO_MODULE_STATE },
      },
    ];
  }),
  { files: ['packages/core/src/**/*.ts'], rules: restrictImports(elementImports(ELEMENTS), RAW_DATA) },
  { files: CORE_PURE_FILES, rules: { ...restrictImports(elementImports(ELEMENTS), RAW_DATA, LIT, CORE_LIT_LAYER), ...NO_DOM, ...NO_MODULE_STATE } },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'examples/.packed/**',
      '**/.next/**',
      '**/.angular/**',
      'examples/nextjs/cache/**',
      'storybook-static/**',
      '.storybook/custom-elements.json',
      'bench/vendor/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      // Elements are defined through core's defineElement(), which guards against double definition.
      'wc/guard-define-call': 'off',
      'wc/no-constructor-attributes': 'error',
      'wc/no-self-class': 'error',
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmarks and the example checks run in Node and hand functions to the page, so both sets of globals apply.
    files: ['bench/**/*.mjs', 'bench/**/*.js', 'scripts/screenshot.mjs', 'scripts/examples/drive.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['packages/*/src/**/*.ts', 'tests/**/*.ts', 'tests/**/*.js', 'stories/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/lint/**/*.mjs', 'tests/ssr/**/*.mjs', 'tests/cli/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...layering,
);
