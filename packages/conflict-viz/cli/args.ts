/**
 * The command line of `conflict-viz render`, read and checked before anything is drawn: every mistake is
 * named with how to fix it, and gives exit code 2 (usage), as command-line tools do.
 */
import { parseArgs } from 'node:util';

export const THEMES = ['light', 'dark'] as const;
export const FORMATS = ['svg', 'html'] as const;
/** The widths laid out at, in CSS px: from a phone's column to a wide print page. */
export const WIDTH_RANGE = { min: 240, max: 2400, default: 640 } as const;

export const USAGE = `Usage: conflict-viz render <tag> --format svg|html [options]

Draws one element without a browser (through @lit-labs/ssr, as a server renders it) and writes a
standalone SVG (print, social images, RSS) or an HTML fragment with declarative shadow DOM (e-mail,
pages without script). Given no --data, an element draws the article's data.

  <tag>                   ttp-attack-chart, border-map or conflict-timeline
  --format svg|html       what to write (required)
  --data <file>           a .csv, .tsv or .json file (as the element's src would read it)
  --attr <name>=<value>   an attribute of the element, e.g. --attr heading="Attacks per year"
                          (repeat for more; see the element's README for its attributes)
  --width <px>            the width to lay out at, ${WIDTH_RANGE.min}–${WIDTH_RANGE.max} (default ${WIDTH_RANGE.default})
  --theme light|dark      colours (default light)
  --out <file>            write to this file instead of standard output
  -h, --help              show this help

Exit codes: 0 written; 1 the data or an attribute has a problem (the element's message is printed);
2 the command line is wrong.

Example:
  conflict-viz render ttp-attack-chart --data attacks.csv --attr heading="Attacks per year" --format svg --out chart.svg`;

export interface RenderOptions {
  readonly tag: string;
  readonly format: (typeof FORMATS)[number];
  readonly theme: (typeof THEMES)[number];
  readonly width: number;
  readonly data?: string;
  readonly out?: string;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
}

export type ParsedCommand = { kind: 'help' } | { kind: 'render'; options: RenderOptions } | { kind: 'error'; message: string };

/** What the element reads from elsewhere than an --attr: the option to use instead. */
const ATTRIBUTES_WITH_OPTIONS: Record<string, string> = {
  data: '--data <file>',
  src: '--data <file> (the CLI reads local files; it fetches nothing)',
  theme: '--theme light|dark',
};

/** HTML's own attributes the elements read: the language (numbers, dates, the words they write) and direction. */
const GLOBAL_ATTRIBUTES = ['lang', 'dir'];

const fail = (message: string): ParsedCommand => ({ kind: 'error', message });

/**
 * `argv` (after the program name) as a command: `tags` are the elements it can render, `attributesOf(tag)`
 * the attributes each reads.
 */
export function parseCommand(argv: readonly string[], tags: readonly string[], attributesOf: (tag: string) => readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        data: { type: 'string' },
        attr: { type: 'string', multiple: true },
        width: { type: 'string' },
        theme: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's messages name the option ("Unknown option '--colour'"); the usage line says what exists.
    return fail(`${(error as Error).message.replace(/\. To specify.*$/s, '')}. Run conflict-viz --help for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help' || !positionals.length) return { kind: 'help' };
  const [command, tag, ...extra] = positionals;
  if (command !== 'render') return fail(`unknown command "${command}": the command is render (conflict-viz render <tag> --format svg|html)`);
  if (!tag) return fail(`render needs an element: conflict-viz render <tag>, the tag one of ${tags.join(', ')}`);
  if (!tags.includes(tag)) return fail(`unknown element "${tag}": use one of ${tags.join(', ')}`);
  if (extra.length) return fail(`unexpected argument "${extra[0]}": options start with -- (an attribute is --attr name=value)`);
  if (!values.format) return fail('--format is required: --format svg (a standalone image) or --format html (a fragment with declarative shadow DOM)');
  const format = oneOf('--format', values.format, FORMATS);
  const theme = oneOf('--theme', values.theme ?? 'light', THEMES);
  const width = readWidth(values.width);
  const attributes = readAttributes(values.attr ?? [], tag, attributesOf(tag));
  for (const result of [format, theme, width, attributes]) if (typeof result === 'string') return fail(result);
  if (values.data === '') return fail('--data needs a file name: --data rows.csv');
  if (values.out === '') return fail('--out needs a file name: --out chart.svg');
  return {
    kind: 'render',
    options: {
      tag,
      format: (format as { value: RenderOptions['format'] }).value,
      theme: (theme as { value: RenderOptions['theme'] }).value,
      width: (width as { value: number }).value,
      attributes: (attributes as { value: RenderOptions['attributes'] }).value,
      data: values.data,
      out: values.out,
    },
  };
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): { value: T } | string {
  return (allowed as readonly string[]).includes(value) ? { value: value as T } : `${option} "${value}" is not one of ${allowed.join(', ')}`;
}

function readWidth(text: string | undefined): { value: number } | string {
  if (text === undefined) return { value: WIDTH_RANGE.default };
  const width = Number(text);
  if (!/^\d+$/.test(text) || width < WIDTH_RANGE.min || width > WIDTH_RANGE.max) {
    return `--width "${text}" must be a whole number of CSS pixels from ${WIDTH_RANGE.min} to ${WIDTH_RANGE.max}, e.g. --width 640`;
  }
  return { value: width };
}

function readAttributes(pairs: readonly string[], tag: string, known: readonly string[]): { value: Array<[string, string]> } | string {
  const attributes: Array<[string, string]> = [];
  for (const pair of pairs) {
    const equals = pair.indexOf('=');
    if (equals < 1) return `--attr "${pair}" must be name=value, e.g. --attr heading="Attacks per year"`;
    const name = pair.slice(0, equals).trim().toLowerCase();
    const value = pair.slice(equals + 1);
    if (ATTRIBUTES_WITH_OPTIONS[name]) return `--attr ${name}: use ${ATTRIBUTES_WITH_OPTIONS[name]} instead`;
    if (!known.includes(name) && !GLOBAL_ATTRIBUTES.includes(name))
      return `--attr ${name}: <${tag}> has no attribute "${name}"; its attributes are ${[...known.filter((a) => !ATTRIBUTES_WITH_OPTIONS[a]), ...GLOBAL_ATTRIBUTES].join(', ')}`;
    if (attributes.some(([seen]) => seen === name)) return `--attr ${name} is given twice: give each attribute once`;
    attributes.push([name, value]);
  }
  return { value: attributes };
}
