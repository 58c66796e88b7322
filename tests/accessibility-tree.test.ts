// The accessibility tree Chromium gives screen readers (CDP Accessibility.getFullAXTree, through the
// test runner's `ax-tree` command): every mark of every element is a named, focusable node, in reading
// order and groups; no name is said twice; the drawing's own text (cut-off labels) stays out; the summary
// is in the tree once; focus moves between the marks' nodes with one Tab stop.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { CONTRACTS } from './contract/elements.js';
import { $, $$, mount, mountIn, part, plot, press, settled, text, type CvHost } from './helpers.js';

interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly depth: number;
  readonly focusable: boolean;
  readonly focused: boolean;
}

const axTree = async () => (await executeServerCommand('ax-tree')) as AxNode[];
/** The nodes under the first node of `role` named `name`. */
function childrenOf(tree: readonly AxNode[], role: string, name: string): AxNode[] {
  const at = tree.findIndex((node) => node.role === role && node.name === name);
  expect(at, `${role} "${name}" in the tree`).to.be.at.least(0);
  const end = tree.findIndex((node, i) => i > at && node.depth <= tree[at].depth);
  return tree.slice(at + 1, end < 0 ? undefined : end);
}
const images = (nodes: readonly AxNode[]) => nodes.filter((node) => node.role === 'image');
/** Names said more than once; the plot's named group and its heading must differ. */
function repeatedNames(tree: readonly AxNode[]): string[] {
  const names = tree.map((node) => node.name).filter(Boolean);
  return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}

describe('accessibility tree: every mark is a named node', () => {
  it('<ttp-attack-chart>: a year per node, named in full, in the group of the chart, in order', async () => {
    await mount(html`<ttp-attack-chart></ttp-attack-chart>`);
    const tree = await axTree();
    const years = images(childrenOf(tree, 'group', 'Bar chart of events per year, 2007–2021'));
    expect(years.map((node) => node.name.split('.')[0])).to.deep.equal(Array.from({ length: 15 }, (_, i) => String(2007 + i)));
    expect(years.every((node) => node.focusable)).to.equal(true);
    // The complete name: value, parts and the moment the article marks in that year.
    expect(years[7].name).to.equal(
      '2014. 323 events. State-based: 293. Non-state: 18. One-sided (against civilians): 12. June 15, 2014: Zarb-e-Azb begins. December 16, 2014: Peshawar school attack',
    );
    expect(repeatedNames(tree)).to.deep.equal([]);
  });

  it('<border-map>: places west to east in a group, district circles by their count in another', async () => {
    const el = await mount<CvHost>(html`<border-map layers="places events"></border-map>`);
    const tree = await axTree();
    const plot = childrenOf(tree, 'group', part(el, 'plot')!.getAttribute('aria-label')!);
    const groups = plot.filter((node) => node.role === 'group').map((node) => node.name);
    expect(groups).to.deep.equal(['Border', 'Places', 'Districts']);
    const places = images(childrenOf(plot, 'group', 'Places'));
    const districts = images(childrenOf(plot, 'group', 'Districts'));
    expect(places.length + districts.length).to.equal($$(el, '[part~="mark"]').length);
    // West to east: the nodes' boxes, in tree order, run left to right.
    const xs = $$(el, '[role="group"][aria-label="Places"] [data-mark]').map((node) => node.getBoundingClientRect().x);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    const counts = districts.map((node) => Number(/([\d,]+) events?/.exec(node.name)![1].replace(/,/g, '')));
    expect(counts, 'districts by their number of events').to.deep.equal([...counts].sort((a, b) => b - a));
    expect(repeatedNames(tree)).to.deep.equal([]);
  });

  it('<conflict-timeline>: eras, then every event by date, named whole; no cut-off label in the tree', async () => {
    const el = await mount<CvHost>(html`<conflict-timeline></conflict-timeline>`);
    const tree = await axTree();
    const eras = images(childrenOf(tree, 'group', 'Eras'));
    expect(eras.length).to.be.above(0);
    expect(eras.filter((node) => node.focusable || !/: .*\d{4}/.test(node.name))).to.deep.equal([]);
    const events = images(childrenOf(tree, 'group', part(el, 'plot')!.getAttribute('aria-label')!)).filter((node) => node.focusable);
    expect(events.length).to.equal(21);
    // The table lists the events in time order: the nodes follow it.
    (part(el, 'table-button') as HTMLButtonElement).click();
    await settled(el);
    const titles = $$(el, 'table tbody tr').map((row) => text(row.querySelector('th, td')));
    expect(events.map((node) => node.name.split('. ')[0])).to.deep.equal(titles);
    (part(el, 'table-button') as HTMLButtonElement).click();
    await settled(el);
    const after = await axTree();
    expect(
      after.filter((node) => node.name.includes('…')),
      'no shortened label',
    ).to.deep.equal([]);
    expect(repeatedNames(after)).to.deep.equal([]);
  });

  it('<conflict-timeline> as a chronology (narrow): each event row is named in full, category included, and focus moves between rows', async () => {
    const el = await mountIn<CvHost>(html`<conflict-timeline></conflict-timeline>`, 400);
    plot(el).focus();
    await press(el, 'ArrowRight');
    const tree = await axTree();
    const rows = childrenOf(tree, 'group', plot(el).getAttribute('aria-label')!).filter((node) => node.role === 'listitem' && node.focusable);
    expect(rows.length).to.equal(21);
    expect(rows[1]).to.deep.include({ name: 'Taliban movement emerges. 1994. War and politics', focused: true });
    expect($$(el, '.row[tabindex="0"]').length, 'one Tab stop').to.equal(1);
  });

  for (const { tag } of CONTRACTS) {
    it(`<${tag}>: the summary is in the tree once, before the marks, and an end marker after them`, async () => {
      const el = await mount<CvHost>(staticHtml`<${unsafeStatic(tag)}></${unsafeStatic(tag)}>`);
      const summary = text(part(el, 'summary'));
      const paragraphs = $$(el, '.plot > p').map(text);
      expect(paragraphs[0]).to.equal(summary);
      expect(paragraphs.at(-1)).to.match(/^End of /);
      expect(part(el, 'plot')!.getAttribute('aria-describedby'), 'the summary is not also a description').to.equal('hint');
      const tree = await axTree();
      expect(tree.filter((node) => node.name.includes(summary))).to.deep.equal([]);
    });
  }
});

