// Downloads in Chromium (issue 18, item 1): the `actions` buttons, and `toBlob()`/`download()` of every element,
// checked by reading the blobs: the SVG parses as XML and holds the marks, the text and the theme's colours; the
// PNG decodes at twice the SVG's size; the CSV round-trips through d3-dsv, safe from formulas. The strict CSP:
// export-csp.test.ts.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { csvParse, csvParseRows } from 'd3-dsv';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
import type { TtpAttackChart } from '@conflict-viz/ttp-attack-chart';
import type { BorderMap } from '@conflict-viz/border-map';
import type { ConflictTimeline } from '@conflict-viz/conflict-timeline';
import { escapeFormula, formatCsv, type CvErrorEvent } from '@conflict-viz/core';
import { $, mount, mountIn, notice, parts, settled, tagTemplate, until } from './helpers.js';

type Exporting = HTMLElement & {
  toBlob(format: string): Promise<Blob>;
  download(format: string): Promise<void>;
  updateComplete: Promise<boolean>;
  issues: readonly { source: string; message: string }[];
};

const TAGS = ['ttp-attack-chart', 'border-map', 'conflict-timeline'] as const;
const SHAPES = 'path, rect, circle, line, text';
/** Each element's marks, by class. */
const MARKS = { 'ttp-attack-chart': '.bar', 'border-map': '.district, .place', 'conflict-timeline': '.glyph' };

/** The SVG blob parsed as XML, as Illustrator or Inkscape would read it; fails on a parser error. */
async function parseSvg(blob: Blob): Promise<Document> {
  expect(blob.type).to.equal('image/svg+xml');
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  expect(doc.querySelector('parsererror'), doc.querySelector('parsererror')?.textContent ?? '').to.equal(null);
  return doc;
}

/** The CSV blob's text without its byte order mark, after checking the mark is there. */
async function readCsv(blob: Blob): Promise<string> {
  expect(blob.type).to.equal('text/csv;charset=utf-8');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** How many links the capture below has caught so far. */
let clicks = 0;

/** The links `download()` clicks, captured instead of followed, with the blobs they point to. */
async function captureDownloads<T>(run: () => Promise<T>): Promise<{ name: string; blob: Blob }[]> {
  const clicked: HTMLAnchorElement[] = [];
  const click = HTMLAnchorElement.prototype.click;
  clicks = 0;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    clicked.push(this);
    clicks++;
  };
  try {
    await run();
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  return Promise.all(clicked.map(async (link) => ({ name: link.download, blob: await (await fetch(link.href)).blob() })));
}

describe('the actions attribute', () => {
  it('shows a labelled button per format, at least 24 px square, in the order given', async () => {
    const el = await mount<TtpAttackChart>(html`<ttp-attack-chart heading="Attacks" actions="csv png svg"></ttp-attack-chart>`);
    const buttons = parts(el, 'download-button') as HTMLButtonElement[];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['CSV', 'PNG', 'SVG']);
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Download CSV of Attacks', 'Download PNG of Attacks', 'Download SVG of Attacks']);
    for (const button of buttons) {
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      const box = button.getBoundingClientRect();
      expect(box.width, button.textContent!).to.be.at.least(24);
      expect(box.height, button.textContent!).to.be.at.least(24);
    }
    expect(text($(el, '.actions'))).to.match(/^Download CSV PNG SVG$/);
    await expect(el).to.be.accessible();
  });

  it('shows no button without it, and none once it is removed', async () => {
    const el = await mount<TtpAttackChart>(html`<ttp-attack-chart actions="png"></ttp-attack-chart>`);
    expect(parts(el, 'download-button').length).to.equal(1);
    el.removeAttribute('actions');
    await el.updateComplete;
    expect(parts(el, 'download-button').length).to.equal(0);
    expect($(el, '.actions')).to.equal(null);
  });

  it('names a bad token in a notice and a cv-error, and keeps the buttons of the good ones', async () => {
    const el = await mount<TtpAttackChart>(html`<ttp-attack-chart actions="png svg"></ttp-attack-chart>`);
    const failed = oneEvent(el, 'cv-error') as Promise<CvErrorEvent>;
    el.setAttribute('actions', 'png gif svg png');
    const event = await failed;
    expect(event.detail.messages).to.deep.equal(['actions: unknown value "gif" (expected "png", "svg", "csv" or "sound")']);
    expect(notice(el)).to.contain('actions: unknown value "gif"');
    expect(parts(el, 'download-button').map((b) => b.textContent!.trim())).to.deep.equal(['PNG', 'SVG']);
    expect(parts(el, 'mark').length, 'the drawing stays').to.equal(15);
    el.setAttribute('actions', 'svg');
    await el.updateComplete;
    expect(el.issues).to.deep.equal([]);
  });

  it('downloads from the keyboard: Enter or Space on a focused button', async () => {
    const el = await mount<TtpAttackChart & Exporting>(html`<ttp-attack-chart actions="svg csv"></ttp-attack-chart>`);
    const saved = await captureDownloads(async () => {
      (parts(el, 'download-button')[1] as HTMLButtonElement).focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      await until(() => clicks === 2);
    });
    expect(saved.map((file) => file.name.split('.').pop())).to.deep.equal(['csv', 'csv']);
    const focused = el.shadowRoot!.activeElement!;
    expect(getComputedStyle(focused).outlineStyle, 'a visible focus ring').to.equal('solid');
  });
});

