/**
 * Registration that is safe to repeat: two bundles on one page must not throw. When the tag is already
 * taken by another class (another copy or version of conflict-viz, or another library), the page keeps
 * that definition and the console says so, since what the page shows is then not this copy's.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, constructor);
  else if (existing !== constructor) {
    console.warn(
      `conflict-viz: <${tag}> was already defined by another script on this page, which draws it; this copy is not used. Load one conflict-viz script per page.`,
    );
  }
}
