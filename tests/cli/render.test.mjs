// `conflict-viz render` (packages/conflict-viz/cli, built into dist/cli.js by scripts/build-bundle.mjs): every
// element with the article's data and with a user's files, both output formats parsed (the SVG as XML), the
// width laid out at, every mistake on the command line named with its exit code, and the CLI run from the
// packed tarball with nothing installed beside it. Run by `pnpm test` after the build and `pnpm -r pack`
// (CV_PACK_DIR names the tarballs' folder; without it the test packs the package itself).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';

const root = path.resolve(import.meta.dirname, '../..');
const PACKAGE = path.join(root, 'packages/conflict-viz');
const BIN = path.join(PACKAGE, 'bin/conflict-viz.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cv-cli-'));
const fixture = (name) => path.join(root, 'data/fixtures', name);

/** Runs the CLI with `args`; `bin` another copy of it (the tarball's). */
function cli(args, { bin = BIN, cwd = tmp } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The SVG text parsed as XML; any well-formedness error or warning fails. */
function parseSvg(text) {
  const problems = [];
  const onError = (level, message) => problems.push(`${level}: ${message}`);
  const doc = new DOMParser({ onError }).parseFromString(text, 'image/svg+xml');
  assert.deepEqual(problems, [], 'the SVG is well-formed XML');
  assert.equal(doc.documentElement.localName, 'svg');
  assert.equal(doc.documentElement.namespaceURI, 'http://www.w3.org/2000/svg');
  return doc;
}

const elementsOf = (doc) => [...doc.getElementsByTagName('*')];
const byPart = (doc, ...parts) => elementsOf(doc).filter((e) => (e.getAttribute('part') ?? '').split(/\s+/).some((p) => parts.includes(p)));
const byClass = (doc, name) => elementsOf(doc).filter((e) => (e.getAttribute('class') ?? '').split(/\s+/).includes(name));
/** The nested SVG of the plot (the element's own drawing). */
const plotOf = (doc) => byPart(doc, 'svg')[0];

/** The SVG of `tag` rendered with `args`, parsed, after checking the CLI wrote it and said nothing wrong. */
function renderSvg(tag, args = []) {
  const result = cli(['render', tag, '--format', 'svg', ...args]);
  assert.equal(result.status, 0, `exit code (stderr: ${result.stderr})`);
  return { doc: parseSvg(result.stdout), text: result.stdout, stderr: result.stderr };
}

before(() => {
  if (!fs.existsSync(path.join(PACKAGE, 'dist/cli.js')))
    throw new Error('packages/conflict-viz/dist/cli.js is missing: run `node scripts/build-bundle.mjs` first (pnpm test does)');
});

/** The article's drawing: marks as the server test counts them (tests/ssr/pages.ts EXPECTED.article), its source. */
const ARTICLE = {
  'ttp-attack-chart': { marks: 15, source: 'UCDP Georeferenced Event Dataset 22.1' },
  'border-map': { marks: 6, source: 'Natural Earth' },
  'conflict-timeline': { marks: 21, source: 'Talha Madni' },
};

describe('conflict-viz render, the article (no --data)', () => {
  for (const [tag, expected] of Object.entries(ARTICLE)) {
    test(`${tag} --format svg: well-formed standalone SVG with its marks, heading, source line and resolved styles`, () => {
      const { doc, text } = renderSvg(tag);
      assert.equal(byPart(doc, 'mark', 'border').length, expected.marks, 'marks');
      const source = byClass(doc, 'source')[0];
      assert.ok(source, 'a source line');
      assert.match(source.textContent, new RegExp(`^Source: .*${expected.source}`));
      assert.ok(byClass(doc, 'heading')[0]?.textContent.length > 10, 'a heading');
      assert.ok(doc.getElementsByTagName('title')[0].textContent.length > 10, 'a <title> for assistive technology');
      // Standalone: no custom property or var() left for an editor to resolve, no script, no link out for styles.
      assert.doesNotMatch(text, /var\(--|<script|<link|<\?>|lit-part/);
      assert.equal(doc.documentElement.getAttribute('width'), '640');
    });

    test(`${tag} --format html: a fragment with a declarative shadow root, its drawing inside, no script`, () => {
      const result = cli(['render', tag, '--format', 'html']);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`^<${tag} theme="light"><template shadowroot="open" shadowrootmode="open"><style>`));
      assert.match(result.stdout, new RegExp(`</template></${tag}>\\n$`));
      assert.equal((result.stdout.match(/<[a-z]+\s[^>]*\bpart="(mark|border)"/g) ?? []).length, expected.marks);
      assert.doesNotMatch(result.stdout, /<script|lit-part|<\?>/);
    });
  }

  test('--theme dark draws with the dark theme values', () => {
    const light = renderSvg('ttp-attack-chart').doc;
    const dark = renderSvg('ttp-attack-chart', ['--theme', 'dark']).doc;
    const background = (doc) => byClass(doc, 'background')[0].getAttribute('fill');
    assert.equal(background(light), '#ffffff');
    assert.equal(background(dark), '#17191e');
    assert.match(dark.getElementsByTagName('style')[0].textContent, /\.bar \{ fill: #d95d56; \}/);
  });

  test('--width lays the drawing out at that width (not a 640 px drawing scaled)', () => {
    const at = (width) => renderSvg('ttp-attack-chart', ['--width', String(width)]).doc;
    for (const width of [320, 1000]) {
      const doc = at(width);
      assert.equal(doc.documentElement.getAttribute('width'), String(width));
      assert.match(plotOf(doc).getAttribute('viewBox'), new RegExp(`^0 0 ${width} \\d+$`));
      const right = Math.max(...byClass(doc, 'bar').map((bar) => Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))));
      assert.ok(right <= width && right > width * 0.8, `the bars fill ${width} px (right edge ${right})`);
    }
    // Narrow: the chart numbers its annotations instead of writing them over the bars (its own narrow layout).
    assert.notDeepEqual(
      byClass(at(320), 'annotation').map((a) => a.textContent.trim()),
      byClass(at(1000), 'annotation').map((a) => a.textContent.trim()),
    );
  });
});

