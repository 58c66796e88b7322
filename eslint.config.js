// Lint: typescript-eslint, eslint-plugin-lit (template bindings) and eslint-plugin-wc (custom element rules).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

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
);
