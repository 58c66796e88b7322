// The timeline as readers get it, counted from the rendered DOM in real Chromium, with the article's data
// and with the same events titled in Arabic on a right-to-left page. From 600 px, the horizontal plot:
// every title drawn whole (its full text, no ellipsis) inside the drawing, no label's box crossing a
// glyph, a bar, an era band, a count or another label, every era named in full. Below 600 px, the
// chronology: every event listed with its whole title inside the element, no two rows' text crossing,
// and the page scrolls, not the element. The figures are printed (issue 13's "truncated titles = 0,
// overlaps = 0") and asserted.
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '@conflict-viz/conflict-timeline';
import type { ConflictTimeline } from '@conflict-viz/conflict-timeline';
import { timelineEvents } from '@conflict-viz/data/timeline-events';
import { timelineEras } from '@conflict-viz/data/timeline-eras';
import { $, $$, boxesCross, mountIn, text } from './helpers.js';
import { arabicTimeline } from './timeline-fixtures.js';

interface Dataset {
  readonly name: string;
  readonly titles: readonly string[];
  readonly eras: readonly string[];
  /** The timeline, in a page of the dataset's language and direction. */
  readonly template: TemplateResult;
}

const arabic = arabicTimeline(timelineEvents, timelineEras);
const DATASETS: readonly Dataset[] = [
  {
    name: 'article',
    titles: timelineEvents.map((e) => e.title),
    eras: timelineEras.map((e) => e.title),
    template: html`<conflict-timeline></conflict-timeline>`,
  },
  {
    name: 'Arabic',
    titles: arabic.events.map((e) => e.title),
    eras: arabic.eras.map((e) => e.title),
    template: html`<div lang="ar" dir="rtl"><conflict-timeline .data=${arabic}></conflict-timeline></div>`,
  },
];

const sorted = (list: readonly string[]) => [...list].sort();

/** A rendered piece of the plot, named for the report. */
interface Piece {
  readonly what: string;
  readonly box: DOMRect;
  /** The mark or era it belongs to: an era's name may sit in its own band. */
  readonly owner: string;
}

/** The boxes of everything a label must stay clear of, and of every label, as rendered. */
function pieces(el: Element): { labels: Piece[]; shapes: Piece[] } {
  const labels: Piece[] = [];
  const shapes: Piece[] = [];
  $$(el, 'g.mark').forEach((mark, i) => {
    const owner = `mark ${i}`;
    const title = text(mark.querySelector('text'));
    labels.push({ what: `label "${title}"`, box: mark.querySelector('text')!.getBoundingClientRect(), owner });
    shapes.push({ what: `glyph of "${title}"`, box: mark.querySelector('.glyph')!.getBoundingClientRect(), owner });
    const bar = mark.querySelector('.bar');
    if (bar) shapes.push({ what: `bar of "${title}"`, box: bar.getBoundingClientRect(), owner });
  });
  $$(el, 'g.era').forEach((era, i) => {
    const owner = `era ${i}`;
    const name = era.querySelector('text');
    if (name) labels.push({ what: `era name "${text(name)}"`, box: name.getBoundingClientRect(), owner });
    shapes.push({ what: `era band ${i}`, box: era.querySelector('rect')!.getBoundingClientRect(), owner });
  });
  $$(el, 'g.cluster').forEach((c, i) => shapes.push({ what: `count ${text(c)}`, box: c.getBoundingClientRect(), owner: `cluster ${i}` }));
  $$(el, '.axis text').forEach((t) => labels.push({ what: `tick "${text(t)}"`, box: t.getBoundingClientRect(), owner: 'axis' }));
  return { labels, shapes };
}

/** Every pair where a label crosses another label, or a shape other than its own era's band. */
function plotOverlaps(el: Element): string[] {
  const { labels, shapes } = pieces(el);
  const found: string[] = [];
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (boxesCross(a.box, b.box)) found.push(`${a.what} × ${b.what}`);
    for (const s of shapes) if (!(s.owner === a.owner && s.owner.startsWith('era')) && boxesCross(a.box, s.box)) found.push(`${a.what} × ${s.what}`);
  });
  return found;
}

/** Labels that the drawing's edges cut. */
function plotClipped(el: Element): string[] {
  const frame = $(el, 'svg[part="svg"]')!.getBoundingClientRect();
  return pieces(el)
    .labels.filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)
    .map((l) => l.what);
}