describe('toBlob("svg")', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: a standalone SVG with its marks, heading, description, source and colours`, async () => {
      const el = await mountIn<Exporting>(tagTemplate(tag), 720);
      const doc = await parseSvg(await el.toBlob('svg'));
      const root = doc.documentElement;
      expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      const [width, height] = [Number(root.getAttribute('width')), Number(root.getAttribute('height'))];
      expect(root.getAttribute('viewBox')).to.equal(`0 0 ${width} ${height}`);
      const drawing = $(el, '[part="svg"]')!;
      expect(width).to.be.above(Number(drawing.getAttribute('width')));
      expect(height).to.be.above(Number(drawing.getAttribute('height')));
      // Every shape drawn, marks included, and nothing that needs the page: no style attribute, no stylesheet, no CSS variable.
      const shapes = (node: Element | Document) => node.querySelectorAll(SHAPES).length;
      // The drawing comes after the legends' symbols.
      const copy = [...doc.querySelectorAll('svg > svg')].pop()!;
      expect(shapes(copy)).to.equal(shapes(drawing) - drawing.querySelectorAll('.focus-ring').length);
      expect(copy.querySelectorAll(MARKS[tag]).length).to.equal(drawing.querySelectorAll(MARKS[tag]).length).and.to.be.above(0);
      expect(doc.querySelectorAll('[style], style, script, foreignObject').length).to.equal(0);
      expect(await (await el.toBlob('svg')).text()).not.to.contain('var(');
      const words = [...root.querySelectorAll('svg > text')].map(text).join(' ');
      for (const name of ['heading', 'description', 'source']) expect(words, name).to.contain(text($(el, `[part="${name}"]`)));
      // Text is drawn in the element's font, and marks in the theme's colours, as attributes.
      const heading = [...root.querySelectorAll('text')].find((t) => text($(el, '[part="heading"]')).startsWith(t.textContent!))!;
      expect(heading.getAttribute('font-weight')).to.equal('700');
      expect(copy.querySelectorAll(`:is(${MARKS[tag]})[fill]`).length).to.be.above(0);
    });
  }

  it('writes the theme resolved: a dark chart on its dark background, with its accent', async () => {
    const el = await mount<Exporting>(html`<ttp-attack-chart theme="dark"></ttp-attack-chart>`);
    const doc = await parseSvg(await el.toBlob('svg'));
    expect(doc.querySelector('svg > rect')!.getAttribute('fill')).to.equal('#17191e');
    expect(doc.querySelector('rect.bar')!.getAttribute('fill')).to.equal(hex(getComputedStyle($(el, 'rect.bar')!).fill));
    expect(doc.querySelector('rect.bar')!.getAttribute('fill')).to.equal('#d95d56');
    const light = await parseSvg(await (await mount<Exporting>(html`<ttp-attack-chart></ttp-attack-chart>`)).toBlob('svg'));
    expect(light.querySelector('svg > rect')!.getAttribute('fill')).to.equal('#ffffff');
  });

  it('draws the legends: the map’s lines and places, the timeline’s categories, the chart’s parts in their colours', async () => {
    const words = async (el: Exporting) => [...(await parseSvg(await el.toBlob('svg'))).querySelectorAll('svg > text')].map((t) => t.textContent);
    const map = await mountIn<Exporting>(html`<border-map></border-map>`, 720);
    expect(await words(map)).to.include.members(['International border', 'Place in the article']);
    expect((await words(map)).some((line) => line!.startsWith('Durand Line: 2,640 km'))).to.equal(true);
    const timeline = await mountIn<Exporting>(html`<conflict-timeline></conflict-timeline>`, 900);
    expect(await words(timeline)).to.include.members(['War and politics 7', 'Attacks 3', 'Displacement 1']);
    const narrow = await mountIn<Exporting>(html`<ttp-attack-chart></ttp-attack-chart>`, 320);
    expect(await words(narrow)).to.include('TTP founded (December 2007)');
    const chart = await mountIn<Exporting>(html`<ttp-attack-chart stack-by-type></ttp-attack-chart>`, 720);
    const doc = await parseSvg(await chart.toBlob('svg'));
    const swatches = [...chart.shadowRoot!.querySelectorAll('.swatch')].map((swatch) => hex(getComputedStyle(swatch).backgroundColor));
    expect(swatches.length).to.equal(3);
    expect([...doc.querySelectorAll('svg > svg:not(:last-of-type) > rect')].map((rect) => rect.getAttribute('fill'))).to.deep.equal(swatches);
  });

  for (const [tag, width] of [
    ['border-map', 320],
    ['ttp-attack-chart', 320],
    ['conflict-timeline', 900],
  ] as const) {
    it(`<${tag}> at ${width} px: every line of text of the file inside its width, none cut`, async () => {
      const el = await mountIn<Exporting>(tagTemplate(tag), width);
      const root = document.importNode((await parseSvg(await el.toBlob('svg'))).documentElement, true) as unknown as SVGSVGElement;
      document.body.append(root);
      try {
        const fileWidth = Number(root.getAttribute('width'));
        for (const text of root.querySelectorAll(':scope > text')) {
          const box = (text as SVGTextElement).getBBox();
          expect(box.x, text.textContent!).to.be.at.least(0);
          expect(box.x + box.width, text.textContent!).to.be.at.most(fileWidth);
        }
      } finally {
        root.remove();
      }
    });
  }

  it('leaves out the focus ring, and keeps text from data as text', async () => {
    const data = [
      { year: 2020, events: 3 },
      { year: 2021, events: 4 },
    ];
    const heading = '<b>Attacks</b> & "raids" \u0007';
    const el = await mount<TtpAttackChart & Exporting>(html`<ttp-attack-chart .data=${data} heading=${heading}></ttp-attack-chart>`);
    ($(el, '[part="plot"]') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect($(el, '.focus-ring'), 'drawn on the page').to.not.equal(null);
    const doc = await parseSvg(await el.toBlob('svg'));
    expect(doc.querySelector('.focus-ring, .active-column, b')).to.equal(null);
    expect(doc.querySelector('title')!.textContent).to.equal('<b>Attacks</b> & "raids" ');
  });

  it('right to left: the heading and source end at the right margin, in the page’s direction', async () => {
    const el = await mount<Exporting>(html`<ttp-attack-chart dir="rtl" lang="ur" heading="پاکستان میں حملے" source="UCDP"></ttp-attack-chart>`);
    const root = (await parseSvg(await el.toBlob('svg'))).documentElement;
    const heading = [...root.querySelectorAll('svg > text')].find((t) => t.textContent === 'پاکستان میں حملے')!;
    expect(heading.getAttribute('direction')).to.equal('rtl');
    expect(heading.getAttribute('text-anchor')).to.equal('end');
    expect(Number(heading.getAttribute('x'))).to.equal(Number(root.getAttribute('width')) - 16);
    expect(Number(heading.getAttribute('y'))).to.equal(Math.round(Number(heading.getAttribute('y')) * 100) / 100);
  });

  it('rejects an unknown format with a TypeError, and while nothing is drawn', async () => {
    const el = await mount<Exporting>(html`<ttp-attack-chart></ttp-attack-chart>`);
    const error = await el.toBlob('gif').catch((e: Error) => e);
    expect(error).to.be.instanceOf(TypeError);
    expect((error as Error).message).to.equal('<ttp-attack-chart>: unknown format "gif" (expected "png", "svg" or "csv")');
    const empty = await mount<Exporting>(html`<ttp-attack-chart data="not json"></ttp-attack-chart>`);
    expect(((await empty.toBlob('svg').catch((e: Error) => e)) as Error).message).to.equal('has nothing drawn to export yet');
  });
});

describe('toBlob("png")', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: decodes at twice the SVG's size, on the theme's background`, async () => {
      const el = await mountIn<Exporting>(html`${tagTemplate(tag)}`, 640);
      el.setAttribute('theme', 'dark');
      await settled(el);
      const svg = (await parseSvg(await el.toBlob('svg'))).documentElement;
      const png = await el.toBlob('png');
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect([bitmap.width, bitmap.height]).to.deep.equal([2 * Number(svg.getAttribute('width')), 2 * Number(svg.getAttribute('height'))]);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      expect([...context.getImageData(4, 4, 1, 1).data]).to.deep.equal([0x17, 0x19, 0x1e, 255]);
    });
  }
});

