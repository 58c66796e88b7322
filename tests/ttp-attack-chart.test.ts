// <ttp-attack-chart> in Chromium: the article's chart, options, theme and language, interaction, print.
// Data inputs and bad input: ttp-attack-chart-input.test.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '@conflict-viz/ttp-attack-chart';
import type { TtpAttackChart } from '@conflict-viz/ttp-attack-chart';
import type { CvSelectEvent } from '@conflict-viz/core';
import { $, $$, captureWarnings, contrast, drawnOrFailed, mount, notice, overlap, plot, settled, tooltip } from './helpers.js';

const chart = (template: ReturnType<typeof html>) => mount<TtpAttackChart>(template);
const bars = (el: TtpAttackChart) => $$(el, 'rect.bar');

describe('<ttp-attack-chart> with the article data', () => {
  it('draws 15 bars (2007–2021), the heading, the source and four annotations', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    expect(bars(el).length).to.equal(15);
    expect($(el, '[role="heading"]')!.textContent).to.contain('2007–2021');
    const source = $(el, '[part="source"] a') as HTMLAnchorElement;
    expect(source.textContent).to.contain('UCDP Georeferenced Event Dataset 22.1');
    expect(source.href).to.equal('https://ucdp.uu.se/downloads/');
    expect($$(el, '.annotation').length).to.equal(4);
    expect(el.dataSource).to.equal('default');
  });

  it('is accessible: a named group of named years, a summary, no axe violations, light and dark', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    expect(plot(el).getAttribute('aria-label')).to.equal('Bar chart of events per year, 2007–2021');
    expect($$(el, '.mark-node[role="img"]').map((node) => node.getAttribute('aria-label')!.split('.')[0])).to.deep.equal(
      Array.from({ length: 15 }, (_, i) => String(2007 + i)),
    );
    expect($(el, '#summary')!.textContent).to.contain('Highest: 761 events in 2010');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('meets 3:1 for marks and 4.5:1 for axis text against the background, in both themes', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    for (const theme of ['light', 'dark'] as const) {
      el.theme = theme;
      await settled(el);
      const background = getComputedStyle(el).backgroundColor;
      expect(contrast(getComputedStyle(bars(el)[0]).fill, background), `${theme} bars`).to.be.at.least(3);
      expect(contrast(getComputedStyle($(el, '.axis text')!).fill, background), `${theme} axis`).to.be.at.least(4.5);
    }
  });

  it('shows and hides a real data table with one button', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    const button = $(el, '[part="table-button"]') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const rows = $$(el, 'table tbody tr');
    expect(rows.length).to.equal(15);
    expect([...rows[3].children].map((cell) => cell.textContent!.trim()).slice(0, 2)).to.deep.equal(['2010', '761']);
    expect($(el, 'table caption')!.textContent).to.contain('2007–2021');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect($(el, 'table')).to.equal(null);
  });
});

