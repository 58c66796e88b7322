// `node scripts/check-packages.mjs <dir>`: checks every tarball `pnpm -r pack` wrote to <dir> for
// what a user installing it needs and what publint and attw do not look at: a README and a LICENSE
// (the root one where the package is MIT);
// a licence field that does not call third-party data MIT; caret ranges for dependencies, so apps
// dedupe Lit and d3; source maps that carry their sources; and a custom-elements.json whose paths are
// shipped files and whose elements list the attributes they inherit; and, in conflict-viz, the embed page, the
// CLI and its bin.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** The attributes every element inherits from core's CvElement. */
export const SHARED_ATTRIBUTES = ['heading', 'heading-level', 'description', 'source', 'source-href', 'theme', 'data', 'src', 'actions'];
const ALL_ELEMENTS_PACKAGE = 'conflict-viz';
/** What the conflict-viz package ships besides its modules: the CDN loader, the iframe embed and the CLI. */
const ALL_ELEMENTS_FILES = [
  'dist/conflict-viz.js',
  'dist/embed.html',
  'dist/embed.js',
  'dist/embed.css',
  'dist/embed-parent.js',
  'dist/cli.js',
  'bin/conflict-viz.js',
];
const DATA_PACKAGE = '@conflict-viz/data';
const ROOT_LICENSE = fs.readFileSync(path.resolve(import.meta.dirname, '../LICENSE'), 'utf8');

/** The files of a .tgz as a Map from path (without the leading "package/") to contents. */
export function readTarball(file) {
  const tar = zlib.gunzipSync(fs.readFileSync(file));
  const files = new Map();
  const text = (start, length) => tar.toString('utf8', start, start + length).replace(/\0.*$/s, '');
  for (let offset = 0; offset + 512 <= tar.length;) {
    const name = text(offset, 100);
    if (!name) break;
    const size = parseInt(text(offset + 124, 12).trim() || '0', 8);
    const prefix = text(offset + 345, 155);
    const type = text(offset + 156, 1);
    const full = prefix ? `${prefix}/${name}` : name;
    if (type === '0' || type === '') files.set(full.replace(/^package\//, ''), tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

function checkDocuments(files, manifest, problems) {
  if (!files.has('README.md')) problems.push('no README.md');
  const licenceText = files.get('LICENSE')?.toString('utf8');
  if (!licenceText) problems.push('no LICENSE');
  else if (manifest.license === 'MIT' && licenceText !== ROOT_LICENSE) problems.push('LICENSE differs from the root LICENSE');
  if (!manifest.license) problems.push('no "license" field');
  if (manifest.name === DATA_PACKAGE) {
    const licence = manifest.license ?? '';
    if (!licence.includes('CC-BY-4.0')) problems.push(`license "${licence}" does not name CC-BY-4.0 (the UCDP data)`);
    const readme = files.get('README.md')?.toString('utf8') ?? '';
    for (const words of ['CC BY 4.0', 'Sundberg', 'public domain', 'Natural Earth']) {
      if (!readme.includes(words)) problems.push(`README.md does not mention "${words}" (the data's licences and citation)`);
    }
  }
}

function checkRanges(manifest, problems) {
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (!range.startsWith('^')) problems.push(`dependency ${name} is "${range}", not a caret range (apps could not dedupe it)`);
  }
}

function checkSourceMaps(files, problems) {
  const bare = [...files]
    .filter(([file]) => file.endsWith('.map'))
    .filter(([, contents]) => {
      const map = JSON.parse(contents.toString('utf8'));
      return map.sources.some((source, index) => typeof map.sourcesContent?.[index] !== 'string');
    })
    .map(([file]) => file);
  if (bare.length) problems.push(`${bare.length} source maps point at sources they do not carry, which are not shipped (${bare.slice(0, 2).join(', ')}…)`);
}

/** The custom elements declared in a manifest, as [tag, declaration]. */
function elementsOf(cem) {
  return cem.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement).map((declaration) => [declaration.tagName, declaration]),
  );
}

function checkElementsManifest(files, manifest, problems) {
  if (!manifest.customElements) return [];
  const cem = files.get(manifest.customElements.replace(/^\.\//, ''));
  if (!cem) {
    problems.push(`"customElements" names ${manifest.customElements}, which is not in the tarball`);
    return [];
  }
  const parsed = JSON.parse(cem.toString('utf8'));
  for (const module of parsed.modules) {
    if (!files.has(module.path)) problems.push(`custom-elements.json module ${module.path} is not in the tarball`);
  }
  const elements = elementsOf(parsed);
  if (!elements.length) problems.push('custom-elements.json declares no custom element');
  for (const [tag, declaration] of elements) {
    const attributes = new Set((declaration.attributes ?? []).map((attribute) => attribute.name));
    const missing = SHARED_ATTRIBUTES.filter((name) => !attributes.has(name));
    if (missing.length) problems.push(`<${tag}> in custom-elements.json lacks the shared attributes ${missing.join(', ')}`);
  }
  return elements.map(([tag]) => tag);
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/check-packages.mjs <directory of packed tarballs>');
const tarballs = fs.readdirSync(dir).filter((file) => file.endsWith('.tgz'));
if (!tarballs.length) throw new Error(`no tarballs in ${dir}: run pnpm -r pack --pack-destination ${dir} first`);

let failed = 0;
const tagsByPackage = new Map();
for (const tarball of tarballs.sort()) {
  const files = readTarball(path.join(dir, tarball));
  const manifest = JSON.parse(files.get('package.json').toString('utf8'));
  const problems = [];
  checkDocuments(files, manifest, problems);
  checkRanges(manifest, problems);
  checkSourceMaps(files, problems);
  if (manifest.name === ALL_ELEMENTS_PACKAGE) {
    for (const file of ALL_ELEMENTS_FILES) if (!files.has(file)) problems.push(`${file} is not in the tarball (pnpm build:bundle writes it)`);
    if (manifest.bin?.['conflict-viz'] !== './bin/conflict-viz.js') problems.push('"bin" does not name ./bin/conflict-viz.js as conflict-viz');
  }
  tagsByPackage.set(manifest.name, checkElementsManifest(files, manifest, problems));
  if (problems.length) failed++;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${manifest.name}@${manifest.version}: ${files.size} files, license "${manifest.license}"`);
  for (const problem of problems) console.log(`       ${problem}`);
}

const allTags = [...tagsByPackage].filter(([name]) => name !== ALL_ELEMENTS_PACKAGE).flatMap(([, tags]) => tags);
const bundled = tagsByPackage.get(ALL_ELEMENTS_PACKAGE) ?? [];
const absent = allTags.filter((tag) => !bundled.includes(tag));
if (absent.length) {
  failed++;
  console.log(`FAIL ${ALL_ELEMENTS_PACKAGE}: custom-elements.json lacks ${absent.map((tag) => `<${tag}>`).join(', ')}`);
}
process.exit(failed ? 1 : 0);
