// Writes the custom-elements.json that each element package, and the conflict-viz package, publishes.
// One analysis of every package's sources together, so an element lists what it inherits from core's
// base class (the shared attributes `heading`, `data`, `src`…), which an analysis of one package alone
// cannot see. Paths then point at what the package ships (`dist/*.js`), and a reference into another
// package names that package. conflict-viz re-exports the three elements, so its manifest declares
// them in its entry module: editors and tools read the manifest of the package a page installs.
import fs from 'node:fs';
import path from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const root = path.resolve(import.meta.dirname, '..');
const packagesDir = path.join(root, 'packages');
const ALL_ELEMENTS_PACKAGE = 'conflict-viz';

/** Every package folder with its package.json. */
function readPackages() {
  return fs
    .readdirSync(packagesDir)
    .filter((folder) => fs.existsSync(path.join(packagesDir, folder, 'package.json')))
    .map((folder) => ({ folder, manifest: JSON.parse(fs.readFileSync(path.join(packagesDir, folder, 'package.json'), 'utf8')) }));
}

function sourceFiles(folder) {
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts')) files.push(full);
    }
  };
  walk(path.join(packagesDir, folder, 'src'));
  return files.sort();
}

function analyze(folders) {
  const modules = folders.flatMap(sourceFiles).map((file) => {
    const relative = path.relative(root, file).split(path.sep).join('/');
    return ts.createSourceFile(relative, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true);
  });
  return create({ modules, plugins: litPlugin(), context: { dev: false } });
}

/** `packages/<folder>/src/a/b.ts` (or `.js`, as an import names it) → { folder, shipped: `dist/a/b.js` }; anything else → undefined. */
function splitSourcePath(sourcePath) {
  const match = /^packages\/([^/]+)\/src\/(.+)\.[jt]s$/.exec(sourcePath);
  return match ? { folder: match[1], shipped: `dist/${match[2]}.js` } : undefined;
}

/** A deep copy of `value` with every source path rewritten as seen from the package in `ownFolder`. */
function shippedPaths(value, ownFolder, nameOf) {
  if (Array.isArray(value)) return value.map((item) => shippedPaths(item, ownFolder, nameOf));
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shippedPaths(item, ownFolder, nameOf)]));
  const source = typeof value.module === 'string' ? splitSourcePath(value.module) : undefined;
  if (source) {
    copy.module = source.shipped;
    if (source.folder === ownFolder) delete copy.package;
    else copy.package = nameOf(source.folder);
  }
  return copy;
}

function write(folder, modules) {
  const manifest = { schemaVersion: '1.0.0', readme: '', modules };
  fs.writeFileSync(path.join(packagesDir, folder, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

const packages = readPackages();
const nameOf = (folder) => packages.find((pkg) => pkg.folder === folder)?.manifest.name ?? folder;
const elementFolders = packages.filter((pkg) => pkg.manifest.customElements).map((pkg) => pkg.folder);
// core holds the base class the elements inherit from; data holds no element.
const analyzed = analyze(['core', ...elementFolders.filter((folder) => folder !== 'core')]);

const elementModules = [];
for (const folder of elementFolders) {
  if (folder === ALL_ELEMENTS_PACKAGE) continue;
  const own = analyzed.modules.filter((module) => splitSourcePath(module.path)?.folder === folder);
  const modules = own.map((module) => ({ ...shippedPaths(module, folder, nameOf), path: splitSourcePath(module.path).shipped }));
  write(folder, modules);
  elementModules.push(...own);
  console.log(`packages/${folder}/custom-elements.json: ${modules.length} modules`);
}

if (elementFolders.includes(ALL_ELEMENTS_PACKAGE)) {
  const declarations = elementModules.flatMap((module) => module.declarations.filter((declaration) => declaration.customElement));
  const entry = {
    kind: 'javascript-module',
    path: 'dist/index.js',
    declarations: declarations.map((declaration) => shippedPaths(declaration, ALL_ELEMENTS_PACKAGE, nameOf)),
    exports: declarations.flatMap((declaration) => [
      { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module: 'dist/index.js' } },
      { kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: 'dist/index.js' } },
    ]),
  };
  write(ALL_ELEMENTS_PACKAGE, [entry]);
  console.log(`packages/${ALL_ELEMENTS_PACKAGE}/custom-elements.json: ${declarations.map((declaration) => `<${declaration.tagName}>`).join(', ')}`);
}
