// Builds the one-file CDN bundle packages/conflict-viz/dist/conflict-viz.js: every element, Lit, d3
// parts and the default datasets, for bloggers who paste one <script type="module">.
import * as esbuild from 'esbuild';
import { BUNDLE_OPTIONS } from './bundle.mjs';

const outfile = 'packages/conflict-viz/dist/conflict-viz.js';
await esbuild.build({ ...BUNDLE_OPTIONS, entryPoints: ['packages/conflict-viz/src/index.ts'], outfile, sourcemap: true, legalComments: 'linked' });
console.log(`wrote ${outfile}`);