describe('<ttp-attack-chart> options', () => {
  it('value-field naming one type of violence on the article data: that series, with no check of the types against it', async () => {
    const el = await chart(html`<ttp-attack-chart value-field="events_one_sided"></ttp-attack-chart>`);
    expect(notice(el)).to.equal('');
    expect(bars(el).length).to.equal(15);
    // 65 attacks on civilians in 2013, the most of any year.
    expect($$(el, '.axis.y text').at(-1)!.textContent).to.equal('70');
    el.setAttribute('stack-by-type', '');
    await settled(el);
    expect(notice(el)).to.contain('stack-by-type: needs parts to stack: events_one_sided has none; set stack-fields');
  });

  it('max: small multiples share one value scale; a value above it keeps its whole bar; a bad max is refused', async () => {
    const rows = (values: number[]) => JSON.stringify(values.map((events, i) => ({ year: 2020 + i, events })));
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 1fr 1fr; width: 800px">
      <ttp-attack-chart max="700" data=${rows([10, 24, 5])}></ttp-attack-chart>
      <ttp-attack-chart max="700" data=${rows([680, 400, 120])}></ttp-attack-chart>
      <ttp-attack-chart data=${rows([10, 24, 5])}></ttp-attack-chart>
    </div>`);
    const [small, large, alone] = await Promise.all([...wrapper.querySelectorAll<TtpAttackChart>('ttp-attack-chart')].map((el) => settled(el)));
    const ticks = (el: Element) => $$(el, '.axis.y text').map((t) => t.textContent);
    expect(ticks(small)).to.deep.equal(ticks(large));
    expect(ticks(small).at(-1)).to.equal('700');
    expect(ticks(alone).at(-1), 'without max: its own scale').to.equal('25');
    // The same value is the same height in both: 24 events against 680.
    const height = (el: TtpAttackChart, i: number) => Number(bars(el)[i].getAttribute('height'));
    expect(height(large, 0) / height(small, 1)).to.be.closeTo(680 / 24, 0.01);
    small.setAttribute('max', '20');
    await settled(small);
    expect(Number(ticks(small).at(-1)), 'the data goes higher: its whole bar, on a longer axis').to.be.at.least(24);
    const console = captureWarnings();
    try {
      small.setAttribute('max', '-3');
      await settled(small);
      expect(notice(small)).to.contain('max: must not be negative, got "-3"');
      expect(Number(ticks(small).at(-1)), 'the last good max is kept').to.be.at.least(24);
      small.removeAttribute('max');
      await settled(small);
      expect(notice(small), 'removed: its own scale, no error').to.equal('');
      expect(ticks(small).at(-1)).to.equal('25');
    } finally {
      console.restore();
    }
  });

  it('draws a line with type="line"', async () => {
    const el = await chart(html`<ttp-attack-chart type="line"></ttp-attack-chart>`);
    expect(bars(el).length).to.equal(0);
    expect($(el, 'path.line')!.getAttribute('d')!.split('L').length).to.equal(15);
  });

  it('curve="monotone-x" and curve="step" bend the line and its band; the property follows', async () => {
    const el = await chart(html`<ttp-attack-chart type="line" metric="deaths" curve="monotone-x"></ttp-attack-chart>`);
    expect($(el, 'path.line')!.getAttribute('d')).to.match(/C/);
    expect($(el, 'path.band')!.getAttribute('d')).to.match(/C/);
    el.curve = 'step';
    await settled(el);
    const steps = $(el, 'path.line')!.getAttribute('d')!;
    expect(steps).not.to.match(/C/);
    // Two vertices per change of year, and the first and last centres.
    expect(steps.split('L').length).to.equal(1 + 2 * 14 + 1);
    expect(notice(el)).to.equal('');
  });

  it('draws deaths with low–high whiskers, and a band as a line', async () => {
    const el = await chart(html`<ttp-attack-chart metric="deaths"></ttp-attack-chart>`);
    expect($$(el, 'path.whisker').length).to.be.at.least(10);
    expect($(el, '[role="heading"]')!.textContent).to.contain('Deaths');
    el.type = 'line';
    await settled(el);
    expect($(el, 'path.band')).to.not.equal(null);
  });

  it('stacks by type with a legend of three parts', async () => {
    const el = await chart(html`<ttp-attack-chart stack-by-type></ttp-attack-chart>`);
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal(['State-based', 'Non-state', 'One-sided (against civilians)']);
    expect($$(el, 'rect.segment.cat-2').length).to.equal(15);
  });

  it('shows only the years from–to', async () => {
    const el = await chart(html`<ttp-attack-chart from="2015" to="2021"></ttp-attack-chart>`);
    expect(bars(el).length).to.equal(7);
    expect($$(el, '.annotation').length).to.equal(1);
  });

  it('replaces the default annotations, or removes them with []', async () => {
    const el = await chart(html`<ttp-attack-chart annotations='[{"date":"2009-05","label":"Swat offensive"}]'></ttp-attack-chart>`);
    expect($$(el, '.annotation text').map((t) => t.textContent)).to.deep.equal(['Swat offensive']);
    el.annotations = [];
    await settled(el);
    expect($$(el, '.annotation').length).to.equal(0);
  });

  it('follows the container: fewer year labels at 280 px, and no overlapping text', async () => {
    const el = await chart(html`<div style="width: 280px"><ttp-attack-chart></ttp-attack-chart></div>`).then(async (div) => {
      const inner = (div as unknown as HTMLElement).querySelector('ttp-attack-chart') as TtpAttackChart;
      return settled(inner);
    });
    expect($(el, 'svg')!.getAttribute('viewBox')).to.equal('0 0 280 ' + $(el, 'svg')!.getAttribute('height'));
    expect($$(el, '.axis.x text').length).to.be.below(15);
    expect(overlap($$(el, 'svg text'), 0)).to.equal(undefined);
  });

  it('follows its container, but not a quick flip back to the previous width (a scrollbar)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px"><ttp-attack-chart></ttp-attack-chart></div>`);
    const el = await settled(wrapper.querySelector('ttp-attack-chart')!);
    const width = () => Number($(el, 'svg')!.getAttribute('width'));
    expect(width()).to.equal(500);
    wrapper.style.width = '480px';
    await settled(el);
    expect(width()).to.equal(480);
    wrapper.style.width = '500px';
    await settled(el);
    expect(width(), 'a flip back within half a second is a scrollbar').to.equal(480);
    await new Promise((resolve) => setTimeout(resolve, 600));
    wrapper.style.width = '520px';
    await settled(el);
    expect(width()).to.equal(520);
  });

  it('keeps text apart at every width from 280 to 1200 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><ttp-attack-chart stack-by-type></ttp-attack-chart></div>`);
    const el = wrapper.querySelector('ttp-attack-chart')!;
    for (const width of [280, 360, 480, 640, 800, 1024, 1200]) {
      wrapper.style.width = `${width}px`;
      await settled(el);
      expect(overlap($$(el, 'svg text'), 0), `${width}px`).to.equal(undefined);
    }
  });

  it('mirrors the time axis on a right-to-left page and writes numbers in the page locale', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar-EG"><ttp-attack-chart></ttp-attack-chart></div>`);
    const el = await settled(wrapper.querySelector('ttp-attack-chart')!);
    const [first, last] = [bars(el)[0], bars(el)[14]].map((b) => Number(b.getAttribute('x')));
    expect(first).to.be.above(last);
    expect(
      $$(el, '.axis.x text')
        .map((t) => t.textContent)
        .join(' '),
    ).to.contain('٢٠١٠');
    await expect(el).to.be.accessible();
  });
});