describe('accessibility tree: focus moves between the marks', () => {
  for (const { tag, keyboard } of CONTRACTS) {
    it(`<${tag}>: one Tab stop into the marks, arrows move focus, Tab leaves`, async () => {
      const page = await fixture<HTMLDivElement>(staticHtml`<div>
        <${unsafeStatic(tag)}></${unsafeStatic(tag)}>
        <button id="after">after</button>
      </div>`);
      const el = await settled(page.querySelector(tag) as unknown as CvHost);
      const focusable = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[tabindex="0"], button, a[href]')];
      const stops = focusable.filter((node) => node.hasAttribute('data-mark'));
      expect(stops.length, 'one mark in the Tab order').to.equal(1);
      stops[0].focus();
      await settled(el);
      let focused = (await axTree()).filter((node) => node.focused && node.role !== 'RootWebArea');
      expect(focused.map((node) => node.role)).to.deep.equal(['image']);
      await press(el, 'Home');
      focused = (await axTree()).filter((node) => node.focused && node.role !== 'RootWebArea');
      expect(focused[0].name).to.match(keyboard.first);
      await press(el, 'End');
      focused = (await axTree()).filter((node) => node.focused && node.role !== 'RootWebArea');
      expect(focused[0].name).to.match(keyboard.last);
      expect(el.shadowRoot!.activeElement!.getAttribute('tabindex'), 'the focused mark is the Tab stop').to.equal('0');
      expect($$(el, '[data-mark][tabindex="0"]').length).to.equal(1);
      // Tab leaves the marks at once (past the element's later controls), not through each of them.
      await press(el, 'Tab');
      expect(el.shadowRoot!.activeElement?.hasAttribute('data-mark') ?? false).to.equal(false);
      expect($(el, '[data-mark]:focus')).to.equal(null);
    });
  }
});