describe('a timeline too narrow for a drawing (its chronology)', () => {
  it("exports the horizontal timeline a 960 px element draws, with the page's theme and data, and tells the page nothing of it", async () => {
    const data = {
      events: [
        { start: '2001-09-11', title: 'First event of ours', category: 'attack' },
        { start: '2014-12-16', title: 'Second event of ours', category: 'war' },
      ],
    };
    const el = await mountIn<ConflictTimeline & Exporting>(
      html`<conflict-timeline theme="dark" heading="Our chronology" .data=${data}></conflict-timeline>`,
      360,
    );
    expect($(el, '[part="chronology"]'), 'a chronology at 360 px').to.not.equal(null);
    const heard: string[] = [];
    const listen = (event: Event) => heard.push(event.type);
    for (const type of ['cv-render', 'cv-error', 'cv-select']) document.addEventListener(type, listen, true);
    try {
      const svg = (await parseSvg(await el.toBlob('svg'))).documentElement;
      expect(Number(svg.getAttribute('width')), 'the width of the twin that drew it').to.be.within(960, 1000);
      expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).to.include.members(['Our chronology', 'First event of ours', 'Second event of ours']);
      expect(svg.querySelectorAll(':scope > svg:last-of-type .glyph').length, 'the two events drawn').to.equal(2);
      expect(svg.querySelector(':scope > rect')!.getAttribute('fill'), 'the dark theme').to.equal('#17191e');
      expect(svg.querySelectorAll('[visibility="hidden"], [opacity="0"]').length, 'drawn visible').to.equal(0);
      const png = await createImageBitmap(await el.toBlob('png'));
      expect(png.width).to.equal(2 * Number(svg.getAttribute('width')));
      expect(heard, 'no event of the twin reaches the page').to.deep.equal([]);
    } finally {
      for (const type of ['cv-render', 'cv-error', 'cv-select']) document.removeEventListener(type, listen, true);
    }
    expect(el.shadowRoot!.querySelectorAll('conflict-timeline').length, 'the twin is gone').to.equal(0);
    expect($(el, '[part="chronology"]'), 'the element still shows its chronology').to.not.equal(null);
  });

  it('with orientation="vertical" there is no drawing to export, and the message says how to get one', async () => {
    const el = await mountIn<Exporting>(html`<conflict-timeline orientation="vertical"></conflict-timeline>`, 900);
    const error = (await el.toBlob('svg').catch((e: Error) => e)) as Error;
    expect(error.message).to.equal('has no drawing to export (a vertical chronology is text: set orientation="horizontal")');
  });
});

