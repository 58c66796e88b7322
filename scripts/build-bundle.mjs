// Builds the one-file CDN bundle packages/conflict-viz/dist/conflict-viz.js: every element, Lit, d3
// parts and the default datasets, for bloggers who paste one <script type="module">. The licences of
// the bundled libraries go beside it in conflict-viz.js.LEGAL.txt.
import fs from 'node:fs';
import { bundle } from './bundle.mjs';

const dir = 'packages/conflict-viz/dist';
const { code, legal } = await bundle('packages/conflict-viz/src/index.ts');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(`${dir}/conflict-viz.js`, `/*! conflict-viz, MIT licence; bundled libraries' licences: conflict-viz.js.LEGAL.txt */\n${code}`);
fs.writeFileSync(`${dir}/conflict-viz.js.LEGAL.txt`, legal);
console.log(`wrote ${dir}/conflict-viz.js (${(code.length / 1000).toFixed(1)} KB) and its licences`);
