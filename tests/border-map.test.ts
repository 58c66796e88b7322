// <border-map> in Chromium: what it draws, labels at real widths, layers, markers, errors, a11y.
// Keyboard, pointer and zoom: border-map-interaction.test.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '@conflict-viz/border-map';
import type { BorderMap } from '@conflict-viz/border-map';
import type { CvErrorEvent } from '@conflict-viz/core';
import { sharedBorderKm } from './border-map-fixtures.js';
import { $, $$, boxesCross, mount, notice, settled, text, until } from './helpers.js';
import { featureInMetres, squareCountries } from './geojson-fixtures.js';

const map = (template: ReturnType<typeof html>) => mount<BorderMap>(template);
const notes = (el: BorderMap) => text($(el, '.notes'));

/** The Durand Line recomputed from the shipped arcs, independently of the element (see border-map-fixtures.ts). */
const recomputedDurandKm = () => Math.round(sharedBorderKm('AFG', 'PAK'));

/** Boxes of what is drawn on screen, as the browser lays it out. */
const boxes = (elements: Element[]) => elements.map((e) => e.getBoundingClientRect());

describe('<border-map> with the article geometry', () => {
  it('draws Afghanistan, Pakistan and their neighbours, and the Durand Line as its own highlighted path', async () => {
    const el = await map(html`<border-map></border-map>`);
    for (const code of ['AFG', 'PAK', 'IRN', 'IND', 'CHN', 'TJK', 'TKM', 'UZB']) {
      expect(($(el, `path.country[data-code="${code}"]`) as SVGPathElement)?.getAttribute('d'), code).to.match(/^M/);
    }
    expect($$(el, 'path.country.focus').map((p) => p.getAttribute('data-code'))).to.have.members(['AFG', 'PAK']);
    const durand = $(el, 'path[part="border"]') as SVGPathElement;
    expect(durand.getTotalLength()).to.be.greaterThan(100);
    expect(getComputedStyle(durand).stroke).to.not.equal(getComputedStyle($(el, 'path.line:not(.highlight):not(.disputed)')!).stroke);
    expect(text($(el, '[role="heading"]'))).to.equal('Afghanistan, Pakistan and the Durand Line');
    expect($$(el, 'svg.map-svg circle.place').length).to.equal(5);
    expect(el.dataSource).to.equal('default');
  });

  it("states the article's 2,640 km and the length measured on the shipped geometry, in the notes and the data table", async () => {
    const el = await map(html`<border-map></border-map>`);
    const measured = recomputedDurandKm().toLocaleString('en');
    expect(notes(el)).to.contain('2,640 km according to the article').and.contain(`${measured} km measured on this map`);
    expect(notes(el)).to.contain('Afghanistan does not recognise it');
    ($(el, '[part="table-button"]') as HTMLButtonElement).click();
    await settled(el);
    const row = $$(el, 'tbody tr').find((tr) => text(tr).startsWith('Durand Line'))!;
    expect(text(row)).to.contain(`${measured} km measured on this map`).and.contain('2,640 km according to the article');
  });

  it('draws the disputed Kashmir lines dashed with a legend entry, solid or not at all', async () => {
    const el = await map(html`<border-map></border-map>`);
    const disputed = () => $(el, 'svg.map-svg path.line.disputed');
    expect(disputed()!.classList.contains('dashed')).to.equal(true);
    expect(getComputedStyle(disputed()!).strokeDasharray).to.not.equal('none');
    expect(text($(el, '[part="legend"]'))).to.contain('Disputed: de facto line of control');
    expect(text($(el, '[part="legend"]'))).to.contain('Durand Line: 2,640 km in the article, not recognised by Afghanistan');
    expect(notes(el)).to.contain("Natural Earth's de facto view");
    el.disputed = 'solid';
    await settled(el);
    expect(getComputedStyle(disputed()!).strokeDasharray).to.equal('none');
    el.disputed = 'hidden';
    await settled(el);
    expect(disputed()).to.equal(null);
    expect(text($(el, '[part="legend"]'))).to.not.contain('Disputed');
  });

  it('draws the locator globe with the outline of the map on it', async () => {
    const el = await map(html`<border-map></border-map>`);
    expect($(el, '[part="inset"] .land')!.getAttribute('d')).to.match(/^M/);
    expect($(el, '[part="inset"] .view')!.getAttribute('d')).to.match(/^M/);
    el.layers = 'places';
    await settled(el);
    expect($(el, '[part="inset"]')).to.equal(null);
  });

  it('is accessible: named marks, a generated summary, no axe violations, light, dark and with events', async () => {
    const el = await map(html`<border-map></border-map>`);
    expect($(el, '[data-mark="0"]')!.getAttribute('aria-label')).to.match(/^Durand Line/);
    expect(text($(el, '#summary'))).to.contain('Highlighted: Durand Line');
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    el.layers = 'places events inset';
    await settled(el);
    await expect(el).to.be.accessible();
  });
});

