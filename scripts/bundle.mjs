// esbuild settings shared by the CDN bundle, the size check and the benchmarks: one self-contained,
// minified ES module per entry, built from the TypeScript sources.
import * as esbuild from 'esbuild';

export const BUNDLE_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  conditions: ['source', 'production'],
  tsconfig: 'tsconfig.base.json',
  legalComments: 'none',
  logLevel: 'warning',
};

/** Bundle `entry` in memory and return its code. */
export async function bundle(entry) {
  const result = await esbuild.build({ ...BUNDLE_OPTIONS, entryPoints: [entry], write: false, metafile: true });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}
