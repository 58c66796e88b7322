/**
 * Inline style properties set through the CSSOM (`style.setProperty`), never through the `style`
 * attribute. A strict Content-Security-Policy (`style-src` without 'unsafe-inline') blocks the
 * attribute even when script sets it, and Lit's styleMap sets the attribute on first render; the
 * CSSOM is always allowed. Use on an element: `<g ${styleProps({ '--_k': color })}>`.
 * The elements themselves bind the `.style` property instead (`<g .style=${`--_k:${color}`}>`), which is
 * the CSSOM too (it sets cssText) and needs no directive code in their bundles; this directive suits
 * an element whose inline style is also set elsewhere, since it touches only the properties it names.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | undefined>>;

class StylePropsDirective extends Directive {
  private readonly previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() is an element directive: <div ${styleProps({...})}>');
  }

  render(_props: StyleProps) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const name in props) {
      const value = props[name];
      if (value == null) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

/** CSS properties in kebab case (`min-height`, `--_k`) set on the element through the CSSOM. */
export const styleProps = directive(StylePropsDirective);