describe('conflict-viz render, a user’s files', () => {
  test('ttp-attack-chart from an Excel CSV (BOM, CRLF, quoted thousands, a Total row): its 5 years, the Total row noted', () => {
    const csv = fixture('excel-en-crlf.csv');
    assert.deepEqual([...fs.readFileSync(csv).subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the fixture starts with a BOM');
    assert.match(fs.readFileSync(csv, 'utf8'), /\r\n/, 'the fixture has CRLF line ends');
    const args = ['--data', csv, '--attr', 'heading=Attacks <b>per</b> year', '--attr', 'source=Our newsroom', '--attr', 'lang=en'];
    const { doc, text, stderr } = renderSvg('ttp-attack-chart', args);
    assert.equal(byPart(doc, 'mark').length, 5);
    assert.equal(byClass(doc, 'source')[0].textContent, 'Source: Our newsroom');
    assert.equal(byClass(doc, 'heading')[0].textContent, 'Attacks <b>per</b> year', 'text from the command line is text');
    assert.doesNotMatch(text, /<b>/);
    assert.match(stderr, /note: .*"Total", not a year/);
    assert.match(doc.getElementsByTagName('desc')[0].textContent, /Highest: 1,204 attacks in 2017/);
  });

  test('conflict-timeline from a newsroom CSV with a BOM and CRLF: SVG at 768 px, HTML list at 320 px', () => {
    const file = path.join(tmp, 'timeline-bom.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(fixture('newsroom-timeline.csv'))]));
    const { doc } = renderSvg('conflict-timeline', ['--data', file, '--width', '768', '--attr', 'heading=Our district']);
    assert.equal(byPart(doc, 'mark').length, 5);
    assert.ok(elementsOf(doc).some((e) => e.textContent === 'Market reopened'));
    const narrow = cli(['render', 'conflict-timeline', '--data', file, '--width', '320', '--format', 'html']);
    assert.equal(narrow.status, 0, narrow.stderr);
    assert.match(narrow.stdout, /class="chronology"/);
    assert.match(narrow.stdout, /Market reopened/);
  });

  test('border-map from a TopoJSON file, with highlight and markers as attributes', () => {
    const markers = JSON.stringify([{ lon: 74.34, lat: 31.55, label: 'Lahore' }]);
    const args = ['--data', path.join(root, 'data/india-pakistan.topo.json'), '--attr', 'highlight=IND PAK', '--attr', `markers=${markers}`];
    const { doc } = renderSvg('border-map', args);
    assert.ok(byPart(doc, 'border').length >= 1, 'the highlighted border');
    assert.ok(
      elementsOf(doc).some((e) => e.localName === 'text' && e.textContent === 'Lahore'),
      'the marker is labelled',
    );
    assert.ok(byClass(doc, 'country').length >= 2);
  });
});

describe('conflict-viz render, mistakes: each named, with its exit code', () => {
  const cases = [
    [['render', 'bar-chart', '--format', 'svg'], 2, /unknown element "bar-chart": use one of ttp-attack-chart, border-map, conflict-timeline/],
    [['render', 'ttp-attack-chart'], 2, /--format is required/],
    [['render', 'ttp-attack-chart', '--format', 'png'], 2, /--format "png" is not one of svg, html/],
    [['render', 'ttp-attack-chart', '--format', 'svg', '--width', '12'], 2, /--width "12" must be a whole number of CSS pixels from 240 to 2400/],
    [['render', 'ttp-attack-chart', '--format', 'svg', '--theme', 'auto'], 2, /--theme "auto" is not one of light, dark/],
    [
      ['render', 'ttp-attack-chart', '--format', 'svg', '--attr', 'colour=red'],
      2,
      /--attr colour: <ttp-attack-chart> has no attribute "colour"; its attributes are .*heading/,
    ],
    [['render', 'ttp-attack-chart', '--format', 'svg', '--attr', 'heading'], 2, /--attr "heading" must be name=value/],
    [['render', 'ttp-attack-chart', '--format', 'svg', '--attr', 'src=https://example.org/a.csv'], 2, /--attr src: use --data <file>/],
    [['render', 'ttp-attack-chart', '--format', 'svg', '--colour', 'red'], 2, /Unknown option '--colour'/],
    [['draw', 'ttp-attack-chart'], 2, /unknown command "draw"/],
    [['render', 'conflict-timeline', '--format', 'svg', '--width', '320'], 2, /drew no SVG at this width .* use --format html, or a larger --width/],
    [['render', 'ttp-attack-chart', '--format', 'svg', '--data', 'missing.csv'], 1, /--data missing.csv cannot be read: no such file/],
    [['render', 'border-map', '--format', 'svg', '--data', fixture('excel-en-crlf.csv')], 1, /<border-map> cannot draw this:\n.*is not TopoJSON or GeoJSON/],
    [['render', 'ttp-attack-chart', '--format', 'svg', '--data', fixture('excel-de-semicolon.csv')], 1, /set year-field="Jahr"/],
    [['render', 'ttp-attack-chart', '--format', 'svg', '--attr', 'type=pie'], 1, /type/],
  ];
  for (const [args, code, message] of cases) {
    test(`${args.join(' ')} → exit ${code}`, () => {
      const result = cli(args);
      assert.equal(result.status, code, result.stderr);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '', 'nothing written');
    });
  }

  test('--help (and no arguments) prints the usage and exits 0', () => {
    for (const args of [['--help'], []]) {
      const result = cli(args);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /^Usage: conflict-viz render <tag> --format svg\|html/);
      assert.match(result.stdout, /Exit codes: 0 written; 1 .*;\s+2 the command line is wrong/s);
    }
  });

  test('--out writes the file and nothing to standard output', () => {
    const out = path.join(tmp, 'chart.svg');
    const result = cli(['render', 'ttp-attack-chart', '--format', 'svg', '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
    parseSvg(fs.readFileSync(out, 'utf8'));
  });
});

test('the packed conflict-viz tarball ships the bin, and it runs from the unpacked package with nothing installed', () => {
  let dir = process.env.CV_PACK_DIR;
  if (!dir) {
    dir = path.join(tmp, 'packs');
    execFileSync('pnpm', ['pack', '--pack-destination', dir], { cwd: PACKAGE, stdio: 'ignore' });
  }
  const tarball = fs.readdirSync(dir).find((file) => /^conflict-viz-\d.*\.tgz$/.test(file));
  assert.ok(tarball, `no conflict-viz tarball in ${dir}`);
  const unpacked = fs.mkdtempSync(path.join(tmp, 'unpacked-'));
  execFileSync('tar', ['-xzf', path.join(dir, tarball), '-C', unpacked]);
  const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'package/package.json'), 'utf8'));
  assert.equal(manifest.bin['conflict-viz'], './bin/conflict-viz.js');
  const bin = path.join(unpacked, 'package', manifest.bin['conflict-viz']);
  assert.match(fs.readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  // A folder outside the workspace: nothing to resolve but what the tarball holds.
  const result = cli(['render', 'border-map', '--format', 'svg', '--width', '480'], { bin, cwd: unpacked });
  assert.equal(result.status, 0, result.stderr);
  const doc = parseSvg(result.stdout);
  assert.equal(byPart(doc, 'mark', 'border').length, ARTICLE['border-map'].marks);
  assert.equal(doc.documentElement.getAttribute('width'), '480');
});
