import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '@conflict-viz/conflict-timeline';
import type { ConflictTimeline, TimelineEvent } from '@conflict-viz/conflict-timeline';
import type { CvErrorEvent, CvSelectEvent } from '@conflict-viz/core';
import { generateTimelineEvents } from './timeline-fixtures.js';
import {
  $,
  $$,
  button,
  captureWarnings,
  center,
  contrast,
  drawnOrFailed,
  focusedName,
  mountIn,
  notice,
  overlap,
  plot,
  press,
  settled,
  text,
} from './helpers.js';

const DAY = 864e5;

/** A timeline in a box of `width` px. */
const timeline = (template: ReturnType<typeof html>, width = 1024) => mountIn<ConflictTimeline>(template, width);

const marks = (el: ConflictTimeline) => $$(el, 'g.mark');
const clusters = (el: ConflictTimeline) => $$(el, 'g.cluster');
/** Events drawn: each mark, plus the count each cluster stands for. */
const drawn = (el: ConflictTimeline) => marks(el).length + clusters(el).reduce((sum, c) => sum + Number(text(c).replace(/\D/g, '')), 0);
/** What a screen reader reads for the focused event, while its tooltip shows: its title and tooltip lines, joined by ". ". */
const announced = (el: ConflictTimeline) => ($(el, '.tooltip') ? focusedName(el) : '');
/** Tab through the controls until an event in the plot has focus, as a keyboard user does. */
async function tabToPlot(el: ConflictTimeline) {
  const inPlot = () => !!el.shadowRoot!.activeElement?.hasAttribute('data-mark');
  for (let i = 0; i < 20 && !inPlot(); i++) await press(el, 'Tab');
  expect(inPlot(), 'Tab reaches an event').to.equal(true);
}
const svgOf = (el: ConflictTimeline) => $(el, '.plot svg') as SVGSVGElement;
const span = (el: ConflictTimeline) => el.visibleWindow![1] - el.visibleWindow![0];

before(() => setViewport({ width: 1200, height: 900 }));

describe('<conflict-timeline> with the article data', () => {
  it('draws the 21 events and 5 eras, with the heading and the source', async () => {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    expect(drawn(el)).to.equal(21);
    expect($$(el, '.era').length).to.equal(5);
    expect(text($(el, '[role="heading"]'))).to.equal('Pakistan, Afghanistan and the Taliban, 1989–2024');
    expect(text($(el, '[part="source"]'))).to.contain("Pakistan's Taliban Conundrum");
    expect(el.dataSource).to.equal('default');
    expect($$(el, '.legend button').map(text)).to.deep.equal(['War and politics 7', 'Attacks 3', 'Military operations 6', 'Diplomacy 4', 'Displacement 1']);
  });

  it('is accessible: a labelled group of named events, a summary, no axe violations in light and dark, with the detail and the list open', async () => {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    expect(plot(el).getAttribute('aria-label')).to.match(/^Timeline of 21 events/);
    expect($(el, '[data-mark="0"]')!.getAttribute('aria-label')).to.equal('Last Soviet troops leave. February 15, 1989. War and politics');
    expect(text($(el, '#summary'))).to.contain('21 events from');
    expect(text($(el, '#hint'))).to.contain('Enter opens the details');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    button(el, 'List').click();
    marks(el)[0].dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ...center(marks(el)[0]) }));
    await settled(el);
    expect(text($(el, '.detail'))).to.contain('Last Soviet troops leave');
    expect($$(el, '#list li').length).to.be.above(21);
    await expect(el).to.be.accessible();
  });

  it('meets 3:1 for glyphs and 4.5:1 for labels against the background, in both themes', async () => {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    for (const theme of ['light', 'dark'] as const) {
      el.theme = theme;
      await settled(el);
      const background = getComputedStyle(el).backgroundColor;
      for (const glyph of $$(el, '.mark .glyph')) expect(contrast(getComputedStyle(glyph).fill, background), `${theme} glyph`).to.be.at.least(3);
      expect(contrast(getComputedStyle($(el, '.mark text')!).fill, background), `${theme} label`).to.be.at.least(4.5);
      expect(contrast(getComputedStyle($(el, '.axis text')!).fill, background), `${theme} axis`).to.be.at.least(4.5);
      expect(contrast(getComputedStyle($(el, '.era text')!).fill, getComputedStyle($(el, '.era rect')!).fill), `${theme} era`).to.be.at.least(4.5);
    }
  });

  it('shows categories by shape as well as colour', async () => {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    const shapes = new Set($$(el, '.legend .glyph').map((p) => p.getAttribute('d')));
    expect(shapes.size).to.equal(5);
  });
});

