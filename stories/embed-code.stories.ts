// The embed code generator of the docs: pick an element, fill in its attributes, and copy the code for a page
// that allows scripts (the loader and the element) or for a CMS that allows only iframes (embed.html and the
// parent script that sizes the iframe). The codes come from createSnippet, which tests/embed-snippet.test.ts tests.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
import { createSnippet, DEFAULT_BASE_URL } from '../packages/conflict-viz/embed/snippet.js';
import { EMBED_TAGS, type EmbedTag } from '../packages/conflict-viz/embed/params.js';

/** The attributes the generator offers for `tag`: those the element reads, but inline JSON data (use src). */
function attributesOf(tag: EmbedTag): string[] {
  const element = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  return [...(element?.observedAttributes ?? [])]
    .filter((name) => name !== 'data')
    .sort((a, b) => (a === 'heading' ? -1 : b === 'heading' ? 1 : a.localeCompare(b)));
}

interface State {
  tag: EmbedTag;
  kind: 'script' | 'iframe';
  baseUrl: string;
  values: Record<string, string>;
  copied: string;
}

/** The generator, drawn into `root` and drawn again on every change. */
function mountGenerator(root: HTMLElement): void {
  const state: State = { tag: 'ttp-attack-chart', kind: 'script', baseUrl: DEFAULT_BASE_URL, values: {}, copied: '' };
  const update = (change: Partial<State>) => {
    Object.assign(state, change, 'copied' in change ? {} : { copied: '' });
    draw();
  };
  const code = () => createSnippet({ kind: state.kind, tag: state.tag, attributes: state.values, baseUrl: state.baseUrl });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code());
      update({ copied: 'Copied to the clipboard.' });
    } catch {
      update({ copied: 'The browser refused the clipboard: select the code and copy it.' });
    }
  };
  const field = (name: string) =>
    html`<label class="field"
      ><span>${name}</span>
      <input
        name=${name}
        .value=${live(state.values[name] ?? '')}
        @input=${(e: Event) => update({ values: { ...state.values, [name]: (e.target as HTMLInputElement).value } })}
    /></label>`;
  const draw = () =>
    render(
      html`<style>
          .embed-generator {
            display: grid;
            gap: 12px;
            max-width: 760px;
            font: 14px/1.4 system-ui, sans-serif;
          }
          .embed-generator .field {
            display: grid;
            gap: 2px;
          }
          .embed-generator fieldset {
            display: grid;
            gap: 6px;
          }
          .embed-generator textarea {
            font: 13px/1.4 ui-monospace, monospace;
          }
          .embed-generator button {
            justify-self: start;
          }
        </style>
        <form class="embed-generator" @submit=${(e: Event) => e.preventDefault()}>
        <label class="field"
          ><span>Element</span>
          <select name="element" @change=${(e: Event) => update({ tag: (e.target as HTMLSelectElement).value as EmbedTag, values: {} })}>
            ${EMBED_TAGS.map((tag) => html`<option value=${tag} ?selected=${tag === state.tag}>&lt;${tag}&gt;</option>`)}
          </select></label
        >
        <fieldset>
          <legend>Embed as</legend>
          <label
            ><input type="radio" name="kind" value="script" .checked=${live(state.kind === 'script')} @change=${() => update({ kind: 'script' })} /> a script
            tag and the element (pages that allow scripts)</label
          >
          <label
            ><input type="radio" name="kind" value="iframe" .checked=${live(state.kind === 'iframe')} @change=${() => update({ kind: 'iframe' })} /> an
            iframe that sizes itself (CMSs that allow only iframes)</label
          >
        </fieldset>
        <fieldset>
          <legend>Attributes (empty ones are left out)</legend>
          ${attributesOf(state.tag).map(field)}
        </fieldset>
        <label class="field"
          ><span>Where dist/ is served</span>
          <input name="base-url" .value=${live(state.baseUrl)} @input=${(e: Event) => update({ baseUrl: (e.target as HTMLInputElement).value })}
        /></label>
        <label class="field code"
          ><span>Code</span>
          <textarea name="code" readonly rows="6" .value=${live(code())}></textarea>
        </label>
        <button type="button" @click=${copy}>Copy the code</button>
        <p role="status">${state.copied}</p>
      </form>`,
      root,
    );
  draw();
}

const meta: Meta = {
  title: 'Guides/Embed code generator',
  render: () => {
    const root = document.createElement('div');
    mountGenerator(root);
    return root;
  },
};
export default meta;

/**
 * Pick an element, fill in its attributes, and copy the code. The iframe code loads `embed.html` (which shows
 * the element named by `el`, with the other URL parameters as its attributes) and `embed-parent.js`, which
 * sizes the iframe to the height the page posts.
 */
export const Generator: StoryObj = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    const codeOf = () => (form.querySelector('textarea[name="code"]') as HTMLTextAreaElement).value;
    await expect(codeOf()).toContain('<ttp-attack-chart></ttp-attack-chart>');
    await userEvent.type(form.querySelector('input[name="heading"]')!, 'Attacks & "raids"');
    await waitFor(() => expect(codeOf()).toContain('<ttp-attack-chart heading="Attacks &amp; &quot;raids&quot;"></ttp-attack-chart>'));
    await userEvent.click(form.querySelector('input[value="iframe"]')!);
    await waitFor(() => expect(codeOf()).toContain('embed.html?el=ttp-attack-chart&amp;heading=Attacks+%26+%22raids%22'));
    await expect(codeOf()).toContain('embed-parent.js');
  },
};
