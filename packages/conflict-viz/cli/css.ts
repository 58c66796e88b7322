/**
 * An element's shadow-root styles made fit for a standalone SVG: every custom property resolved to its value
 * for the theme (editors such as Illustrator read no `var()`), `:host` rules onto the SVG's root, and only
 * the rules that style a drawing kept.
 */
import postcss, { type AtRule, type Node, type Rule } from 'postcss';

export type Theme = 'light' | 'dark';

/** The class the standalone SVG's root carries, standing in for the element's `:host`. */
export const ROOT_CLASS = 'cv-root';

/**
 * Selectors of the HTML around the plot (buttons, tooltip, table, notices, the vertical list) and of the
 * plot's own box (`svg` alone sets its CSS width): nothing in a standalone drawing is for them.
 */
const HTML_ONLY =
  /\b(button|table|td|th|caption|tooltip|notice|visually-hidden|footer|detail|zoom|controls|base|heading|description|source|contents|plot|chronology|entries|rails?|spine|swatch|number|key-number)\b|:focus|::|\[aria-|:hover|:disabled|^(\*|a|svg)$|svg$/;

/** The selectors of a rule under `:host` for `theme`: the plain host, or the host with that theme. */
function hostVariant(selector: string, theme: Theme): 'host' | 'theme' | undefined {
  if (selector === ':host') return 'host';
  if (selector === `:host([theme='${theme}'])` || selector === `:host([theme="${theme}"])`) return 'theme';
  return undefined;
}

/**
 * Whether `node` applies on every screen: at the top level, or inside `@media screen` only. A theme's rules are
 * (printed, every element is light); those for a system preference, forced colours or print are not.
 */
function onEveryScreen(node: Node): boolean {
  for (let parent = node.parent; parent && parent.type !== 'root'; parent = parent.parent) {
    const media = parent.type === 'atrule' ? (parent as AtRule) : undefined;
    if (media?.name !== 'media' || media.params.trim() !== 'screen') return false;
  }
  return true;
}

/** Custom properties as the element's host has them in `theme`: `:host` first, then the theme's own rule. */
function hostProperties(root: postcss.Root, theme: Theme): Map<string, string> {
  const properties = new Map<string, string>();
  for (const variant of ['host', 'theme'] as const) {
    root.walkRules((rule) => {
      if (!onEveryScreen(rule) || hostVariant(rule.selector, theme) !== variant) return;
      rule.walkDecls(/^--/, (declaration) => void properties.set(declaration.prop, declaration.value));
    });
  }
  return properties;
}

/** `value` with each `var(--name, fallback)` replaced by the property's resolved value (or the fallback). */
export function resolveVariables(value: string, properties: ReadonlyMap<string, string>, depth = 0): string {
  if (depth > 20) return '';
  let result = '';
  let at = 0;
  for (let start = value.indexOf('var(', at); start !== -1; start = value.indexOf('var(', at)) {
    result += value.slice(at, start);
    const end = closingParen(value, start + 3);
    const inner = value.slice(start + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    const own = properties.get(name);
    const chosen = own ?? (comma === -1 ? '' : inner.slice(comma + 1));
    result += resolveVariables(chosen.trim(), properties, depth + 1);
    at = end + 1;
  }
  return result + value.slice(at);
}

/** The index of the parenthesis that closes the one at `open`. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return text.length;
}

/** The resolved values an SVG needs outside the stylesheet (background, text colours, font), for `theme`. */
export interface ThemeValues {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly fontFamily: string;
  readonly properties: ReadonlyMap<string, string>;
}

export interface SvgStyles {
  /** The stylesheet, every value resolved. */
  readonly css: string;
  readonly values: ThemeValues;
  /**
   * Rules for the part of a drawing under `scope` (a selector) that sets its own custom properties (`style="--_k:…"`
   * on a group, as the timeline colours a category): the rules that read them, resolved with them.
   */
  scoped(scope: string, style: string): string;
}

/**
 * The element's `styles` (its shadow root's `<style>` texts) for a standalone SVG in `theme`: the CSS, with
 * every value resolved, and the values the composition draws with.
 */
export function stylesForSvg(styles: readonly string[], theme: Theme): SvgStyles {
  const root = postcss.parse(styles.join('\n'));
  const properties = hostProperties(root, theme);
  const resolved = new Map([...properties].map(([name, value]) => [name, resolveVariables(value, properties)]));
  const out = postcss.root();
  // @media rules (the system's dark preference, forced colours, print) answer to a reader's screen, not to a file.
  const rules = root.nodes.filter((node): node is Rule => node.type === 'rule');
  for (const node of rules) {
    const rule = svgRule(node, resolved, `.${ROOT_CLASS}`);
    if (rule) out.append(rule);
  }
  const scoped = (scope: string, style: string) => {
    const own = new Map<string, string>();
    postcss.parse(`x{${style}}`).walkDecls(/^--/, (declaration) => void own.set(declaration.prop, resolveVariables(declaration.value, resolved)));
    const names = [...own.keys()];
    const withOwn = new Map([...resolved, ...own]);
    const readers = rules.filter((rule) => names.some((name) => rule.toString().includes(`var(${name}`)));
    return readers.map((rule) => svgRule(rule, withOwn, `.${ROOT_CLASS} ${scope}`)?.toString() ?? '').join('\n');
  };
  const host = (name: string) => resolved.get(name) ?? '';
  const fontRule = root.nodes.find(
    (node): node is Rule => node.type === 'rule' && node.selector === ':host' && node.some((d) => d.type === 'decl' && d.prop === 'font-family'),
  );
  const fontDeclaration = fontRule?.nodes.find((d) => d.type === 'decl' && d.prop === 'font-family');
  const fontFamily = fontDeclaration?.type === 'decl' ? resolveVariables(fontDeclaration.value, resolved) : 'sans-serif';
  return {
    css: out.toString(),
    scoped,
    values: { background: host('--_background'), text: host('--_text'), muted: host('--_muted'), fontFamily, properties: resolved },
  };
}

/** `rule` for the SVG (selectors that can match a drawing, values resolved, no custom properties), or undefined. */
function svgRule(rule: Rule, properties: ReadonlyMap<string, string>, scope: string): Rule | undefined {
  const selectors = rule.selectors.filter((selector) => !selector.includes(':host') && !HTML_ONLY.test(selector));
  if (!selectors.length) return undefined;
  const copy = rule.clone({ selectors: selectors.map((selector) => `${scope} ${selector}`) });
  copy.walkDecls((declaration) => {
    const value = resolveVariables(declaration.value, properties).trim();
    // A property set on one element (a legend key's colour) resolves to nothing here: the attribute drawn with it stays.
    if (declaration.prop.startsWith('--') || !value) declaration.remove();
    else declaration.value = value;
  });
  copy.walkComments((comment) => void comment.remove());
  return copy.nodes.length ? copy : undefined;
}
