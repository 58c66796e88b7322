/**
 * Input → data → scene, each step redone only when what it reads changed: the data when the input
 * or one of the options it is parsed with changed; the scene when the data, another option, the
 * width, the language or the text's measure (another font) changed. Bad input keeps the last good
 * data and scene, so the drawing stays.
 */
import type { DataIssue, Parsed } from '../data/issues.js';
import { sameValues } from '../layout/last-result.js';
import type { ElementOptions, LayoutContext, SceneDescription } from '../layout/scene.js';
import type { DataInput } from '../controllers/data-input.js';

export interface PipelineSteps<TData, TOptions extends ElementOptions, TScene> {
  readonly parse: (input: unknown, source: string, options: TOptions['parse']) => Parsed<TData>;
  /** `preset`: the data is the article's, drawn because no data was given. */
  readonly layout: (data: TData, options: TOptions, context: LayoutContext, preset: boolean) => TScene;
  readonly describe: (scene: TScene) => SceneDescription;
}

export class ScenePipeline<TData, TOptions extends ElementOptions, TScene> {
  #data?: TData;
  #source = '';
  #issues: readonly DataIssue[] = [];
  #warnings: readonly DataIssue[] = [];
  #scene?: TScene;
  #options?: TOptions;
  /** The parse options of the data drawn (the last good input's). */
  #drawnParse?: TOptions['parse'];
  #description?: { readonly scene: TScene; readonly value: SceneDescription };
  #parsedWith: readonly unknown[] = [];
  #laidOutWith: readonly unknown[] = [];

  constructor(private readonly steps: PipelineSteps<TData, TOptions, TScene>) {}

  /** The scene drawn: the last good one while the input is bad. */
  get scene(): TScene | undefined {
    return this.#scene;
  }

  /** Where the drawn data came from (`data property`, `src`, `default`…). */
  get source(): string {
    return this.#source;
  }

  /**
   * The options of the drawing: the latest update's, with the parse options of the data drawn. While bad
   * input keeps the last good drawing, its text (the article's heading for the highlighted pair) stays too.
   */
  get options(): TOptions | undefined {
    return this.#options && { ...this.#options, parse: this.#drawnParse ?? this.#options.parse };
  }

  /** What the scene says besides its drawing, described once per scene. */
  get description(): SceneDescription | undefined {
    const scene = this.#scene;
    if (scene === undefined) return undefined;
    if (this.#description?.scene !== scene) this.#description = { scene, value: this.steps.describe(scene) };
    return this.#description.value;
  }

  /** The problems of the latest input, empty once one parses. */
  get issues(): readonly DataIssue[] {
    return this.#issues;
  }

  /** What the drawn data left out of its input, and why (a skipped "Total" row). */
  get warnings(): readonly DataIssue[] {
    return this.#warnings;
  }

  /** Bring the scene up to date; true when it is a new one. */
  update(input: DataInput | undefined, options: TOptions, context: LayoutContext): boolean {
    this.#options = options;
    if (input) this.#parse(input, options.parse);
    if (this.#data === undefined) return false;
    const { parse: _parse, ...layoutOptions } = options;
    const key = [this.#data, ...Object.values(layoutOptions), context.width, context.height, context.format, context.rtl, context.measure];
    if (sameValues(key, this.#laidOutWith)) return false;
    this.#laidOutWith = key;
    this.#scene = this.steps.layout(this.#data, options, context, this.#source === 'default');
    return true;
  }

  #parse(input: DataInput, options: TOptions['parse']): void {
    const key = [input, ...Object.values(options)];
    if (sameValues(key, this.#parsedWith)) return;
    this.#parsedWith = key;
    const parsed = this.steps.parse(input.value, input.source, options);
    this.#issues = parsed.issues;
    if (parsed.issues.length || parsed.value === undefined) return;
    this.#data = parsed.value;
    this.#warnings = [...(input.warnings ?? []), ...(parsed.warnings ?? [])];
    this.#source = input.source;
    this.#drawnParse = options;
  }
}
