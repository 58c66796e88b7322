// Framework typings and editor data for each element package, generated from the custom elements manifest
// that `cem analyze` writes (.storybook/custom-elements.json: every package analysed together, so the
// attributes an element inherits from core's base class are in it). Per element package it writes
//   dist/types/react.d.ts   React 19 JSX: `<ttp-attack-chart data={rows} oncv-select={…}>`
//   dist/types/vue.d.ts     Vue's GlobalComponents, checked by vue-tsc (`:data="rows" @cv-select="…"`)
//   dist/types/svelte.d.ts  Svelte 5's svelte/elements (`data={rows} oncv-select={…}`)
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json and dist/web-types.json: VS Code's
//   and JetBrains' completions, made by break-stuff's maintained generators.
// Types are not copied from the manifest's text: each prop is typed by the element class itself
// (`TtpAttackChart['data']`), so the typings follow the classes' own declarations exactly.
// Usage: node scripts/framework-types.mjs [--manifest path]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { reactTypes, svelteTypes, vueTypes } from './framework-types/templates.mjs';

const root = path.resolve(import.meta.dirname, '..');
const manifestArg = process.argv.indexOf('--manifest');
const manifestPath = manifestArg > 0 ? path.resolve(process.argv[manifestArg + 1]) : path.join(root, '.storybook/custom-elements.json');

if (!fs.existsSync(manifestPath)) {
  const result = spawnSync('pnpm', ['exec', 'cem', 'analyze'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));

/** `packages/border-map/src/border-map.ts` -> `border-map`: the folder of the package a module belongs to. */
function packageFolder(modulePath) {
  const match = /^packages\/([^/]+)\//.exec(modulePath);
  return match?.[1];
}

function packageName(folder) {
  return JSON.parse(fs.readFileSync(path.join(root, 'packages', folder, 'package.json'), 'utf8')).name;
}

/** Which package declares each class, function or variable the manifest knows, by name. */
function declaringPackages() {
  const byName = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) byName.set(declaration.name, packageFolder(module.path));
  }
  return byName;
}

const isWritableField = (member) =>
  member.kind === 'field' &&
  !member.static &&
  !member.readonly &&
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  !member.name.startsWith('#');

/**
 * The props an element takes from a framework: every attribute by its HTML name, typed by the property of
 * the same name when there is one (`data` is both: frameworks set the property), else by the attribute's
 * own field, and that field by its property name too (`value-field` and `valueField`: React and Svelte set
 * either, and only the one without a hyphen is checked for spelling in JSX); then every other writable
 * property. Events as the manifest lists them.
 */
export function elementProps(declaration) {
  const fields = new Map((declaration.members ?? []).filter(isWritableField).map((member) => [member.name, member]));
  const props = [];
  const add = (name, field) => {
    if (field && !props.some((prop) => prop.name === name)) props.push({ name, field: field.name, description: field.description });
  };
  for (const attribute of declaration.attributes ?? []) {
    const sameName = fields.get(attribute.name);
    add(attribute.name, sameName ?? fields.get(attribute.fieldName));
    if (!sameName) add(attribute.fieldName, fields.get(attribute.fieldName));
  }
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  for (const field of fields.values()) if (!attributeFields.has(field.name)) add(field.name, field);
  const events = [];
  for (const event of declaration.events ?? []) {
    if (!event.name || events.some((known) => known.name === event.name)) continue;
    events.push({ name: event.name, type: event.type?.text ?? 'Event', description: event.description });
  }
  return { props, events };
}

/** Import lines for the type names an element's events use: from the package that declares them, else the element's own entry. */
function typeImports(events, folder, declared) {
  const bySource = new Map();
  for (const event of events) {
    for (const name of event.type.match(/\b[A-Z]\w*/g) ?? []) {
      const owner = declared.get(name);
      const source = owner && owner !== folder ? packageName(owner) : '../index.js';
      if (!bySource.has(source)) bySource.set(source, new Set());
      bySource.get(source).add(name);
    }
  }
  return [...bySource].map(([source, names]) => `import type { ${[...names].sort().join(', ')} } from '${source}';`);
}

function writeFile(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** The manifest cut down to one element and its public members, for the editor-data generators. */
function manifestOf(module, declaration) {
  const isPublic = (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
  const members = (declaration.members ?? []).filter(isPublic);
  return { ...manifest, modules: [{ ...module, declarations: [{ ...declaration, members }] }] };
}

function editorData(module, declaration, folder, distDir) {
  const elementManifest = manifestOf(module, declaration);
  generateVsCodeCustomElementData(elementManifest, { outdir: distDir, hideLogs: true });
  // The web-types generator names the package after the package.json in the working directory; use the element's.
  const webTypes = JSON.parse(getWebTypesData(elementManifest, {}));
  const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'packages', folder, 'package.json'), 'utf8'));
  writeFile(path.join(distDir, 'web-types.json'), `${JSON.stringify({ ...webTypes, name, version }, null, 2)}\n`);
}

const declared = declaringPackages();
let written = 0;
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const folder = packageFolder(module.path);
    const distDir = path.join(root, 'packages', folder, 'dist');
    const { props, events } = elementProps(declaration);
    const element = { tag: declaration.tagName, className: declaration.name, summary: declaration.summary, props, events };
    const imports = typeImports(events, folder, declared);
    writeFile(path.join(distDir, 'types/react.d.ts'), reactTypes(element, imports));
    writeFile(path.join(distDir, 'types/vue.d.ts'), vueTypes(element, imports));
    writeFile(path.join(distDir, 'types/svelte.d.ts'), svelteTypes(element, imports));
    editorData(module, declaration, folder, distDir);
    console.log(`framework types: <${declaration.tagName}> -> packages/${folder}/dist/types/{react,vue,svelte}.d.ts, editor data`);
    written++;
  }
}
if (!written) {
  console.error(`framework types: no custom elements in ${path.relative(root, manifestPath)}`);
  process.exit(1);
}