describe('<ttp-attack-chart> theme and language', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('theme="auto" follows the system colour scheme', async () => {
    const el = await chart(html`<ttp-attack-chart theme="auto"></ttp-attack-chart>`);
    const light = getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(el).backgroundColor).to.not.equal(light);
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal(light);
  });

  it('follows a change of the page language, and its own lang attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><ttp-attack-chart></ttp-attack-chart></div>`);
    const el = await settled(wrapper.querySelector('ttp-attack-chart')!);
    expect($(el, '.axis.x text')!.textContent).to.equal('2007');
    el.setAttribute('lang', 'ar-EG');
    await settled(el);
    expect($(el, '.axis.x text')!.textContent).to.match(/^[٠-٩]{4}$/);
  });

  it('announces its heading at the level asked for', async () => {
    const el = await chart(html`<ttp-attack-chart heading-level="3"></ttp-attack-chart>`);
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    el.setAttribute('heading-level', '7');
    await settled(el);
    expect(el.issues.map((issue) => `${issue.source}: ${issue.message}`)).to.deep.equal([
      'heading-level: unknown value "7" (expected "1", "2", "3", "4", "5" or "6")',
    ]);
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('3', 'the last good level stays');
  });
});

describe('<ttp-attack-chart> interaction', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' }));

  it('keyboard: Tab in, arrows move between years, Home/End jump, Enter selects, Escape hides', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    const focused = () => el.shadowRoot!.activeElement?.getAttribute('aria-label') ?? 'nothing';
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(focused(), 'Tab reaches the first year').to.match(/^2007\. 81 events/);
    expect(tooltip(el)).to.match(/^2007 81 events/);
    expect($(el, '.focus-ring')).to.not.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tooltip(el)).to.match(/^2008 500 events/);
    expect(focused(), 'focus moves with the keys, and the year is read from its node').to.match(/^2008\. 500 events/);
    expect($(el, '.live')!.textContent!.trim(), 'the live region does not repeat what focus reads').to.equal('');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(tooltip(el)).to.match(/^2021 119 events/);
    const selected = oneEvent(el, 'cv-select') as Promise<CvSelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.include({ year: 2021, value: 119 });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(tooltip(el)).to.match(/^2007/);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el)).to.equal('');
  });

  it('touch: a tap shows the tooltip, a second tap on the same bar dismisses it; click selects', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    const bar = bars(el)[3].getBoundingClientRect();
    const at = { clientX: bar.left + bar.width / 2, clientY: bar.top + bar.height / 2, bubbles: true, composed: true };
    const tap = () => plot(el).dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerType: 'touch' }));
    tap();
    await el.updateComplete;
    expect(tooltip(el)).to.match(/^2010 761 events/);
    tap();
    await el.updateComplete;
    expect(tooltip(el)).to.equal('');
    const selected = oneEvent(el, 'cv-select') as Promise<CvSelectEvent>;
    plot(el).dispatchEvent(new MouseEvent('click', at));
    expect((await selected).detail).to.deep.include({ year: 2010 });
  });

  it('hover shows the tooltip of the year under the pointer', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    const bar = bars(el)[8].getBoundingClientRect();
    plot(el).dispatchEvent(new PointerEvent('pointermove', { clientX: bar.left + 2, clientY: bar.bottom - 2, pointerType: 'mouse', bubbles: true }));
    await el.updateComplete;
    expect(tooltip(el)).to.match(/^2015 214 events/);
  });

  it('has no transitions under prefers-reduced-motion, and stays visible in forced colours', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    expect(getComputedStyle(bars(el)[0]).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(bars(el)[0]).transitionDuration).to.not.equal('0s');
    // Forced colours outline the bars (their inside is Canvas, so a range drawn in them shows): the outline stands
    // out from the background. Without transitions, so the colours read are the final ones, not a fill on its way.
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    const bar = getComputedStyle(bars(el)[0]);
    const background = getComputedStyle(el).backgroundColor;
    expect(contrast(bar.stroke, background)).to.be.at.least(3);
  });

  it('reserves its height before src data arrives, so the page does not shift', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await fixture<TtpAttackChart>(html`<ttp-attack-chart src="/__delay/500/data/ttp-yearly.csv"></ttp-attack-chart>`);
    await settled(el);
    expect(bars(el).length, 'the data has not arrived yet').to.equal(0);
    const before = [plot(el).getBoundingClientRect().height, el.getBoundingClientRect().height];
    await drawnOrFailed(el);
    await settled(el);
    expect(bars(el).length).to.equal(15);
    expect([plot(el).getBoundingClientRect().height, el.getBoundingClientRect().height]).to.deep.equal(before);
  });

  it('scales when printed: the SVG has a viewBox and a fluid width', async () => {
    const el = await chart(html`<ttp-attack-chart></ttp-attack-chart>`);
    await emulateMedia({ media: 'print' });
    const svg = $(el, 'svg')!;
    expect(svg.getAttribute('viewBox')).to.match(/^0 0 \d+ \d+$/);
    expect(getComputedStyle(svg).width).to.equal(`${el.getBoundingClientRect().width}px`);
    expect(getComputedStyle($(el, '[part="table-button"]')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
  });
});
