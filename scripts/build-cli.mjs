// Builds dist/cli.js of the conflict-viz package: the `conflict-viz render` CLI (packages/conflict-viz/cli) in
// one file for Node, with the elements (their TypeScript sources, the `source` export condition), Lit's server
// build, @lit-labs/ssr, parse5 and postcss, so bin/conflict-viz.js runs from the installed package alone.
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

/** The CLI's code and the modules it bundles (absolute paths, for the licence file). */
export async function buildCli() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'packages/conflict-viz/cli/main.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['source'],
    tsconfig: path.join(root, 'tsconfig.base.json'),
    minify: true,
    legalComments: 'none',
    metafile: true,
    // CommonJS dependencies of @lit-labs/ssr call require().
    banner: {
      js: "/*! conflict-viz render (MIT); the bundled libraries' licences: THIRD-PARTY-LICENSES.txt */\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  const modules = Object.keys(result.metafile.inputs).map((input) => path.resolve(root, input));
  return { code: result.outputFiles[0].text, modules };
}
