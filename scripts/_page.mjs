import zlib from 'node:zlib';
import { buildCdnFiles } from './build-bundle.mjs';
const gzip = (code) => zlib.gzipSync(code, { level: 9 }).length;
const { files, filesOf } = await buildCdnFiles();
for (const [t, f] of Object.entries(filesOf)) console.log(t, ['conflict-viz.js', ...f].map((n) => `${n}:${gzip(files[n])}`).join(' '), 'merged', gzip(['conflict-viz.js', ...f].map((n) => files[n]).join('\n')));
