// The bundling shared by the CDN bundle, the size check and the benchmarks: one self-contained ES
// module per entry, built from the TypeScript sources by esbuild and compressed further by terser
// (about 4% smaller gzip than esbuild's minifier alone, which matters against the size budgets).
import fs from 'node:fs';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import ts from 'typescript';

export const BUNDLE_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // terser minifies (below): esbuild keeps names so terser can recognise d3's pure helpers.
  minify: false,
  conditions: ['source', 'production'],
  tsconfig: 'tsconfig.base.json',
  // Third-party licence texts go to a separate file (see build-bundle.mjs), not into every measurement.
  legalComments: 'external',
  logLevel: 'warning',
};

const TERSER_OPTIONS = {
  module: true,
  ecma: 2020,
  compress: {
    // A third pass still finds a few bytes (a fourth only in some entries).
    passes: 3,
    pure_getters: true,
    // Both turn anonymous functions into arrows or methods, which cannot be called with `new`; none of
    // ours or our dependencies' is (the methods made are d3-geo's stream handlers and d3-dsv's parseRows).
    unsafe_arrows: true,
    unsafe_methods: true,
    // d3's single-file builds create helpers at the top level (bisector(ascending), Blur2(blurf),
    // shuffler(Math.random), dsv("\t"), new Adder() in d3-geo); marking them pure lets the unused ones go.
    pure_funcs: ['bisector', 'Blur2', 'shuffler', 'dsv', 'Adder', 'clip', 'transformer', 'azimuthalRaw'],
  },
  mangle: true,
};

/** Lit's template tags, as our sources import them. */
const TEMPLATE_TAG = /^(css|html|svg)$/;

/**
 * The whitespace and comments of Lit's css, html and svg templates, which no JS minifier touches:
 * CSS loses comments and the spaces around punctuation; markup keeps one space where it had a line
 * break and indentation (HTML renders the two alike, and no template here has <pre> text).
 * Works on the TypeScript source, so esbuild still compiles the whole bundle at once (and would emit
 * any helper it needs once, not once per module).
 */
function minifyTemplates(code, path) {
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  // A template part's text between its delimiters: ` or } before, ${ or ` after.
  const edit = (part, css) => {
    const start = part.getStart(source) + 1;
    const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
    const raw = code.slice(start, end);
    const small = css
      ? raw
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/ ?([{};,>]) ?/g, '$1')
          .replace(/: /g, ':')
          .replace(/;}/g, '}')
          .replace(/([ :(,])0\.(\d)/g, '$1.$2')
      : raw.replace(/\s*\n\s*/g, ' ');
    if (small !== raw) edits.push([start, end, small]);
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TEMPLATE_TAG.test(node.tag.text)) {
      const css = node.tag.text === 'css';
      const { template } = node;
      if (ts.isNoSubstitutionTemplateLiteral(template)) edit(template, css);
      else [template.head, ...template.templateSpans.map((span) => span.literal)].forEach((part) => edit(part, css));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + text + code.slice(end);
  return code;
}