describe('<border-map> labels at real widths', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 640, 1024]) {
    it(`no two labels overlap, and no label covers a place, at ${width} px (as laid out by the browser)`, async () => {
      await setViewport({ width: width + 16, height: 900 });
      const el = await map(html`<div style="width: ${width}px"><border-map layers="places events inset"></border-map></div>`).then((div) =>
        settled((div as unknown as HTMLElement).querySelector('border-map') as BorderMap),
      );
      // A wide column gets a map 760 px wide (MAX_MAP_WIDTH).
      expect($(el, 'svg.map-svg')!.getBoundingClientRect().width).to.be.closeTo(Math.min(width, 760), 1);
      const labels = boxes($$(el, 'text.label'));
      expect(labels.length).to.be.at.least(5);
      labels.forEach((a, i) => labels.slice(i + 1).forEach((b, j) => expect(boxesCross(a, b), `labels ${i} and ${i + j + 1}`).to.equal(false)));
      const places = boxes($$(el, 'svg.map-svg circle.place'));
      for (const label of labels) for (const place of places) expect(boxesCross(label, place)).to.equal(false);
      // Clear of the Durand Line and (from 640 px) of the district circles, in the SVG's own units.
      const line = $(el, 'path[part="border"]') as SVGPathElement;
      const onLine = Array.from({ length: Math.ceil(line.getTotalLength() / 2) }, (_, i) => line.getPointAtLength(i * 2));
      const circles = $$(el, 'circle.district').map((c) => ['cx', 'cy', 'r'].map((a) => Number(c.getAttribute(a))));
      for (const label of $$(el, 'text.label') as SVGGraphicsElement[]) {
        const { x, y, width: w, height: h } = label.getBBox();
        const inside = (px: number, py: number) => px > x && px < x + w && py > y && py < y + h;
        expect(onLine.filter((p) => inside(p.x, p.y)).length, `${label.textContent} on the Durand Line`).to.equal(0);
        const covered = circles.filter(([cx, cy, r]) => Math.hypot(cx - Math.max(x, Math.min(cx, x + w)), cy - Math.max(y, Math.min(cy, y + h))) < r);
        // At 320 px the circles leave Islamabad no room on Pakistan's side: its name goes over them (with its halo)
        // rather than across the border on a long leader; from 640 px every name is clear of them.
        if (width >= 640) expect(covered.length, `${label.textContent} over district circles`).to.equal(0);
      }
      // Leader lines stay on their place's side of the Durand Line and cross no other leader (the names would read swapped).
      const leaders = $$(el, 'line.leader').map((l) => ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))));
      const crosses = ([ax, ay, bx, by]: number[], [cx, cy, dx, dy]: number[]) => {
        const side = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) => Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
        return side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 && side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0;
      };
      const lineSegments = onLine.slice(1).map((p, i) => [onLine[i].x, onLine[i].y, p.x, p.y]);
      leaders.forEach((a, i) => {
        expect(lineSegments.filter((s) => crosses(a, s)).length, `leader ${i} across the Durand Line`).to.equal(0);
        leaders.slice(i + 1).forEach((b, j) => expect(crosses(a, b), `leaders ${i} and ${i + j + 1}`).to.equal(false));
      });
      // Every place is named at every width, its dot over the district circles.
      expect($(el, 'circle.district ~ circle.place'), 'a place drawn after the circles').to.not.equal(null);
      expect($(el, 'circle.place ~ circle.district'), 'no circle drawn over a place').to.equal(null);
      const names = $$(el, 'text.label').map((t) => t.textContent);
      for (const place of ['Kabul', 'Islamabad', 'Peshawar', 'Paktika province', 'Panjshir Valley']) expect(names).to.include(place);
    });
  }
});