describe('<conflict-timeline> time order and lanes', () => {
  for (const width of [640, 1024]) {
    it(`keeps every label apart at ${width} px, in time order`, async () => {
      const el = await timeline(html`<conflict-timeline></conflict-timeline>`, width);
      expect(svgOf(el).getBoundingClientRect().width).to.be.closeTo(width, 1);
      expect(overlap([...marks(el), ...clusters(el)])).to.equal(undefined);
      expect(overlap($$(el, '.axis text'))).to.equal(undefined);
      expect(drawn(el)).to.equal(21);
      const svgBox = svgOf(el).getBoundingClientRect();
      for (const mark of marks(el)) {
        const box = mark.getBoundingClientRect();
        expect(box.left).to.be.at.least(svgBox.left - 1);
        expect(box.right).to.be.at.most(svgBox.right + 1);
      }
      // Keyboard order is time order: stepping through visits the events by date.
      plot(el).focus();
      await settled(el);
      const dates: string[] = [];
      for (let i = 0; i < 21; i++) {
        const event = (await selectActive(el)).detail;
        dates.push(event.start);
        plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        await settled(el);
      }
      expect(dates).to.deep.equal([...dates].sort());
      expect(new Set(dates).size).to.be.above(15);
    });
  }

  it('is a chronology below 600 px or when asked, and horizontal from 600 px or when asked', async () => {
    const isChronology = (el: ConflictTimeline) => $(el, '.chronology') !== null && $(el, '[part="svg"]') === null;
    expect(isChronology(await timeline(html`<conflict-timeline></conflict-timeline>`, 599))).to.equal(true);
    expect(isChronology(await timeline(html`<conflict-timeline></conflict-timeline>`, 600))).to.equal(false);
    expect(isChronology(await timeline(html`<conflict-timeline orientation="vertical"></conflict-timeline>`, 1024))).to.equal(true);
    expect(isChronology(await timeline(html`<conflict-timeline orientation="horizontal"></conflict-timeline>`, 320))).to.equal(false);
  });

  it('the chronology lists every event with its date and whole title in time order, names each era where it begins, and the keys walk it', async () => {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`, 320);
    const rows = $$(el, '.chronology > li.event');
    expect(rows.length).to.equal(21);
    expect(text(rows[0])).to.equal('February 15, 1989 Last Soviet troops leave');
    const times = rows.map((row) => row.querySelector('time')!.getAttribute('datetime')!);
    expect(times).to.deep.equal([...times].sort());
    expect($$(el, '.chronology > li.era-start .era-name').map(text)).to.deep.equal([
      'Afghan civil war',
      'First Taliban government',
      'US-led war in Afghanistan',
      'TTP insurgency',
      'Second Taliban government',
    ]);
    await tabToPlot(el);
    await press(el, 'End');
    expect($(el, '.row.active .title')!.textContent).to.equal('Paktika air strikes');
    await press(el, 'ArrowUp');
    expect($(el, '.row.active .title')!.textContent).to.equal('Khalil Haqqani killed');
    await press(el, 'Enter');
    expect(text($(el, '.row.selected .details'))).to.contain('A suicide bombing');
    // A tap opens a row in place, and a second tap closes it.
    (rows[0] as HTMLElement).click();
    await settled(el);
    expect(text($(el, '.row.selected .title'))).to.equal('Last Soviet troops leave');
    $(el, '.row.selected')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settled(el);
    expect($(el, '.row.selected')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('mirrors the time axis on a right-to-left page (dir="rtl" lang="ur")', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ur" style="width: 1024px"><conflict-timeline></conflict-timeline></div>`);
    const el = await settled(wrapper.querySelector('conflict-timeline')!);
    const first = marks(el)
      .find((m) => text(m).startsWith('Last Soviet'))!
      .getBoundingClientRect();
    const later = marks(el)
      .find((m) => text(m).startsWith('Doha'))!
      .getBoundingClientRect();
    expect(first.left).to.be.above(later.left);
    const ticks = $$(el, '.axis text').map((t) => t.getBoundingClientRect().left);
    expect(ticks[0]).to.be.above(ticks[ticks.length - 1]);
    expect(overlap([...marks(el), ...clusters(el)])).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

/** Press Enter on the active event and return the cv-select event. */
async function selectActive(el: ConflictTimeline) {
  const selected = oneEvent(el, 'cv-select') as Promise<CvSelectEvent<TimelineEvent>>;
  plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  return selected;
}

describe('<conflict-timeline> keyboard', () => {
  it('Tab in, arrows in time order, Home/End, Enter opens the detail and fires cv-select, Escape closes it', async () => {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    await tabToPlot(el);
    expect(announced(el)).to.equal('Last Soviet troops leave. February 15, 1989. War and politics');
    expect($(el, '.focus-ring')).to.not.equal(null);
    await press(el, 'ArrowRight');
    expect(announced(el)).to.equal('Taliban movement emerges. 1994. War and politics');
    expect(text($(el, '.tooltip'))).to.contain('Taliban movement emerges');
    await press(el, 'End');
    expect(announced(el)).to.match(/^Paktika air strikes\. December 24, 2024\. Military operations/);
    const selected = oneEvent(el, 'cv-select') as Promise<CvSelectEvent<TimelineEvent>>;
    await press(el, 'Enter');
    expect((await selected).detail).to.deep.include({ id: 'paktika-strikes', start: '2024-12-24', precision: 'day' });
    const detail = text($(el, '.detail'));
    expect(detail).to.contain('Paktika air strikes');
    expect(detail).to.contain('December 24, 2024');
    expect(detail).to.contain('The article gives nearly 71.');
    expect(detail).to.contain('Source: Madni (2025)');
    expect($(el, '.detail time')!.getAttribute('datetime')).to.equal('2024-12-24');
    await press(el, 'Home');
    expect(announced(el)).to.match(/^Last Soviet troops leave/);
    await press(el, 'Escape');
    expect(text($(el, '.detail'))).to.equal('');
    expect($(el, '.tooltip')).to.equal(null);
  });

  it('focus on an event counted in a crowded period shows on the count, and says so', async () => {
    const el = await timeline(html`<conflict-timeline orientation="horizontal"></conflict-timeline>`, 320);
    await tabToPlot(el);
    await press(el, 'End');
    expect(announced(el)).to.match(/^Paktika air strikes\. December 24, 2024\. Military operations\. One of \d+ events here: zoom in to see it$/);
    const ring = $(el, '.focus-ring')!.getBoundingClientRect();
    const count = clusters(el)
      .map((c) => c.getBoundingClientRect())
      .find((c) => c.top >= ring.top && c.bottom <= ring.bottom);
    expect(count, 'the ring surrounds a count').to.not.equal(undefined);
    // Choosing the last count zooms into it until its events come apart, each with its whole title.
    const lastCount = () => clusters(el)[clusters(el).length - 1];
    for (let i = 0; i < 8 && clusters(el).length && !marks(el).some((m) => text(m) === 'Paktika air strikes'); i++) {
      lastCount().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ...center(lastCount()) }));
      await settled(el);
    }
    const khalil = marks(el).find((m) => text(m) === 'Khalil Haqqani killed')!;
    expect(marks(el).map(text)).to.include.members(['Khalil Haqqani killed', 'Paktika air strikes']);
    khalil.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ...center(khalil) }));
    await settled(el);
    expect(text($(el, '.detail strong'))).to.equal('Khalil Haqqani killed');
    button(el, 'Next event').click();
    await settled(el);
    expect(text($(el, '.detail strong'))).to.equal('Paktika air strikes');
    button(el, 'Previous event').click();
    await settled(el);
    expect(text($(el, '.detail strong'))).to.equal('Khalil Haqqani killed');
  });

  it('+ and − zoom around the focused event and keep it in view; 0 and Reset go back', async () => {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    const full = span(el);
    await tabToPlot(el);
    await press(el, 'End');
    for (let i = 0; i < 6; i++) await press(el, '+');
    expect(span(el)).to.be.closeTo(full / 1.5 ** 6, DAY);
    const [w0, w1] = el.visibleWindow!;
    expect(Date.UTC(2024, 11, 15)).to.be.within(w0, w1);
    const ring = $(el, '.focus-ring')!.getBoundingClientRect();
    const box = svgOf(el).getBoundingClientRect();
    expect(ring.left).to.be.at.least(box.left - 4);
    expect(ring.right).to.be.at.most(box.right + 4);
    expect(announced(el)).to.match(/^Paktika air strikes/);
    expect(
      $$(el, '.axis text')
        .map(text)
        .some((label) => /^[A-Z][a-z]{2}$/.test(label)),
      'months when zoomed in',
    ).to.equal(true);
    // Moving past the edge of the window pans to the focused event.
    await press(el, 'Home');
    expect(Date.UTC(1989, 1, 15)).to.be.within(...el.visibleWindow!);
    expect(span(el)).to.be.closeTo(full / 1.5 ** 6, DAY);
    await press(el, '-');
    expect(span(el)).to.be.closeTo(full / 1.5 ** 5, DAY);
    await press(el, '0');
    expect(span(el)).to.equal(full);
    button(el, 'Zoom in').click();
    await settled(el);
    expect(span(el)).to.be.closeTo(full / 1.5, DAY);
    expect(button(el, 'Reset').disabled).to.equal(false);
    button(el, 'Reset').click();
    await settled(el);
    expect(span(el)).to.equal(full);
    expect(button(el, 'Reset').disabled).to.equal(true);
    // The methods behind the buttons ignore nonsense.
    el.zoomBy(NaN);
    el.zoomBy(2, Infinity);
    el.panBy(NaN);
    await settled(el);
    expect(span(el)).to.equal(full);
  });

  it('a zoomed window moves earlier and later without dragging: buttons and Shift + Left/Right (WCAG 2.5.7), in either direction of text', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await timeline(html`<conflict-timeline dir=${dir}></conflict-timeline>`);
      expect(button(el, 'Later').disabled, `${dir}: nothing to move at full extent`).to.equal(true);
      el.zoomBy(4);
      await settled(el);
      const [w0] = el.visibleWindow!;
      button(el, 'Later').click();
      await settled(el);
      expect(el.visibleWindow![0], `${dir}: Later`).to.be.above(w0);
      button(el, 'Earlier').click();
      await settled(el);
      expect(el.visibleWindow![0], `${dir}: Earlier`).to.be.closeTo(w0, DAY);
      await tabToPlot(el);
      await press(el, 'Shift+ArrowRight');
      const later = dir === 'ltr' ? 'above' : 'below';
      expect(el.visibleWindow![0], `${dir}: Shift + Right looks right`).to.be[later](w0 + DAY);
      // The glyphs point the way time runs.
      expect(text(button(el, 'Later')), dir).to.equal(dir === 'ltr' ? '›' : '‹');
      el.remove();
    }
  });

  it('keeps a zoomed window while categories are hidden, and starts afresh with new data or a new from', async () => {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    const full = span(el);
    el.zoomBy(4);
    await settled(el);
    const zoomed = el.visibleWindow;
    ($$(el, '.legend button')[0] as HTMLButtonElement).click();
    await settled(el);
    expect(el.visibleWindow).to.deep.equal(zoomed);
    el.from = '2001';
    await settled(el);
    expect(el.visibleWindow![0], 'the window of from').to.equal(Date.UTC(2001, 0, 1));
    el.from = undefined;
    await settled(el);
    expect(span(el), 'the window set before from is not back').to.equal(full);
    el.zoomBy(4);
    await settled(el);
    expect(span(el)).to.be.closeTo(full / 4, DAY);
    el.data = generateTimelineEvents(20, { from: 1990, to: 2000 });
    await settled(el);
    expect(el.visibleWindow![1] - el.visibleWindow![0], 'the whole of the new data').to.be.above(9 * 365 * DAY);
  });

  it('ticks follow the zoom: decades for a century, years for the article, months for a year', async () => {
    const el = await timeline(html`<conflict-timeline .data=${generateTimelineEvents(300)}></conflict-timeline>`);
    expect($$(el, '.axis text').slice(0, 2).map(text)).to.deep.equal(['1900', '1910']);
    const article = await timeline(html`<conflict-timeline></conflict-timeline>`);
    expect($$(article, '.axis text').map(text).slice(0, 3)).to.deep.equal(['1990', '1995', '2000']);
    const year = await timeline(html`<conflict-timeline from="2001-01" to="2001-12"></conflict-timeline>`);
    expect($$(year, '.axis text').map(text).slice(0, 3)).to.deep.equal(['2001', 'Feb', 'Mar']);
  });
});

