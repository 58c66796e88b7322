/**
 * Server HTML shows no article data before hydration. A wrapper renders its element with `defer-hydration`,
 * which Lit's hydrate support honours: the element neither connects nor draws until @lit/react, in its
 * layout effect right after hydration, has set `data` and the listeners and removed the attribute. Without
 * it the element upgrades as soon as its module loads, before React hydrates, and draws the article's data.
 * The support patches LitElement when LitElement loads, so this module must be imported before any element.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { createElement, forwardRef, type ElementType, type ForwardRefExoticComponent } from 'react';

const litElementVersions = (globalThis as { litElementVersions?: readonly string[] }).litElementVersions;
if (litElementVersions?.length) {
  console.warn(
    '@conflict-viz/react: Lit was loaded before @conflict-viz/react, so elements rendered on a server draw ' +
      'the article\u2019s data until they hydrate. Import @conflict-viz/react before any conflict-viz element.',
  );
}

/** The component, rendering its element with `defer-hydration` (which @lit/react removes once it has set the props). */
export function deferHydration<T extends ForwardRefExoticComponent<object>>(Component: T): T {
  const Deferred = forwardRef((props: object, ref) => createElement(Component as ElementType, { ...props, ref, 'defer-hydration': '' }));
  Deferred.displayName = Component.displayName;
  return Deferred as unknown as T;
}
