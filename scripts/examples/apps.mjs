// The example apps and how each is checked: its strict type check, a file of mistakes that must fail it,
// its production build, how the build is served, and the pages the browser checks drive.

const exec = (...args) => ['pnpm', ['exec', ...args]];

export const APPS = [
  {
    name: 'react-vite',
    label: 'React 19 (Vite)',
    typecheck: exec('tsc', '-p', 'tsconfig.json'),
    negative: { run: exec('tsc', '-p', 'tsconfig.negative.json'), file: 'negative/misspelled.tsx' },
    build: exec('vite', 'build'),
    serve: { dir: 'dist' },
    // The same checks through @conflict-viz/react and with the elements as plain JSX tags.
    pages: [
      { path: '', label: '@conflict-viz/react' },
      { path: '?tags', label: 'plain tags' },
    ],
  },
  {
    name: 'nextjs',
    label: 'Next.js 16 (app router)',
    typecheck: exec('tsc', '-p', 'tsconfig.json'),
    negative: { run: exec('tsc', '-p', 'tsconfig.negative.json'), file: 'negative/misspelled.tsx' },
    build: exec('next', 'build'),
    serve: { command: (port) => exec('next', 'start', '--port', String(port), '--hostname', '127.0.0.1') },
    // Rendered on the server, hydrated in the browser: the app's data and live handlers right after hydration.
    serverRendered: true,
    pages: [{ path: '', label: 'Next.js' }],
  },
  {
    name: 'vue',
    label: 'Vue 3 (Vite)',
    typecheck: exec('vue-tsc', '-p', 'tsconfig.json'),
    negative: { run: exec('vue-tsc', '-p', 'tsconfig.negative.json'), file: 'negative/Misspelled.vue' },
    build: exec('vite', 'build'),
    serve: { dir: 'dist' },
    pages: [{ path: '', label: 'Vue' }],
  },
  {
    name: 'svelte',
    label: 'Svelte 5 (Vite)',
    typecheck: exec('svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'),
    negative: {
      run: exec('svelte-check', '--tsconfig', './tsconfig.negative.json', '--output', 'machine'),
      file: 'negative/Misspelled.svelte',
      format: 'svelte-check',
    },
    build: exec('vite', 'build'),
    serve: { dir: 'dist' },
    pages: [{ path: '', label: 'Svelte' }],
  },
  {
    name: 'angular',
    label: 'Angular 21',
    // ng build is the strict check: strictTemplates, and extended diagnostics as errors.
    negative: { run: exec('ngc', '-p', 'tsconfig.negative.json'), file: 'negative/mistakes.ts' },
    build: exec('ng', 'build'),
    serve: { dir: 'dist/browser' },
    pages: [{ path: '', label: 'Angular' }],
  },
];