describe('toBlob("csv")', () => {
  it('<ttp-attack-chart>: the years drawn after from/to and field mapping, under the table’s names, as numbers', async () => {
    const data = [
      { Jahr: '2019', Angriffe: '1,204', low: 1, high: 2 },
      { Jahr: '2020', Angriffe: '71' },
      { Jahr: '2021', Angriffe: '119' },
      { Jahr: '2022', Angriffe: '300' },
    ];
    const el = await mount<Exporting>(
      html`<ttp-attack-chart .data=${data} year-field="Jahr" value-field="Angriffe" value-label="attacks" from="2020" to="2021"></ttp-attack-chart>`,
    );
    const csv = await readCsv(await el.toBlob('csv'));
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csvParse(csv.slice(1))).to.deep.include({ Year: '2020', Attacks: '71' });
    expect(csvParseRows(csv.slice(1))).to.deep.equal([
      ['Year', 'Attacks'],
      ['2020', '71'],
      ['2021', '119'],
    ]);
  });

  it('<ttp-attack-chart>: the article data with its estimates and parts, unformatted', async () => {
    const el = await mount<Exporting>(html`<ttp-attack-chart metric="deaths"></ttp-attack-chart>`);
    const rows = csvParse((await readCsv(await el.toBlob('csv'))).slice(1));
    expect(rows.length).to.equal(15);
    expect(rows.columns.slice(0, 4)).to.deep.equal(['Year', 'Deaths', 'Low estimate', 'High estimate']);
    for (const row of rows)
      expect(
        Object.values(row).every((cell) => /^\d*$/.test(cell!)),
        JSON.stringify(row),
      ).to.equal(true);
  });

  it('<conflict-timeline>: escapes formulas, keeps negative numbers and round-trips every text', async () => {
    const titles = ['=HYPERLINK("http://x.example","click")', '+1+2', '@SUM(A1)', '-3', '-2+3', 'Comma, "quote"\nand line', 'پشاور'];
    const data = titles.map((title, i) => ({ id: `e${i}`, start: `${2010 + i}`, title }));
    const el = await mountIn<ConflictTimeline & Exporting>(html`<conflict-timeline .data=${data}></conflict-timeline>`, 900);
    const rows = csvParse((await readCsv(await el.toBlob('csv'))).slice(1));
    expect(rows.map((row) => row.title)).to.deep.equal([
      `'=HYPERLINK("http://x.example","click")`,
      "'+1+2",
      "'@SUM(A1)",
      '-3',
      "'-2+3",
      'Comma, "quote"\nand line',
      'پشاور',
    ]);
    expect(rows.map((row) => row.start)).to.deep.equal(titles.map((_, i) => `${2010 + i}`));
  });

  it('<border-map>: every mark drawn, with its kind, place and count; numbers as numbers', async () => {
    const markers = [{ lon: -3.5, lat: 51, label: '=cmd|" /C calc"!A0' }];
    const el = await mountIn<BorderMap & Exporting>(html`<border-map .markers=${markers} layers="places events inset"></border-map>`, 720);
    const rows = csvParse((await readCsv(await el.toBlob('csv'))).slice(1));
    // A row per mark (districts, places, the marker, the border), as cv-select carries each.
    expect(rows.length).to.equal(el.shadowRoot!.querySelectorAll('[part~="mark"]').length + 1);
    expect(new Set(rows.map((row) => row.kind))).to.deep.equal(new Set(['border', 'place', 'district', 'marker']));
    expect(rows.columns).to.include.members(['kind', 'lon', 'lat']);
    const marker = rows.find((row) => row.kind === 'marker')!;
    expect(marker.lon).to.equal('-3.5');
    expect(marker.label).to.equal(`'=cmd|" /C calc"!A0`);
    const districts = rows.filter((row) => row.kind === 'district');
    expect(districts.length).to.be.above(0);
    for (const district of districts) expect(district.events).to.match(/^\d+$/);
  });
});

