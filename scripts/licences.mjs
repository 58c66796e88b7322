// The licence file shipped beside the CDN files: every third-party package whose code a build bundles,
// found from the modules the builds bundled (so a new dependency is listed without anyone remembering to), with its
// version, licence and the full text of its licence file; then the sources and licences of the bundled data.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The data the elements bundle as their defaults, by the @conflict-viz/data module that holds it.
 * data/README.md is the full record; this repeats what a licence requires (source, licence, citation).
 */
const DATA_NOTICES = {
  'ttp-yearly': 'ucdp',
  'ttp-districts': 'ucdp',
  'ttp-brd-deaths': 'ucdpBrd',
  'map-places': 'places',
  'border-region': 'naturalEarth',
  'locator-land': 'naturalEarth',
  'timeline-events': 'article',
  'timeline-eras': 'article',
  'ttp-annotations': 'article',
};

const NOTICES = {
  ucdp: `UCDP Georeferenced Event Dataset (GED) Global version 22.1 (yearly counts and district totals of TTP events
in Pakistan, derived by conflict-viz). Licence: Creative Commons Attribution 4.0 International (CC BY 4.0).
Cite: Sundberg, Ralph and Erik Melander (2013), Introducing the UCDP Georeferenced Event Dataset, Journal of
Peace Research 50(4); Davies, Shawn, Therese Pettersson and Magnus Öberg (2022), Organized violence 1989-2021
and drone warfare, Journal of Peace Research 59(4); Högbladh, Stina (2022), UCDP GED Codebook version 22.1.`,
  ucdpBrd: `UCDP Battle-Related Deaths Dataset, dyadic, version 24.1 (yearly battle-related deaths of the Government of
Pakistan - TTP dyad, unchanged). Licence: Creative Commons Attribution 4.0 International (CC BY 4.0). Cite: Davies,
Shawn, Garoun Engström, Therése Pettersson and Magnus Öberg (2024), Organized violence 1989-2023, and the prevalence
of organized crime groups, Journal of Peace Research 61(4): 673-693, doi:10.1177/00223433241262912.`,
  places: `Place coordinates: GeoNames gazetteer (CC BY 4.0; cite GeoNames), and UCDP GED 22.1 (CC BY 4.0; cite as above).`,
  article: `Timeline events, eras and chart annotations: facts from the article "Pakistan's Taliban Conundrum" (Talha
Madni, Innovating Peace Blog, February 2025), in conflict-viz's own words (MIT).`,
  naturalEarth: `Borders and land: Natural Earth (public domain), as packaged by the npm package world-atlas 2.0.2, cut to the
region and simplified by conflict-viz. world-atlas is released under this licence:`,
};

/** The package folder (…/node_modules/<name> or …/node_modules/@scope/<name>) of a bundled file, if any. */
function packageFolder(file) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return match?.[1];
}

/**
 * Packages published without a licence file, and the package of the same repository whose file holds their
 * licence: @lit-labs/ssr-dom-shim (BSD-3-Clause, bundled by the CLI) is part of the lit/lit monorepo, as is @lit-labs/ssr.
 */
const LICENCE_FILE_OF = { '@lit-labs/ssr-dom-shim': '@lit-labs/ssr' };

/** The MIT licence's text, for MIT packages published without a licence file (@parse5/tools, bundled by the CLI). */
const MIT_TEXT = (holder) => `MIT License

Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation
the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of
the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

function licenceFileText(folder) {
  const name = fs.readdirSync(folder).find((file) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(file));
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
  const sibling = LICENCE_FILE_OF[manifest.name];
  if (!name && sibling) return licenceFileText(path.dirname(fs.realpathSync(path.join(root, 'node_modules', sibling, 'package.json'))));
  if (!name && manifest.license === 'MIT' && manifest.author)
    return `(no licence file published; the MIT licence its package.json names)\n\n${MIT_TEXT(manifest.author)}`;
  if (!name) throw new Error(`licences.mjs: ${folder} ships no licence file; add its licence text by hand`);
  return fs.readFileSync(path.join(folder, name), 'utf8').trim();
}

function worldAtlasLicence() {
  const folder = path.dirname(fs.realpathSync(path.join(root, 'node_modules/world-atlas/package.json')));
  return licenceFileText(folder);
}

/** The @conflict-viz/data module a bundled file is, if any (`ttp-yearly`). */
function dataModule(file) {
  return /^packages\/data\/src\/([^/]+)\.ts$/.exec(file)?.[1];
}

/** The text of the licence file for builds that bundled `modules` (absolute paths of files, see bundle.mjs). */
export function licencesText(modules) {
  const folders = new Set();
  const dataModules = new Set();
  for (const file of modules.map((module) => path.relative(root, module))) {
    const folder = packageFolder(file);
    if (folder) folders.add(folder);
    const data = dataModule(file);
    if (data) dataModules.add(data);
  }
  const packages = [...folders]
    .map((folder) => ({ folder: path.join(root, folder), ...JSON.parse(fs.readFileSync(path.join(root, folder, 'package.json'), 'utf8')) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const rule = '-'.repeat(100);
  const parts = [
    'conflict-viz is released under the MIT licence. Its CDN files bundle the packages and data below.',
    ...packages.map(({ name, version, license, folder }) => `${rule}\n${name} ${version} (${license})\n\n${licenceFileText(folder)}`),
  ];
  const notices = [...new Set([...dataModules].map((module) => DATA_NOTICES[module]).filter(Boolean))];
  for (const notice of notices) {
    parts.push(`${rule}\nData: ${NOTICES[notice]}${notice === 'naturalEarth' ? `\n\n${worldAtlasLicence()}` : ''}`);
  }
  return `${parts.join('\n\n')}\n`;
}