/** Our sources with their templates minified; esbuild compiles them as TypeScript with the rest of the bundle. */
const templatePlugin = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, ({ path }) => ({
      contents: minifyTemplates(fs.readFileSync(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};

/**
 * Exact text edits to pinned third-party files, each of which must match once: a changed file fails
 * the build instead of shipping half patched. Update the text with the pinned version.
 */
const PATCHES = [
  {
    // @lit-labs/observers 2.1.0 (production build). ResizeController.target() wraps an AsyncDirective
    // we never use (ChartSizeController observes the host), yet it pulls lit-html's async-directive.js,
    // directive.js and directive-helpers.js into every entry: drop the method, the class and imports.
    file: /[\\/]@lit-labs[\\/]observers[\\/]resize-controller\.js$/,
    edits: [
      ['import{AsyncDirective as t}from"lit-html/async-directive.js";import{directive as s}from"lit-html/directive.js";', ''],
      ['target(t){return e(this,t)}', ''],
      [
        'const e=s(class extends t{constructor(){super(...arguments),this.observing=!1}render(t,s){}update(t,[s,i]){this.controller=s,this.part=t,this.observe=i,!1===i?(s.unobserve(t.element),this.observing=!1):!1===this.observing&&(s.observe(t.element),this.observing=!0)}disconnected(){this.controller?.unobserve(this.part.element),this.observing=!1}reconnected(){!1!==this.observe&&!1===this.observing&&(this.controller?.observe(this.part.element),this.observing=!0)}});',
        '',
      ],
    ],
  },
  {
    // d3-dsv 3.0.2. We only parse CSV into rows (csvParseRows), but dsv() returns its formatters and
    // csvParse with it, so terser cannot drop them, and autoType's timezone probe runs at load: keep
    // the row parsers alone. Importing anything else from this bundle then fails the build.
    file: /[\\/]d3-dsv[\\/]dist[\\/]d3-dsv\.mjs$/,
    edits: [
      ['var reFormat = new RegExp("[\\"" + delimiter + "\\n\\r]"),\n      DELIMITER', 'var DELIMITER'],
      [
        '    parse: parse,\n    parseRows: parseRows,\n    format: format,\n    formatBody: formatBody,\n    formatRows: formatRows,\n    formatRow: formatRow,\n    formatValue: formatValue\n  };',
        '    parseRows: parseRows\n  };',
      ],
      ...['csv', 'tsv'].map((name) => [`var ${name}Parse = ${name}.parse;\n`, '']),
      ...['csv', 'tsv'].map((name) => [
        `var ${name}Format = ${name}.format;\nvar ${name}FormatBody = ${name}.formatBody;\nvar ${name}FormatRows = ${name}.formatRows;\nvar ${name}FormatRow = ${name}.formatRow;\nvar ${name}FormatValue = ${name}.formatValue;\n`,
        '',
      ]),
      [
        'export { autoType, csvFormat, csvFormatBody, csvFormatRow, csvFormatRows, csvFormatValue, csvParse, csvParseRows, dsv as dsvFormat, tsvFormat, tsvFormatBody, tsvFormatRow, tsvFormatRows, tsvFormatValue, tsvParse, tsvParseRows };',
        'export { csvParseRows, tsvParseRows };',
      ],
      [
        String.raw`function autoType(object) {
  for (var key in object) {
    var value = object[key].trim(), number, m;
    if (!value) value = null;
    else if (value === "true") value = true;
    else if (value === "false") value = false;
    else if (value === "NaN") value = NaN;
    else if (!isNaN(number = +value)) value = number;
    else if (m = value.match(/^([-+]\d{2})?\d{4}(-\d{2}(-\d{2})?)?(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?(Z|[-+]\d{2}:\d{2})?)?$/)) {
      if (fixtz && !!m[4] && !m[7]) value = value.replace(/-/g, "/").replace(/T/, " ");
      value = new Date(value);
    }
    else continue;
    object[key] = value;
  }
  return object;
}

// https://github.com/d3/d3-dsv/issues/45
const fixtz = new Date("2019-01-01T00:00").getHours() || new Date("2019-07-01T00:00").getHours();

`,
        '',
      ],
    ],
  },
];

const patchPlugin = {
  name: 'patch-dependencies',
  setup(build) {
    for (const { file, edits } of PATCHES) {
      build.onLoad({ filter: file }, ({ path }) => {
        let contents = fs.readFileSync(path, 'utf8');
        for (const [text, replacement] of edits) {
          const at = contents.indexOf(text);
          if (at < 0 || contents.indexOf(text, at + 1) >= 0) {
            throw new Error(
              `bundle.mjs PATCHES: ${path} does not contain exactly once:\n  ${text.slice(0, 120)}\nThe dependency changed: update the patch or remove it.`,
            );
          }
          contents = contents.slice(0, at) + replacement + contents.slice(at + text.length);
        }
        return { contents, loader: 'js' };
      });
    }
  },
};

/**
 * Bundle `entry` in memory; returns the minified code, the licence comments and esbuild's metafile.
 * `{ terser: false }` minifies with esbuild alone: for other libraries, whose code our pure-function
 * list was not written for.
 */
export async function bundle(entry, { terser = true } = {}) {
  const result = await esbuild.build({
    ...BUNDLE_OPTIONS,
    minify: !terser,
    entryPoints: [entry],
    outfile: 'bundle.js',
    write: false,
    metafile: true,
    plugins: terser ? [templatePlugin, patchPlugin] : [],
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const legal = result.outputFiles.find((file) => file.path.endsWith('.LEGAL.txt'));
  const code = terser ? (await minify(js.text, TERSER_OPTIONS)).code : js.text;
  return { code, legal: legal?.text ?? '', metafile: result.metafile };
}