describe('<border-map> size', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 768, 1264, 1600]) {
    it(`at ${width} px the map is at most 760 px wide, 600 px tall, no taller than wide (0.8 from 768 px), and the element fits a laptop's screen`, async () => {
      await setViewport({ width: width + 16, height: 900 });
      const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><border-map layers="places events inset"></border-map></div>`);
      const el = await settled(box.querySelector('border-map')!);
      const drawn = $(el, 'svg.map-svg')!.getBoundingClientRect();
      expect(drawn.width, 'map width').to.be.closeTo(Math.min(width, 760), 1);
      expect(drawn.height, 'map').to.be.at.most(600);
      // The map takes what the text leaves of the element's box (see border-map.styles): a little more than 0.78 of its width.
      expect(drawn.height / drawn.width, 'height / width').to.be.at.most(width >= 768 ? 0.8 : 1);
      if (width > 1000) expect(el.getBoundingClientRect().height, 'the element').to.be.at.most(900);
    });
  }
});

describe('<border-map> events layer', () => {
  it('draws one circle per district with a size legend, filters by from/to, and lists districts with counts in the table', async () => {
    const el = await map(html`<border-map layers="events"></border-map>`);
    expect($$(el, 'circle.district').length).to.equal(79);
    expect($$(el, 'svg.map-svg circle.place').length).to.equal(0);
    expect(text($(el, '[part="legend"]'))).to.contain('UCDP events per district, 2007–2021:');
    expect($$(el, '.size-legend circle').length).to.equal(3);
    el.from = 2021;
    el.to = 2021;
    await settled(el);
    const in2021 = $$(el, 'circle.district').length;
    expect(in2021).to.be.within(1, 78);
    ($(el, '[part="table-button"]') as HTMLButtonElement).click();
    await settled(el);
    const rows = $$(el, 'tbody tr').filter((tr) => text(tr).includes('District,'));
    expect(rows.length).to.equal(in2021);
    expect(text($(el, 'thead')))
      .to.contain('Events 2021')
      .and.not.contain('2021–2021');
    expect(text($(el, '[role="heading"]'))).to.contain('Durand Line');
  });

  it('rejects from after to, and years outside 2007–2021, and keeps the last good map', async () => {
    const el = await map(html`<border-map layers="events" from="2010" to="2012"></border-map>`);
    const drawn = $$(el, 'circle.district').length;
    el.from = 2015;
    await settled(el);
    expect(notice(el)).to.contain('from: 2015 is after to 2012');
    el.from = 2000;
    await settled(el);
    expect(notice(el)).to.contain('from: must be at least 2007, got 2000');
    expect($$(el, 'circle.district').length).to.be.greaterThan(0);
    el.from = 2010;
    await settled(el);
    expect(notice(el)).to.equal('');
    expect($$(el, 'circle.district').length).to.equal(drawn);
  });
});

describe('<border-map> markers, another border, other geometry', () => {
  it("draws a newsroom's markers with labels, links only http(s), and an off-map marker as an arrow and a note", async () => {
    const markers = [
      { lon: 65.71, lat: 31.61, label: 'Kandahar', note: 'Second city', href: 'https://example.org/kandahar' },
      { lon: 2.35, lat: 48.86, label: 'Paris' },
    ];
    const el = await map(html`<border-map .markers=${markers} layers=""></border-map>`);
    expect($$(el, 'svg.map-svg path.marker').length).to.equal(1);
    expect($$(el, 'path.pointer').length).to.equal(1);
    expect($$(el, 'text.label').map((t) => t.textContent)).to.include.members(['Kandahar', 'Paris']);
    expect(notes(el)).to.contain('Outside this map, shown by arrows at its edge: Paris (48.86° N, 2.35° E)');
    const link = $(el, '.notes a') as HTMLAnchorElement;
    expect(link.href).to.equal('https://example.org/kandahar');
    expect(link.textContent).to.equal('Kandahar');
    expect(notice(el)).to.equal('');
  });

  it('highlights another pair from a TopoJSON src: India and Pakistan, with the Line of Control dashed in the highlight colour', async () => {
    const el = await map(html`<border-map src="/data/india-pakistan.topo.json" highlight="IND PAK"></border-map>`);
    await until(() => el.dataSource === 'src');
    await settled(el);
    expect($(el, 'path[part="border"]')!.getAttribute('d')).to.match(/^M/);
    expect($(el, 'path.line.highlight.dashed')).to.not.equal(null);
    expect(text($(el, '[part="legend"]'))).to.contain('India–Pakistan border');
    expect(notes(el)).to.match(/India–Pakistan border: [\d,]+ km measured on this map/);
    expect($(el, '[role="heading"]')).to.equal(null);
    expect($$(el, 'svg.map-svg circle.place').length).to.equal(0);
  });

  it('reads GeoJSON and finds the shared border of two features by their common vertices', async () => {
    const el = await map(html`<border-map .data=${squareCountries('AAA', 'BBB')} highlight="AAA BBB"></border-map>`);
    expect($(el, 'path[part="border"]')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(notes(el)).to.match(/Country AAA–Country BBB border: 111 km measured/);
  });
});

describe('<border-map> bad input', () => {
  it('a src that is not TopoJSON or GeoJSON: a specific error, cv-error, and the last good map stays', async () => {
    const el = await map(html`<border-map></border-map>`);
    const failed = oneEvent(el, 'cv-error') as Promise<CvErrorEvent>;
    el.src = '/data/ttp-yearly.csv';
    const { detail } = await failed;
    await settled(el);
    expect(detail.messages[0]).to.equal('src: is not TopoJSON or GeoJSON: got a table of 15 rows (a CSV file or a JSON array); <border-map> needs geometry');
    expect(notice(el)).to.contain('got a table of 15 rows');
    expect($(el, 'path.country[data-code="AFG"]')).to.not.equal(null);
    expect($(el, 'path[part="border"]')!.getAttribute('d')).to.match(/^M/);
  });

  it('a highlight code that is not in the geometry: a specific error and the Durand Line stays', async () => {
    const el = await map(html`<border-map></border-map>`);
    el.highlight = 'AFG XYZ';
    // "XYZ" could be an ISO code the geometry writes in the other form: the map loads the ISO table to know.
    await until(() => notice(el) !== '');
    await settled(el);
    expect(notice(el)).to.match(/highlight: "XYZ" is not in the geometry \(it has AFG, /);
    expect(text($(el, '[part="legend"]'))).to.contain('Durand Line');
    el.highlight = 'IRN AFG';
    await settled(el);
    expect(notice(el)).to.equal('');
    expect(text($(el, '[part="legend"]'))).to.contain('Iran–Afghanistan border');
  });

  it('markers with a latitude beyond ±90 or coordinates that are not numbers: errors naming row and field; the last good markers stay', async () => {
    const el = await map(html`<border-map markers='[{"lon": 65.7, "lat": 31.6, "label": "Kandahar"}]'></border-map>`);
    expect($$(el, 'svg.map-svg path.marker').length).to.equal(1);
    el.markers = '[{"lon": 65.7, "lat": 95, "label": "Nowhere"}]';
    await settled(el);
    expect(notice(el)).to.contain('markers row 1: lat must be at most 90, got 95');
    expect($$(el, 'svg.map-svg path.marker').length).to.equal(1);
    // @ts-expect-error -- a longitude that is not a number, as JavaScript without types can set
    el.markers = [{ lon: 'east', lat: 30, label: 'Somewhere' }];
    await settled(el);
    expect(notice(el)).to.contain('markers row 1: lon must be a number, got "east"');
    el.markers = '[{"lon": 70, "lat": 30, "label": "Bad link", "href": "javascript:alert(1)"}]';
    await settled(el);
    expect(notice(el)).to.contain('href must be an http(s) link');
    el.markers = 'not json';
    await settled(el);
    expect(notice(el)).to.contain('markers: is not valid JSON');
    expect(text($$(el, 'text.label').find((t) => t.textContent === 'Kandahar') ?? null)).to.equal('Kandahar');
  });

  it('an unknown projection or layer: a specific error and the last good map', async () => {
    const el = await map(html`<border-map projection="equirectangular"></border-map>`);
    const d = $(el, 'path.country[data-code="PAK"]')!.getAttribute('d');
    el.setAttribute('projection', 'robinson');
    await settled(el);
    expect(notice(el)).to.contain('projection: unknown value "robinson" (expected "conic-conformal", "equirectangular" or "orthographic")');
    expect($(el, 'path.country[data-code="PAK"]')!.getAttribute('d')).to.equal(d);
    el.projection = 'conic-conformal';
    el.layers = 'places towns';
    await settled(el);
    expect(notice(el)).to.contain('layers: unknown layer "towns"');
  });

  it('GeoJSON in metres and a Topology without countries are refused with what is wrong', async () => {
    const el = await map(html`<border-map></border-map>`);
    el.data = featureInMetres;
    await settled(el);
    expect(notice(el)).to.contain('data property: has coordinates that are not longitude/latitude in degrees');
    el.data = { type: 'Topology', arcs: [], objects: {} };
    await settled(el);
    expect(notice(el)).to.contain('is TopoJSON without polygons');
    expect($(el, 'path.country[data-code="AFG"]')).to.not.equal(null);
  });
});

describe('<border-map> on a right-to-left page, dark, forced colours', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', colorScheme: 'light' }));

  it('keeps the map unmirrored on an RTL page, with the zoom buttons at the inline end, and stays accessible', async () => {
    const wrapper = await fixture(html`<div dir="rtl" lang="ur"><border-map></border-map></div>`);
    const el = await settled(wrapper.querySelector('border-map') as BorderMap);
    const svg = $(el, 'svg.map-svg')!.getBoundingClientRect();
    const buttons = $(el, '.zoom')!.getBoundingClientRect();
    expect(buttons.left - svg.left).to.be.below(svg.width / 2);
    expect(getComputedStyle($(el, 'svg.map-svg')!).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('theme="auto" follows a dark system setting; forced colours keep the border distinct', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await map(html`<border-map theme="auto"></border-map>`);
    const water = getComputedStyle($(el, '.water')!).fill;
    expect(water).to.equal('rgb(20, 35, 48)');
    await emulateMedia({ forcedColors: 'active' });
    await settled(el);
    const border = getComputedStyle($(el, 'path[part="border"]')!).stroke;
    const land = getComputedStyle($(el, 'path.country')!).fill;
    expect(border).to.not.equal(land);
  });
});