describe('escapeFormula and formatCsv', () => {
  it('put an apostrophe before =, +, -, @, tab and CR, except on a plain negative number', () => {
    const cells = ['=1+1', '+1', '-1+1', '@A1', '\tx', '\rx', '-3', '-0.25', '-', '-3e5', 'a=1', ''];
    expect(cells.map(escapeFormula)).to.deep.equal(["'=1+1", "'+1", "'-1+1", "'@A1", "'\tx", "'\rx", '-3', '-0.25', "'-", "'-3e5", 'a=1', '']);
  });

  it('write numbers unformatted, lists joined, missing values empty, and header cells escaped too', () => {
    const csv = formatCsv({
      columns: ['=name', 'n', 'pair'],
      rows: [
        ['a', -1234.5, ['AF', 'PK']],
        ['\tb', undefined, null],
        ['c', NaN, []],
      ],
    });
    expect(csv).to.equal("\uFEFF'=name,n,pair\na,-1234.5,AF PK\n'\tb,,\nc,,\n");
    expect(csvParseRows(csv.slice(1))).to.deep.equal([
      ["'=name", 'n', 'pair'],
      ['a', '-1234.5', 'AF PK'],
      ["'\tb", '', ''],
      ['c', '', ''],
    ]);
  });
});

describe('download()', () => {
  it('saves each format under a name made of the heading', async () => {
    const el = await mount<Exporting>(html`<ttp-attack-chart heading="TTP attacks, 2007–2021: Pakistan"></ttp-attack-chart>`);
    const saved = await captureDownloads(async () => {
      for (const format of ['svg', 'png', 'csv']) await el.download(format);
    });
    expect(saved.map((file) => file.name)).to.deep.equal([
      'ttp-attacks-2007-2021-pakistan.svg',
      'ttp-attacks-2007-2021-pakistan.png',
      'ttp-attacks-2007-2021-pakistan.csv',
    ]);
    expect(saved.map((file) => file.blob.type)).to.deep.equal(['image/svg+xml', 'image/png', 'text/csv;charset=utf-8']);
    await parseSvg(saved[0].blob);
  });

  it('from a button: the file is saved; a failure is told in the notice and by cv-error', async () => {
    const el = await mountIn<Exporting>(html`<conflict-timeline actions="csv svg" orientation="vertical"></conflict-timeline>`, 900);
    const saved = await captureDownloads(async () => {
      (parts(el, 'download-button')[0] as HTMLButtonElement).click();
      await until(() => clicks === 1);
    });
    expect(saved.map((file) => file.name)).to.deep.equal([`${fileNameOf(el)}.csv`]);
    // A drawing that cannot be exported: the author asked for the chronology at every width.
    const failed = oneEvent(el, 'cv-error') as Promise<CvErrorEvent>;
    (parts(el, 'download-button')[1] as HTMLButtonElement).click();
    expect((await failed).detail.messages[0]).to.match(/^actions: SVG has no drawing to export/);
  });
});

const hex = (rgb: string) =>
  `#${rgb
    .match(/\d+/g)!
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;
const fileNameOf = (el: Element) =>
  text($(el, '[part="heading"]'))
    .toLowerCase()
    .normalize('NFKD')
    .match(/[\p{L}\p{N}]+/gu)!
    .join('-');

const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