/** In the chronology: text of one row crossing text or a glyph of another row. */
function chronologyOverlaps(el: Element): string[] {
  const rows = $$(el, '.chronology > li').map((row, i) => ({
    i,
    boxes: [...row.querySelectorAll('.title, .date, .era-name, .spine svg, button')].map((node) => ({
      what: text(node) || 'glyph',
      box: node.getBoundingClientRect(),
    })),
  }));
  const found: string[] = [];
  rows.forEach((a, i) => {
    for (const b of rows.slice(i + 1))
      for (const p of a.boxes) for (const q of b.boxes) if (boxesCross(p.box, q.box)) found.push(`row ${a.i} "${p.what}" × row ${b.i} "${q.what}"`);
  });
  return found;
}

/** Titles drawn cut short: with an ellipsis, or not the whole text of any event. */
const truncated = (drawn: readonly string[], titles: readonly string[]) => drawn.filter((t) => t.includes('…') || !titles.includes(t));

const figures: string[] = [];
after(() => console.log(`timeline figures, rendered in Chromium:\n  ${figures.join('\n  ')}`));

for (const dataset of DATASETS) {
  describe(`<conflict-timeline> figures with the ${dataset.name} data (issue 13)`, () => {
    before(() => setViewport({ width: 1400, height: 900 }));

    for (const width of [600, 768, 1024, 1280]) {
      it(`at ${width} px: every title whole, inside the drawing, and no label crosses a label, a glyph, a bar or a band`, async () => {
        const box = await mountIn<HTMLElement>(dataset.template, width);
        const el = box.localName === 'conflict-timeline' ? box : box.querySelector('conflict-timeline')!;
        await (el as ConflictTimeline).updateComplete;
        const drawn = $$(el, 'g.mark text').map(text);
        const cut = truncated(drawn, dataset.titles);
        const crossing = plotOverlaps(el);
        const clipped = plotClipped(el);
        const eraNames = $$(el, 'g.era text').map(text);
        figures.push(
          `${dataset.name}, ${width} px: ${drawn.length}/${dataset.titles.length} titles drawn, ${cut.length} truncated, ${clipped.length} cut by the edge, ` +
            `${$$(el, 'g.cluster').length} counts, ${crossing.length} overlaps, ${eraNames.length}/${dataset.eras.length} era names whole`,
        );
        expect(cut, 'titles cut short').to.deep.equal([]);
        expect(sorted(drawn), 'every title, each once').to.deep.equal(sorted(dataset.titles));
        expect(crossing, 'overlapping boxes').to.deep.equal([]);
        expect(clipped, 'labels cut by the edge of the drawing').to.deep.equal([]);
        expect(sorted(eraNames), 'every era named in full').to.deep.equal(sorted(dataset.eras));
      });
    }

    for (const width of [320, 375]) {
      it(`at ${width} px: the chronology lists every event with its whole title, inside the element, without a scroll box`, async () => {
        await setViewport({ width, height: 800 });
        const box = await mountIn<HTMLElement>(dataset.template, width - 32);
        const el = box.localName === 'conflict-timeline' ? box : box.querySelector('conflict-timeline')!;
        await (el as ConflictTimeline).updateComplete;
        const host = el.getBoundingClientRect();
        const rows = $$(el, '.row.event .title');
        const titles = rows.map(text);
        const outside = rows.filter((row) => {
          const box = row.getBoundingClientRect();
          return box.left < host.left - 0.5 || box.right > host.right + 0.5 || row.scrollWidth > row.clientWidth + 0.5;
        });
        const crossing = chronologyOverlaps(el);
        const plot = $(el, '.plot') as HTMLElement;
        const overflow = getComputedStyle(plot).overflowY;
        const scrolls = plot.scrollHeight > plot.clientHeight + 1 || overflow === 'auto' || overflow === 'scroll';
        figures.push(
          `${dataset.name}, ${width} px (element ${width - 32} px): chronology, ${titles.length}/${dataset.titles.length} events listed, ` +
            `${truncated(titles, dataset.titles).length} truncated, ${outside.length} outside the element, ${crossing.length} overlaps, ${scrolls ? 'scrolls' : 'no scroll box'}`,
        );
        expect(truncated(titles, dataset.titles), 'titles cut short').to.deep.equal([]);
        expect(sorted(titles)).to.deep.equal(sorted(dataset.titles));
        expect(outside.map(text), 'titles outside the element').to.deep.equal([]);
        expect(crossing, 'overlapping rows').to.deep.equal([]);
        expect(scrolls, 'the page scrolls, not the element').to.equal(false);
        expect(document.documentElement.scrollWidth, 'no sideways scrolling on the page').to.be.at.most(width);
      });
    }
  });
}
