/**
 * `conflict-viz render`: one element drawn without a browser, to a standalone SVG or an HTML fragment with
 * declarative shadow DOM. Bundled into dist/cli.js (scripts/build-bundle.mjs) with Lit's server build,
 * @lit-labs/ssr and the elements, so the installed package runs it with nothing else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCommand, USAGE, type RenderOptions } from './args.js';
import { readDataFile } from './data.js';
import { byPart, find, findAll, shadowRootOf, textOf } from './markup.js';
import { attributesOf, renderElement, TAGS, type Tag } from './render.js';
import { composeSvg, SvgUnavailableError } from './svg.js';

const EXIT = { written: 0, input: 1, usage: 2 } as const;

/** Lit's markers for hydration (comments and `<?>`): a fragment that no script hydrates does without them. */
const LIT_MARKERS = /<!--\/?lit-(part|node)[^>]*-->|<\?>/g;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** The element's problems as the element tells them (its `role="alert"` notice), and its warnings. */
function problemsOf(markup: string, tag: string): { errors: string[]; warnings: string[] } {
  const shadow = shadowRootOf(markup, tag);
  const items = (part: string) => {
    const notice = find(shadow, byPart(part));
    return notice ? findAll(notice, (e) => e.tagName === 'li').map(textOf) : [];
  };
  return { errors: items('error'), warnings: items('warning') };
}

/** The output for `options`, or a CliError saying why there is none. */
export async function run(options: RenderOptions): Promise<{ output: string; warnings: string[] }> {
  let data: unknown;
  if (options.data) {
    const read = await readDataFile(options.data);
    if (!read.ok) throw new CliError(read.message, EXIT.input);
    data = read.data;
  }
  const tag = options.tag as Tag;
  const markup = renderElement({ tag, attributes: [['theme', options.theme], ...options.attributes], data, width: options.width });
  // The element names its input "data property" (the CLI sets it so); the reader knows it as the file.
  const named = (message: string) => (options.data ? message.replace(/^data property\b/, `--data ${path.basename(options.data)}`) : message);
  const problems = problemsOf(markup, tag);
  const [errors, warnings] = [problems.errors.map(named), problems.warnings.map(named)];
  if (errors.length) throw new CliError(`<${tag}> cannot draw this:\n${errors.map((e) => `  ${e}`).join('\n')}`, EXIT.input);
  if (options.format === 'html') {
    // The markers go, and the room the `data` binding left in the opening tag.
    const fragment = markup
      .replace(LIT_MARKERS, '')
      .trim()
      .replace(new RegExp(`^<${tag}\\s+`), `<${tag} `);
    return { output: `${fragment}\n`, warnings };
  }
  try {
    return { output: `${composeSvg(markup, tag, options.width, options.theme).svg}\n`, warnings };
  } catch (error) {
    if (error instanceof SvgUnavailableError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCommand(argv, TAGS, (tag) => attributesOf(tag as Tag));
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.written;
  }
  if (command.kind === 'error') {
    process.stderr.write(`conflict-viz: ${command.message}\n`);
    return EXIT.usage;
  }
  try {
    const { output, warnings } = await run(command.options);
    for (const warning of warnings) process.stderr.write(`conflict-viz: note: ${warning}\n`);
    if (command.options.out) fs.writeFileSync(command.options.out, output);
    else process.stdout.write(output);
    return EXIT.written;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    process.stderr.write(`conflict-viz: ${error.message}\n`);
    return error.code;
  }
}

process.exitCode = await main(process.argv.slice(2));
