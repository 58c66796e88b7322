// The one module of shared test helpers: mounting an element and waiting until it has drawn, shadow-DOM
// queries through public parts and roles, key presses, console capture, colour contrast, rendered
// overlaps, files from the test server, and walks over pure scenes. Tests import these, never copy them.
import { fixture, oneEvent, expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

/** What the tests may touch on any conflict-viz element: its public properties and methods. */
export type CvHost = HTMLElement & {
  updateComplete: Promise<boolean>;
  readonly issues: readonly { readonly source: string; readonly message: string }[];
  readonly dataSource: string;
  [property: string]: unknown;
};

// ---- mounting and waiting --------------------------------------------------------------------------

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Wait until the element has drawn at its measured size: a size change is laid out in one frame,
 * reported by the ResizeObserver after layout, and followed in the next frame.
 */
export async function settled<T extends { updateComplete: Promise<unknown> }>(el: T): Promise<T> {
  await el.updateComplete;
  for (let i = 0; i < 3; i++) await nextFrame();
  await el.updateComplete;
  return el;
}

/** The update a change starts, and the one that update may request (no frames: for thousands of runs). */
export async function updated(el: { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}

/** Mount a template whose root is the element, and wait until it has drawn. */
export async function mount<T extends Element = CvHost>(template: TemplateResult): Promise<T> {
  return settled((await fixture(template)) as T & { updateComplete: Promise<unknown> });
}

/** Mount a template inside a box `width` px wide (and optional wrapper attributes), and return its first element, drawn. */
export async function mountIn<T extends Element = CvHost>(template: TemplateResult, width: number): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return settled(box.firstElementChild as T & { updateComplete: Promise<unknown> });
}

/** `<tag></tag>` as a template, for tests that run over every element. */
export const tagTemplate = (tag: string) => staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`;

/** The next cv-render or cv-error, whichever comes first (a `src` loaded or refused). */
export function drawnOrFailed(el: Element): Promise<Event> {
  return Promise.race([oneEvent(el, 'cv-render'), oneEvent(el, 'cv-error')]);
}

/** Wait until `condition` holds, for at most about 3 s, and fail if it never does. */
export async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !condition(); i++) await sleep(20);
  expect(condition(), 'condition never held').to.equal(true);
}

/** Press a key where the focus is, and wait until the element has drawn the result. */
export async function press(el: { updateComplete: Promise<unknown> }, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settled(el);
}

// ---- the shadow DOM, through parts and roles ----------------------------------------------------

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
/** Text as a reader sees it: runs of white space as one space, none at the ends. */
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
export const parts = (el: Element, name: string) => $$(el, `[part~="${name}"]`);
export const plot = (el: Element) => part(el, 'plot') as HTMLElement;
/** What a screen reader reads where the focus is: the focused mark's name. */
export const focusedName = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('aria-label') ?? '';
/** The visible error notice. */
export const notice = (el: Element) => text($(el, '[role="alert"]'));
export const tooltip = (el: Element) => text(part(el, 'tooltip'));
/** What the live regions announce. */
export const announced = (el: Element) => $$(el, '[aria-live]').map(text).filter(Boolean).join(' | ');
/** The drawing as markup (the SVG, or the timeline's chronology on narrow containers): equal before and after means nothing drawn changed. */
export const drawing = (el: Element) => (part(el, 'svg') ?? part(el, 'chronology'))?.outerHTML ?? '';
/** A button of the element by its accessible label or its text. */
export const button = (el: Element, name: string) =>
  $$(el, 'button').find((b) => b.getAttribute('aria-label') === name || text(b) === name) as HTMLButtonElement;

/** Where to point at an element: its middle, or 20 px in from its start when it is wide. */
export function center(element: Element) {
  const box = element.getBoundingClientRect();
  return { clientX: box.left + Math.min(20, box.width / 2), clientY: box.top + box.height / 2 };
}

// ---- console ----------------------------------------------------------------------------------------

/** Collect console warnings until `restore()` (each rejected input warns once). */
export function captureWarnings() {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  return { warnings, restore: () => (console.warn = warn) };
}

// ---- colour and geometry as the browser renders them ------------------------------------------------

/** Luminance contrast of two CSS colours (`rgb()`/`rgba()` as computed styles give them), as WCAG defines it. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b2] = color
      .match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Do two rendered boxes overlap by more than `tolerance` px? */
export const boxesCross = (a: DOMRect, b: DOMRect, tolerance = 0.5) =>
  a.left < b.right - tolerance && b.left < a.right - tolerance && a.top < b.bottom - tolerance && b.top < a.bottom - tolerance;

/** The texts of the first pair of rendered elements that overlap by more than `tolerance` px, or undefined. */
export function overlap(elements: Element[], tolerance = 0.5): [string, string] | undefined {
  const boxes = elements.map((e) => e.getBoundingClientRect());
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) if (boxesCross(boxes[i], boxes[j], tolerance)) return [text(elements[i]), text(elements[j])];
  }
  return undefined;
}

/** The geometry attributes of an element's SVG, checked for NaN and Infinity. */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'transform', 'viewBox', 'points']);

/** Every geometry attribute in the element's shadow SVG that holds NaN or Infinity, as `<tag attr="value">`. */
export function badGeometry(el: Element): string[] {
  const bad: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('svg, svg *')) {
    for (const attr of node.attributes) {
      if (GEOMETRY.has(attr.name) && /NaN|Infinity/.test(attr.value)) bad.push(`<${node.localName} ${attr.name}="${attr.value.slice(0, 60)}">`);
    }
  }
  return bad;
}

// ---- pure values ----------------------------------------------------------------------------------------

/** Every number in a value (a scene), however deep: none may be NaN or infinite. */
export function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

// ---- pages in frames --------------------------------------------------------------------------------

/**
 * Loads `src` in an iframe of this page (`size`: its CSS width and height) and resolves with the first
 * message of `type` its page posts: the test pages under tests/csp, tests/hostile and tests/loader
 * report what they saw that way. Rejects after `seconds`.
 */
export function framedReport<T>(src: string, type: string, { size = 'width:800px', seconds = 20 } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = size;
    const timer = setTimeout(() => reject(new Error(`no ${type} from ${src} within ${seconds} s`)), seconds * 1000);
    window.addEventListener('message', function onMessage(event) {
      if (event.source !== frame.contentWindow || event.data?.type !== type) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data as T);
      frame.remove();
    });
    frame.src = src;
    document.body.append(frame);
  });
}

// ---- files from the test server -----------------------------------------------------------------------

/** A file served by the test server (the repository, and the routes in web-test-runner.config.mjs), or undefined on an error status. */
export async function readText(url: string): Promise<string | undefined> {
  const response = await fetch(url);
  return response.ok ? response.text() : undefined;
}