describe('<conflict-timeline> pointer', () => {
  it('a click on an event opens its detail and fires cv-select; a click on a count zooms into it', async () => {
    const wide = await timeline(html`<conflict-timeline></conflict-timeline>`, 600);
    const doha = marks(wide).find((m) => text(m).startsWith('Doha'))!;
    const selected = oneEvent(wide, 'cv-select') as Promise<CvSelectEvent<TimelineEvent>>;
    doha.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ...center(doha) }));
    expect((await selected).detail.id).to.equal('doha-agreement');
    await settled(wide);
    expect(text($(wide, '.detail'))).to.contain('Doha agreement');
    // Counts: a horizontal timeline too narrow for every title.
    const el = await timeline(html`<conflict-timeline orientation="horizontal"></conflict-timeline>`, 320);
    const before = span(el);
    const count = clusters(el)[0];
    const inCount = Number(text(count).replace(/\D/g, ''));
    const marksBefore = marks(el).length;
    count.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, ...center(count) }));
    await settled(el);
    expect(span(el)).to.be.below(before / 4);
    expect(marks(el).length, 'the count comes apart').to.be.at.least(Math.min(inCount, 2));
    expect(marks(el).length).to.not.equal(marksBefore);
  });

  it('Ctrl + wheel zooms around the pointer; a drag pans; a pinch zooms', async () => {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    const box = svgOf(el).getBoundingClientRect();
    const at = { clientX: box.left + box.width * 0.75, clientY: box.top + 150, bubbles: true, composed: true, cancelable: true };
    const full = span(el);
    const wheel = new WheelEvent('wheel', { ...at, deltaY: -200, ctrlKey: true });
    svgOf(el).dispatchEvent(wheel);
    await settled(el);
    expect(wheel.defaultPrevented).to.equal(true);
    expect(span(el)).to.be.below(full * 0.8);
    const plain = new WheelEvent('wheel', { ...at, deltaY: -200 });
    svgOf(el).dispatchEvent(plain);
    expect(plain.defaultPrevented, 'without Ctrl or focus the page scrolls').to.equal(false);

    const [w0] = el.visibleWindow!;
    const pointer = (type: string, id: number, x: number, pointerType = 'mouse') =>
      svgOf(el).dispatchEvent(new PointerEvent(type, { ...at, clientX: x, pointerId: id, pointerType, isPrimary: id === 1 }));
    pointer('pointerdown', 1, at.clientX);
    pointer('pointermove', 1, at.clientX + 100);
    pointer('pointerup', 1, at.clientX + 100);
    await settled(el);
    expect(el.visibleWindow![0], 'dragging right shows earlier times').to.be.below(w0);
    const afterDrag = span(el);
    expect(afterDrag).to.be.closeTo(full * 0.6, full * 0.2);

    pointer('pointerdown', 11, at.clientX - 50, 'touch');
    pointer('pointerdown', 12, at.clientX + 50, 'touch');
    pointer('pointermove', 11, at.clientX - 100, 'touch');
    pointer('pointermove', 12, at.clientX + 100, 'touch');
    pointer('pointerup', 11, at.clientX - 100, 'touch');
    pointer('pointerup', 12, at.clientX + 100, 'touch');
    await settled(el);
    expect(span(el), 'fingers twice as far apart show half the time').to.be.closeTo(afterDrag / 2, afterDrag * 0.05);
  });

  it('the legend shows and hides categories', async () => {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    const war = $$(el, '.legend button')[0] as HTMLButtonElement;
    expect(war.getAttribute('aria-pressed')).to.equal('true');
    war.click();
    await settled(el);
    expect(war.getAttribute('aria-pressed')).to.equal('false');
    expect(drawn(el)).to.equal(14);
    expect(text($(el, '#summary'))).to.contain('Hidden: War and politics.');
    war.click();
    await settled(el);
    expect(drawn(el)).to.equal(21);
  });
});

