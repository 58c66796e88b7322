// Every Storybook story, light and dark, at 320 and 1,024 px: axe-core reports nothing, with every rule it has,
// the experimental ones (off by default) included, but the three about the host page. And under
// emulated forced colours and reduced motion, marks stay visible and nothing transitions.
// Reads the built Storybook (storybook-static/), which `pnpm test` builds before this runs.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ELEMENT_TAGS } from './elements.js';

interface StoryEntry {
  id: string;
  type: string;
  title: string;
  tags?: string[];
}

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
  passes: { id: string }[];
  incomplete: { id: string }[];
  inapplicable: { id: string }[];
}

type AxeWindow = Window & { axe?: { run(context: Document, options: object): Promise<AxeResult>; getRules(): { ruleId: string }[] } };

/** Rules about the host page (one main landmark, an h1, everything in a landmark): Storybook's page, not the elements'. */
const PAGE_RULES = ['landmark-one-main', 'page-has-heading-one', 'region'];

const TAGS = new Set<string>(ELEMENT_TAGS);
let axeSource = '';
/** The rules axe ran, for the check that the experimental ones did. */
const ran = new Set<string>();

type Channel = { emit(event: string, data: unknown): void; once(event: string, listener: (data: unknown) => void): void };

/** One Storybook preview per width; stories are switched through its channel, not reloaded. */
async function openPreview(width: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  frame.src = `/storybook-static/iframe.html?id=${stories[0].id}&viewMode=story`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

async function showStory(frame: HTMLIFrameElement, id: string): Promise<void> {
  const channel = (frame.contentWindow as Window & { __STORYBOOK_ADDONS_CHANNEL__: Channel }).__STORYBOOK_ADDONS_CHANNEL__;
  const rendered = new Promise((resolve) => channel.once('storyRendered', resolve));
  channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
  await Promise.race([rendered, new Promise((resolve) => setTimeout(resolve, 5000))]);
  // The story has rendered (and played); elements that load a src may still be busy.
  for (let i = 0; i < 60 && elementsIn(frame).some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]')); i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await Promise.all(elementsIn(frame).map((el) => el.updateComplete));
}

function elementsIn(frame: HTMLIFrameElement): (HTMLElement & { updateComplete: Promise<boolean> })[] {
  return [...frame.contentDocument!.querySelectorAll('*')].filter((el) => TAGS.has(el.localName)) as never;
}

async function axe(frame: HTMLIFrameElement): Promise<string[]> {
  const win = frame.contentWindow as AxeWindow;
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.textContent = axeSource;
    frame.contentDocument!.head.append(script);
  }
  // The elements, not Storybook's page: page-level rules (one main landmark, an h1) are the host page's business.
  const root = frame.contentDocument!.querySelector('#storybook-root') ?? frame.contentDocument!.body;
  // Every rule, experimental ones too: each enabled by name, as a tag would leave the experimental ones out.
  const rules = Object.fromEntries(win.axe!.getRules().map(({ ruleId }) => [ruleId, { enabled: !PAGE_RULES.includes(ruleId) }]));
  const options = { resultTypes: ['violations'], rules };
  let result: AxeResult | undefined;
  // Storybook's a11y addon runs the same axe after each render; wait for it to finish.
  for (let attempt = 0; !result; attempt++) {
    try {
      result = await win.axe!.run(root as unknown as Document, options);
    } catch (error) {
      if (attempt > 50 || !String(error).includes('already running')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  for (const kind of ['violations', 'passes', 'incomplete', 'inapplicable'] as const) for (const { id } of result[kind]) ran.add(id);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

let stories: StoryEntry[] = [];

describe('every story', function () {
  this.timeout(300_000);

  before(async () => {
    const index = await fetch('/storybook-static/index.json');
    if (!index.ok) throw new Error('storybook-static/ is missing: run `pnpm build-storybook` first (pnpm test does)');
    stories = Object.values((await index.json()).entries as Record<string, StoryEntry>).filter((e) => e.type === 'story');
    axeSource = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
  });
  afterEach(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' }));

  it('has no axe violations, light and dark, at 320 and 1,024 px', async () => {
    expect(stories.length).to.be.above(10);
    const failures: string[] = [];
    for (const width of [320, 1024]) {
      const frame = await openPreview(width);
      for (const story of stories) {
        await showStory(frame, story.id);
        for (const theme of ['light', 'dark']) {
          if (theme === 'dark') {
            for (const el of elementsIn(frame)) el.setAttribute('theme', 'dark');
            await Promise.all(elementsIn(frame).map((el) => el.updateComplete));
          }
          for (const violation of await axe(frame)) failures.push(`${story.id} @${width}px ${theme}: ${violation}`);
        }
      }
      frame.remove();
    }
    expect(failures).to.deep.equal([]);
    for (const rule of ['p-as-heading', 'focus-order-semantics', 'td-has-header', 'table-fake-caption', 'hidden-content', 'css-orientation-lock']) {
      expect(ran.has(rule), `axe ran its experimental rule ${rule}`).to.equal(true);
    }
  });

  it('keeps marks visible in forced colours and still under reduced motion', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const failures: string[] = [];
    const frame = await openPreview(1024);
    for (const story of stories) {
      await showStory(frame, story.id);
      for (const el of elementsIn(frame)) {
        const win = frame.contentWindow!;
        for (const mark of el.shadowRoot!.querySelectorAll('.mark')) {
          const style = win.getComputedStyle(mark);
          const painted = [style.fill, style.stroke].some((c) => c !== 'none' && !/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent');
          if (!painted || style.visibility === 'hidden' || style.opacity === '0')
            failures.push(`${story.id}: <${mark.localName} class="${mark.getAttribute('class')}"> invisible in forced colours`);
          if (style.transitionDuration.split(',').some((d) => parseFloat(d) > 0))
            failures.push(`${story.id}: ${mark.localName} transitions under reduced motion`);
        }
      }
    }
    frame.remove();
    expect(failures).to.deep.equal([]);
  });
});
