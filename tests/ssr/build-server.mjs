// Bundles tests/ssr/server.ts for Node with esbuild: our TypeScript sources (the `source` export condition),
// Lit's Node build and @lit-labs/ssr in one file, so the elements and the renderer share one Lit.
// `node tests/ssr/build-server.mjs <dir>` writes each page to <dir>/<page>.html (the browser test's pages).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');

/** The bundled server module: `renderElements(page)`, `renderDocument(page)`, `PAGES`, `EXPECTED`. */
export async function loadServer() {
  const outfile = path.join(root, 'node_modules/.cache/ssr', `server-${process.pid}.mjs`);
  await esbuild.build({
    entryPoints: [path.join(import.meta.dirname, 'server.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    tsconfig: path.join(root, 'tsconfig.base.json'),
    // CommonJS dependencies of @lit-labs/ssr call require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    fs.rmSync(outfile);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  const server = await loadServer();
  fs.mkdirSync(dir, { recursive: true });
  for (const page of Object.keys(server.PAGES)) fs.writeFileSync(path.join(dir, `${page}.html`), server.renderDocument(page));
}