describe('<conflict-timeline> the list, the detail and links', () => {
  it('gives the whole timeline as an ordered list in time order, with the eras', async () => {
    const el = await timeline(html`<conflict-timeline from="2014" to="2015"></conflict-timeline>`);
    const toggle = button(el, 'List');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await settled(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const items = $$(el, '#list ol > li');
    expect(items.length, 'all 21, not just the window').to.equal(21);
    // Per event its date and category, title, description and source, each on a line of its own.
    expect(items[0].querySelector('.meta')!.textContent).to.equal('February 15, 1989 · War and politics');
    expect(text(items[0].querySelector('.title'))).to.equal('Last Soviet troops leave');
    expect(text(items[0])).to.contain('The Soviet army completes its withdrawal');
    expect(text(items[0])).to.contain('Source: Madni (2025)');
    // Inside the element, before its footer (the source line and the table button).
    const footer = $(el, '.footer')!;
    expect($(el, '#list')!.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($(el, '#list')!.getBoundingClientRect().bottom).to.be.at.most(footer.getBoundingClientRect().top);
    const times = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(times).to.deep.equal([...times].sort());
    expect($$(el, '#list ul > li').length).to.equal(5);
  });

  it('links the source only over http(s), and refuses javascript: links', async () => {
    const events = [
      { id: 'a', start: '2020-01-05', title: 'Linked', source: 'Example News', href: 'https://example.org/story' },
      { id: 'b', start: '2020-03', title: 'Unlinked', source: 'Our reporters' },
    ];
    const el = await timeline(html`<conflict-timeline .data=${events}></conflict-timeline>`);
    plot(el).focus();
    await settled(el);
    await selectActive(el);
    await settled(el);
    const link = $(el, '.detail a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/story');
    expect(text(link)).to.equal('Example News');
    el.data = [{ ...events[0], href: 'javascript:alert(1)' }];
    await settled(el);
    expect(notice(el)).to.contain('href must be an http(s) link, got "javascript:alert(1)" (event "a")');
  });
});

describe('<conflict-timeline> data inputs', () => {
  it('reads an <ol> child (what readers without JavaScript see), with an era, and follows its changes', async () => {
    const el = await timeline(html`<conflict-timeline>
      <ol>
        <li data-category="attack" id="aps"><time datetime="2014-12-16">16 December 2014</time> <strong>School attack</strong><p>Gunmen attack a school.</p><a href="https://example.org/aps">Example</a></li>
        <li><time datetime="2021-08-15">15 August 2021</time> <strong>Kabul falls</strong></li>
        <li data-kind="era"><time datetime="2001-10">October 2001</time>–<time datetime="2021-08">August 2021</time> <strong>US war</strong></li>
      </ol>
    </conflict-timeline>`);
    expect(el.dataSource).to.equal('list');
    expect(drawn(el)).to.equal(2);
    expect($$(el, '.era').length).to.equal(1);
    expect($(el, '[role="heading"]'), 'no article heading over a newsroom list').to.equal(null);
    const item = document.createElement('li');
    item.innerHTML = '<time datetime="2007">2007</time> <strong>TTP founded</strong>';
    el.querySelector('ol')!.append(item);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settled(el);
    expect(drawn(el)).to.equal(3);
    plot(el).focus();
    await settled(el);
    await press(el, 'ArrowRight');
    const selected = await selectActive(el);
    expect(selected.detail).to.deep.include({
      id: 'aps',
      title: 'School attack',
      category: 'attack',
      href: 'https://example.org/aps',
      source: 'Example',
      description: 'Gunmen attack a school.',
    });
  });

  it('loads events from a CSV src', async () => {
    const el = await fixture<ConflictTimeline>(html`<conflict-timeline src="/data/timeline-events.csv" heading="From CSV"></conflict-timeline>`);
    await drawnOrFailed(el);
    await settled(el);
    expect(el.dataSource).to.equal('src');
    expect(drawn(el)).to.equal(21);
    expect($$(el, '.era').length).to.equal(0);
  });

  it("takes a newsroom's categories with their colours and shapes", async () => {
    const categories = [
      { id: 'protest', label: 'Protests', color: 'rgb(170, 0, 0)', shape: 'star' },
      { id: 'vote', label: 'Votes', color: '2' },
    ];
    const events = [
      { start: '2024-02-08', title: 'Election day', category: 'vote' },
      { start: '2024-05', title: 'Marches', category: 'protest' },
    ];
    const el = await timeline(html`<conflict-timeline .categories=${categories} .data=${events}></conflict-timeline>`);
    expect($$(el, '.legend button').map(text)).to.deep.equal(['Protests 1', 'Votes 1']);
    const marches = marks(el).find((m) => text(m) === 'Marches')!;
    expect(getComputedStyle(marches.querySelector('.glyph')!).fill).to.equal('rgb(170, 0, 0)');
  });

  it('draws 10,000 events with a few hundred elements, not 10,000', async () => {
    const el = await timeline(html`<conflict-timeline .data=${generateTimelineEvents(10_000)}></conflict-timeline>`);
    expect(drawn(el)).to.equal(10_000);
    expect(marks(el).length + clusters(el).length).to.be.below(300);
    expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(1500);
    expect(overlap([...marks(el), ...clusters(el)])).to.equal(undefined);
  });
});

describe('<conflict-timeline> bad input keeps the last good timeline', () => {
  /** Apply bad input to a timeline that has drawn the article, and return the error message. */
  async function reject(apply: (el: ConflictTimeline) => void) {
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    const { warnings, restore } = captureWarnings();
    try {
      const error = oneEvent(el, 'cv-error') as Promise<CvErrorEvent>;
      apply(el);
      const event = await error;
      await settled(el);
      expect(drawn(el), 'the last good timeline stays').to.equal(21);
      expect(notice(el)).to.contain(event.detail.messages[0]);
      expect(warnings.length).to.equal(1);
      return event.detail.messages.join('\n');
    } finally {
      restore();
    }
  }
  const events = (fields: Record<string, unknown>) =>
    JSON.stringify([
      { id: 'ok', start: '2001', title: 'Fine' },
      { id: 'bad', start: '2014-06-15', title: 'Broken', ...fields },
    ]);

  it('an unparseable date', async () => {
    const message = await reject((el) => el.setAttribute('data', events({ start: '2014-13-45' })));
    expect(message).to.equal('data attribute row 2: start has no month 13, got "2014-13-45" (event "bad")');
  });

  it('an end before its start', async () => {
    const message = await reject((el) => el.setAttribute('data', events({ end: '2014-06-01' })));
    expect(message).to.equal('data attribute row 2: end "2014-06-01" is before the start "2014-06-15" (event "bad")');
  });

  it('an unknown precision', async () => {
    const message = await reject((el) => el.setAttribute('data', events({ precision: 'week' })));
    expect(message).to.equal('data attribute row 2: precision unknown value "week" (expected "year", "month" or "day") (event "bad")');
  });

  it('a missing title', async () => {
    const message = await reject((el) => el.setAttribute('data', events({ title: '' })));
    expect(message).to.equal('data attribute row 2: title is missing (event "bad")');
  });

  it('a category colour that is not one', async () => {
    const bad = await reject((el) => el.setAttribute('categories', '[{"id":"war","color":"blurple"}]'));
    expect(bad).to.equal(
      'categories row 1: color is not a colour the elements accept, got "blurple": use a hex colour (#1d6fb8), rgb() or hsl() with numbers, a CSS colour name or var(--cv-…), or a palette slot 1–6 (category "war")',
    );
    const url = await reject((el) => el.setAttribute('categories', '[{"id":"war","color":"url(https://example.org/x.svg)"}]'));
    expect(url).to.contain('is not a colour the elements accept');
  });

  it('from after to', async () => {
    const message = await reject((el) => {
      el.setAttribute('from', '2020');
      el.setAttribute('to', '2010');
    });
    expect(message).to.equal('from: "2020" is after to "2010"');
  });

  it('an unparseable from, and an unknown orientation', async () => {
    expect(await reject((el) => el.setAttribute('from', 'spring'))).to.match(/^from: must be a date written 2014/);
    expect(await reject((el) => el.setAttribute('orientation', 'diagonal'))).to.equal(
      'orientation: unknown value "diagonal" (expected "auto", "horizontal" or "vertical")',
    );
  });

  it('renders markup in data as text', async () => {
    const el = await timeline(html`<conflict-timeline .data=${[{ start: '2020', title: '<img src=x onerror="window.__xss=1">' }]}></conflict-timeline>`);
    expect(text(marks(el)[0])).to.contain('<img');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('<conflict-timeline> media', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' }));

  it('has no transitions under prefers-reduced-motion, and stays visible in forced colours', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await timeline(html`<conflict-timeline></conflict-timeline>`);
    expect(getComputedStyle(marks(el)[0]).transitionDuration).to.equal('0s');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(marks(el)[0]).transitionDuration).to.not.equal('0s');
    await emulateMedia({ forcedColors: 'active' });
    const background = getComputedStyle(el).backgroundColor;
    const glyph = getComputedStyle($(el, '.mark .glyph')!);
    expect(contrast(glyph.stroke, background)).to.be.at.least(3);
  });

  it('reserves its height before src data arrives, so the page does not shift', async () => {
    const el = await timeline(html`<conflict-timeline src="/__delay/400/data/timeline-events.csv"></conflict-timeline>`, 800);
    await settled(el);
    expect(marks(el).length).to.equal(0);
    const before = el.getBoundingClientRect().height;
    await drawnOrFailed(el);
    await settled(el);
    expect(marks(el).length).to.be.above(0);
    // The controls arrive with the data and take their rows from the plot's reserved box: the element keeps its height.
    expect(el.getBoundingClientRect().height).to.equal(before);
    expect($(el, '.controls')!.getBoundingClientRect().height).to.be.above(20);
  });
});
