// The pure model of <border-map>: geometry parsing, border lines, markers, districts, layout, labels, zoom.
import { expect } from '@open-wc/testing';
import { borderRegion } from '@conflict-viz/data/border-region';
import { locatorLand } from '@conflict-viz/data/locator-land';
import { mapPlaces } from '@conflict-viz/data/map-places';
import { ttpDistricts } from '@conflict-viz/data/ttp-districts';
import { ttpYearly } from '@conflict-viz/data/ttp-yearly';
import { boxesOverlap, createLayoutContext } from '@conflict-viz/core/pure';
import {
  MAX_MARKERS,
  MapCache,
  NO_ZOOM,
  borderLines,
  constrainZoom,
  countDistrictEvents,
  describeBorderMap,
  layoutBorderMap,
  lineLengthKm,
  mapHeight,
  markAt,
  markPosition,
  markToward,
  nextMark,
  parseMapGeometry,
  parseMarkers,
  placeMapLabels,
  readLayers,
  resolveHighlight,
  resolveZoom,
  sharedLines,
  topologyFeature,
  zoomAround,
  zoomBetween,
  type BorderMapOptions,
  type MapMarker,
} from '@conflict-viz/border-map/model';
import { sharedBorderKm } from './border-map-fixtures.js';

const geometry = parseMapGeometry(borderRegion, 'default').value!;
const pair = resolveHighlight(geometry, 'AFG PAK').value!;
const data = { geometry, pair, article: true };

function options(extra: Partial<BorderMapOptions> = {}): BorderMapOptions {
  return {
    projection: 'conic-conformal',
    disputed: 'dashed',
    layers: new Set(['places', 'inset']),
    places: mapPlaces,
    markers: [],
    districts: ttpDistricts,
    land: topologyFeature(locatorLand, 'land'),
    ...extra,
  };
}

/** The Durand Line measured independently: the arcs AFG and PAK share, decoded and summed by haversine. */
const recomputedDurandKm = () => sharedBorderKm('AFG', 'PAK');

describe('parseMapGeometry', () => {
  it('parseMapGeometry(borderRegion) reads Afghanistan, Pakistan, their six neighbours and Siachen, each with an id and a name', () => {
    const codes = geometry.countries.map((c) => c.code);
    for (const code of ['AFG', 'PAK', 'IRN', 'TKM', 'UZB', 'TJK', 'CHN', 'IND', 'KAS']) expect(codes).to.include(code);
    expect(geometry.countries.find((c) => c.code === 'AFG')!.name).to.equal('Afghanistan');
    expect(geometry.format).to.equal('TopoJSON');
    expect(geometry.disputedArcs.size).to.be.greaterThan(0);
  });

  it('parseMapGeometry(an array) says it got a table, not geometry', () => {
    const parsed = parseMapGeometry([{ year: 2020 }, { year: 2021 }], 'src');
    expect(parsed.value).to.equal(undefined);
    expect(parsed.issues[0].message).to.equal('is not TopoJSON or GeoJSON: got a table of 2 rows (a CSV file or a JSON array); <border-map> needs geometry');
  });

  it('parseMapGeometry names a wrong type, a broken arc reference and coordinates in metres', () => {
    expect(parseMapGeometry({ type: 'Topologie' }, 'src').issues[0].message).to.contain('"type" is "Topologie"');
    expect(parseMapGeometry('text', 'src').issues[0].message).to.contain('is not TopoJSON or GeoJSON');
    const broken = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 1],
        ],
      ],
      objects: { countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'X', arcs: [[7]] }] } },
    };
    expect(parseMapGeometry(broken, 'src').issues[0].message).to.equal('is not valid TopoJSON: a geometry refers to an arc that does not exist');
    const metres = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [7654321, 3000000],
            [7654400, 3000000],
            [7654400, 3000100],
            [7654321, 3000000],
          ],
        ],
      },
    };
    expect(parseMapGeometry(metres, 'src').issues[0].message).to.contain('not longitude/latitude in degrees (7654321, 3000000)');
  });

  it('parseMapGeometry(GeoJSON) turns round a polygon wound the GeoJSON (RFC 7946) way, which d3-geo would fill inside out', () => {
    const anticlockwise = {
      type: 'Feature',
      id: 'SQ',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [60, 30],
            [61, 30],
            [61, 31],
            [60, 31],
            [60, 30],
          ],
        ],
      },
    };
    const country = parseMapGeometry({ type: 'FeatureCollection', features: [anticlockwise] }, 'data property').value!.countries[0];
    const ring = (country.feature.geometry as { coordinates: number[][][] }).coordinates[0];
    expect(ring[1]).to.deep.equal([60, 31]);
  });
});

describe('resolveHighlight and borderLines', () => {
  it('resolveHighlight(geometry, "afg, pak") finds the pair in any case and separator', () => {
    const found = resolveHighlight(geometry, 'afg, pak').value!;
    expect(found.map((c) => c.code)).to.deep.equal(['AFG', 'PAK']);
  });

  it('resolveHighlight rejects a code not in the geometry, one code, the same code twice, and a pair with no border', () => {
    expect(resolveHighlight(geometry, 'AFG XYZ').issues[0].message).to.match(/^"XYZ" is not in the geometry \(it has AFG, /);
    expect(resolveHighlight(geometry, 'AFG').issues[0].message).to.contain('must name two countries by code');
    expect(resolveHighlight(geometry, 'PAK pak').issues[0].message).to.contain('names the same country twice');
    expect(resolveHighlight(geometry, 'AFG IND').issues[0].message).to.equal('Afghanistan and India share no border in this geometry');
    expect(resolveHighlight(geometry, 'none').value).to.equal(null);
  });

  it("borderLines(geometry, AFG–PAK) measures the Durand Line as a recomputation from the topology does, below the article's 2,640 km", () => {
    const km = lineLengthKm(borderLines(geometry, pair).highlight);
    expect(km).to.be.closeTo(recomputedDurandKm(), 0.001);
    // Natural Earth 1:10m unsimplified gives 2,244.7 km (data/README.md); simplification cuts corners.
    expect(km).to.be.within(2000, 2244.7);
  });

  it('borderLines keeps the disputed lines apart from other borders and from the highlight', () => {
    const lines = borderLines(geometry, pair);
    expect(lines.disputed!.coordinates.length).to.be.greaterThan(0);
    expect(lineLengthKm(lines.disputed)).to.be.within(1000, 2500);
    expect(lines.highlightDisputed).to.equal(undefined);
    const indPak = borderLines(geometry, resolveHighlight(geometry, 'IND PAK').value!);
    // The Line of Control is part of the India–Pakistan line: highlighted and disputed at once.
    expect(lineLengthKm(indPak.highlightDisputed)).to.be.greaterThan(300);
  });

  it('sharedLines(Afghanistan, Pakistan) from GeoJSON follows the same vertices as the TopoJSON arc', () => {
    const [afg, pak] = pair.map((c) => c.feature);
    expect(lineLengthKm(sharedLines(afg, pak))).to.be.closeTo(recomputedDurandKm(), 1);
  });
});

describe('parseMarkers', () => {
  it('parseMarkers reads lon, lat, label, note and an http(s) href, from numbers or numeric text', () => {
    const parsed = parseMarkers([{ lon: '65.71', lat: 31.61, label: 'Kandahar', note: 'A note', href: 'https://example.org/k' }]);
    expect(parsed.value).to.deep.equal([{ lon: 65.71, lat: 31.61, label: 'Kandahar', note: 'A note', href: 'https://example.org/k' }]);
  });

  it('parseMarkers reads headers as a spreadsheet writes them ("Lon", " LAT "), as the other elements do', () => {
    const parsed = parseMarkers([{ Lon: '65.71', ' LAT ': '31.61', Label: 'Kandahar' }]);
    expect(parsed.value).to.deep.equal([{ lon: 65.71, lat: 31.61, label: 'Kandahar', note: undefined, href: undefined }]);
  });

  it('parseMarkers rejects a latitude beyond ±90, a coordinate that is not a number, a missing label and a javascript: link', () => {
    const messages = (input: unknown) => parseMarkers(input).issues.map((i) => `row ${i.row}: ${i.field} ${i.message}`);
    expect(messages([{ lon: 70, lat: 95, label: 'X' }])).to.deep.equal(['row 1: lat must be at most 90, got 95']);
    expect(messages([{ lon: 'abc', lat: 30, label: 'X' }])).to.deep.equal(['row 1: lon must be a number, got "abc"']);
    expect(messages([{ lon: 70, lat: 30 }])).to.deep.equal(['row 1: label is missing']);
    expect(messages([{ lon: 70, lat: 30, label: 'X', href: 'javascript:alert(1)' }])[0]).to.contain('href must be an http(s) link');
  });

  it('parseMarkers takes up to 500 markers and rejects more at once, before reading them (100,000 would stall label placement)', () => {
    const markers = (n: number) => Array.from({ length: n }, (_, i) => ({ lon: 60 + (i % 20), lat: 25 + (i % 12), label: `m${i}` }));
    expect(parseMarkers(markers(MAX_MARKERS)).value!.length).to.equal(500);
    expect(parseMarkers(markers(100_000)).issues.map((i) => i.message)).to.deep.equal(['has 100000 markers; a map takes at most 500']);
  });
});

describe('countDistrictEvents', () => {
  it('countDistrictEvents(ttpDistricts) places 4,224 of the 4,262 events in 79 districts; the rest are located only to a province or the country', () => {
    const all = countDistrictEvents(ttpDistricts);
    expect(all.districts.length).to.equal(79);
    expect(all.districts.reduce((s, d) => s + d.events, 0)).to.equal(4224);
    expect(all.unplaced).to.equal(38);
    expect(all.districts[0]).to.include({ name: 'Orakzai agency', events: 538 });
    expect(all.max).to.equal(538);
  });

  it('countDistrictEvents(ttpDistricts, 2014, 2014) adds up to the 2014 total of the yearly table', () => {
    const year = countDistrictEvents(ttpDistricts, 2014, 2014);
    const total = year.districts.reduce((s, d) => s + d.events, 0) + year.unplaced;
    expect(total).to.equal(ttpYearly.find((r) => r.year === 2014)!.events);
    expect(year.max).to.equal(538);
  });
});

describe('mapHeight', () => {
  it("mapHeight(width) is 0.78 of the map's width (at most 760 px), at least 230 px: a wide column gets a map a screen can hold", () => {
    expect([320, 640, 768, 1024, 1280, 1600].map((width) => mapHeight(width))).to.deep.equal([250, 499, 593, 593, 593, 593]);
    expect(mapHeight(100)).to.equal(230);
  });

  it("layoutBorderMap lays a wide column's map out 760 px wide and 593 px tall", () => {
    const scene = layoutBorderMap(data, options(), createLayoutContext({ width: 1264 }));
    expect([scene.width, scene.height]).to.deep.equal([760, 593]);
  });
});

describe('layoutBorderMap', () => {
  it('layoutBorderMap(article, {width: 640}) draws every country, the Durand Line first among the marks, then the five places', () => {
    const scene = layoutBorderMap(data, options(), createLayoutContext({ width: 640 }));
    expect(scene.height).to.equal(mapHeight(640));
    expect(scene.countries.find((c) => c.code === 'AFG')!.d).to.match(/^M/);
    expect(scene.countries.find((c) => c.code === 'PAK')!.focus).to.equal(true);
    expect(scene.highlight).to.match(/^M/);
    expect(scene.items[0]).to.include({ kind: 'border', title: 'Durand Line' });
    expect(scene.items.filter((m) => m.kind === 'place').map((m) => m.title)).to.have.members([
      'Kabul',
      'Islamabad',
      'Peshawar',
      'Paktika province',
      'Panjshir Valley',
    ]);
    for (const m of scene.items) {
      expect(m.x, m.title).to.be.within(0, 640);
      expect(m.y, m.title).to.be.within(0, scene.height);
    }
    expect(scene.border!.km).to.be.closeTo(recomputedDurandKm(), 0.001);
    expect(scene.notes[0])
      .to.contain('2,640 km according to the article')
      .and.contain(`${Math.round(recomputedDurandKm()).toLocaleString('en')} km measured on this map`);
    expect(scene.inset!.view).to.match(/^M/);
  });

  it('layoutBorderMap puts a marker outside the map on its edge, pointing the right way, and names it in the notes', () => {
    const markers: MapMarker[] = [{ lon: 10, lat: 50, label: 'Far west' }];
    const scene = layoutBorderMap(data, options({ markers }), createLayoutContext({ width: 640 }));
    const mark = scene.items.find((m) => m.title === 'Far west')!;
    expect(mark.offMap).to.not.equal(undefined);
    expect(mark.x).to.be.below(20);
    expect(Math.abs(mark.offMap!.angle)).to.be.above(90);
    expect(scene.notes.join(' ')).to.contain('Outside this map, shown by arrows at its edge: Far west (50° N, 10° E)');
  });

  it('layoutBorderMap with the events layer draws one circle per district in range, area in proportion to the count', () => {
    const scene = layoutBorderMap(data, options({ layers: new Set(['events']), from: 2008, to: 2009 }), createLayoutContext({ width: 640 }));
    const districts = scene.items.filter((m) => m.kind === 'district');
    expect(districts.length).to.equal(countDistrictEvents(ttpDistricts, 2008, 2009).districts.length);
    const [a, b] = districts;
    const ratio = (a.r / b.r) ** 2;
    expect(ratio).to.be.closeTo(Number(a.datum.events) / Number(b.datum.events), 0.01);
    expect(scene.events).to.include({ from: 2008, to: 2009 });
    expect(scene.items.some((m) => m.kind === 'place')).to.equal(false);
  });

  it('describeBorderMap names the border, both lengths, the places and the disputed lines', () => {
    const text = describeBorderMap(layoutBorderMap(data, options(), createLayoutContext({ width: 640 })));
    expect(text).to.contain('Highlighted: Durand Line').and.contain('2,640 km according to the article');
    expect(text).to.match(/^Map of Afghanistan and Pakistan and neighbouring .*India.*, conic conformal projection\./);
    expect(text).to.match(/Places marked: .*Kabul/);
    expect(text).to.contain('lines of control');
  });
});

describe('MapCache', () => {
  it('keeps what its owner passes it to: one parse per input, one projection per size, one conversion per topology', () => {
    const cache = new MapCache();
    const parsed = parseMapGeometry(borderRegion, 'default', cache);
    expect(parseMapGeometry(borderRegion, 'default', cache)).to.equal(parsed);
    expect(parseMapGeometry(borderRegion, 'default')).not.to.equal(parsed);
    expect(topologyFeature(locatorLand, 'land', cache)).to.equal(topologyFeature(locatorLand, 'land', cache));
    const mapData = { geometry: parsed.value!, pair: resolveHighlight(parsed.value!, 'AFG PAK', cache).value!, article: true };
    const layout = (width: number, withCache = cache) => layoutBorderMap(mapData, options(), createLayoutContext({ width }), withCache);
    const first = layout(640);
    // The same size draws the same shapes, as the same objects; another size projects afresh.
    expect(layout(640).countries).to.equal(first.countries);
    expect(layout(480).countries).not.to.equal(first.countries);
    expect(layout(640).countries).to.equal(first.countries);
    // Without the cache, the same shapes are drawn anew.
    const fresh = layout(640, new MapCache());
    expect(fresh.countries).not.to.equal(first.countries);
    expect(fresh.countries).to.deep.equal(first.countries);
  });
});

describe('placeMapLabels', () => {
  for (const width of [280, 320, 640, 1024]) {
    it(`placeMapLabels at ${width} px: no two labels overlap, none covers a place symbol, all inside the map`, () => {
      const scene = layoutBorderMap(data, options({ layers: new Set(['places', 'events', 'inset']) }), createLayoutContext({ width }));
      const labels = placeMapLabels(scene, NO_ZOOM, [{ x: width - 48, y: 0, width: 48, height: 116 }]);
      expect(labels.length).to.be.greaterThan(3);
      labels.forEach((a, i) => {
        expect(a.box.x).to.be.at.least(0);
        expect(a.box.x + a.box.width).to.be.at.most(width);
        labels.slice(i + 1).forEach((b) => expect(boxesOverlap(a.box, b.box), `${a.text} / ${b.text}`).to.equal(false));
        for (const m of scene.items.filter((m) => m.kind === 'place')) {
          const [x, y] = markPosition(m, NO_ZOOM);
          const nearX = Math.max(a.box.x, Math.min(x, a.box.x + a.box.width));
          const nearY = Math.max(a.box.y, Math.min(y, a.box.y + a.box.height));
          expect(Math.hypot(x - nearX, y - nearY), `${a.text} over ${m.title}`).to.be.at.least(m.r);
        }
      });
      // Every place keeps its label at every width (with a leader line where needed).
      expect(labels.filter((l) => l.kind === 'mark').length).to.equal(5);
    });
  }

  it('placeMapLabels keeps labels apart when zoomed in', () => {
    const scene = layoutBorderMap(data, options(), createLayoutContext({ width: 640 }));
    const zoom = zoomAround(NO_ZOOM, 4, 380, 170, scene.width, scene.height);
    const labels = placeMapLabels(scene, zoom);
    labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => expect(boxesOverlap(a.box, b.box)).to.equal(false)));
  });
});

describe('readLayers', () => {
  it('reads names separated by spaces or commas, in any case; an empty list is no layer', () => {
    expect(readLayers('Places, inset')).to.deep.equal({ ok: true, value: new Set(['places', 'inset']) });
    expect(readLayers(' ')).to.deep.equal({ ok: true, value: new Set() });
  });

  it('names an unknown layer and the ones there are', () => {
    expect(readLayers('places roads')).to.deep.equal({ ok: false, message: 'unknown layer "roads" (expected "places", "events" or "inset")' });
  });
});

describe('markAt, nextMark and zoom', () => {
  const scene = layoutBorderMap(data, options(), createLayoutContext({ width: 640 }));
  const index = (title: string) => scene.items.findIndex((m) => m.title === title);

  it('markAt finds a place under the pointer, the border near its line, and nothing over empty land', () => {
    const kabul = scene.items[index('Kabul')];
    expect(markAt(scene, NO_ZOOM, kabul.x + 2, kabul.y - 1)).to.equal(index('Kabul'));
    const [bx, by] = scene.highlightPoints[0][3];
    expect(markAt(scene, NO_ZOOM, bx + 2, by)).to.equal(0);
    expect(markAt(scene, NO_ZOOM, 5, scene.height / 2)).to.equal(-1);
  });

  it('markAt works at a zoom: the point moves, the symbol keeps its size', () => {
    const zoom = zoomAround(NO_ZOOM, 3, 300, 200, scene.width, scene.height);
    const [x, y] = markPosition(scene.items[index('Peshawar')], zoom);
    expect(markAt(scene, zoom, x, y)).to.equal(index('Peshawar'));
  });

  it('nextMark(ArrowRight) moves east: Kabul to Peshawar, Peshawar to Islamabad; ArrowUp from Kabul goes north', () => {
    expect(scene.items[nextMark(scene, index('Kabul'), 'ArrowRight')].x).to.be.above(scene.items[index('Kabul')].x);
    expect(nextMark(scene, index('Peshawar'), 'ArrowRight')).to.equal(index('Islamabad'));
    expect(scene.items[nextMark(scene, index('Kabul'), 'ArrowUp')].y).to.be.below(scene.items[index('Kabul')].y);
  });

  it('markToward: Home and End go to the westernmost and easternmost marks, arrows as nextMark', () => {
    const xs = scene.items.map((m) => m.x);
    expect(scene.items[markToward(scene, index('Kabul'), 'Home')].x).to.equal(Math.min(...xs));
    expect(scene.items[markToward(scene, index('Kabul'), 'End')].x).to.equal(Math.max(...xs));
    expect(markToward(scene, index('Peshawar'), 'ArrowRight')).to.equal(index('Islamabad'));
  });

  it('resolveZoom keeps a zoom for its geometry, scales it to a new size, and drops it on another geometry', () => {
    const zoom = { k: 2, x: -320, y: -250 };
    const request = { zoom, geometry, width: 640, height: 500 };
    expect(resolveZoom(request, geometry, 640, 500)).to.equal(zoom);
    expect(resolveZoom(request, geometry, 320, 250)).to.deep.equal({ k: 2, x: -160, y: -125 });
    expect(resolveZoom(request, parseMapGeometry(structuredClone(borderRegion), 'src').value!, 640, 500)).to.equal(NO_ZOOM);
    expect(resolveZoom(undefined, geometry, 640, 500)).to.equal(NO_ZOOM);
  });

  it('constrainZoom keeps the view inside the map, from 1× to 8×', () => {
    expect(constrainZoom({ k: 0.5, x: 100, y: 100 }, 640, 500)).to.deep.equal(NO_ZOOM);
    expect(constrainZoom({ k: 20, x: 100, y: -99999 }, 640, 500)).to.deep.equal({ k: 8, x: 0, y: 500 - 500 * 8 });
    const z = zoomAround(NO_ZOOM, 2, 320, 250, 640, 500);
    expect(z).to.deep.equal({ k: 2, x: -320, y: -250 });
  });

  it('zoomBetween eases the scale geometrically and moves the map point at the centre in a straight line', () => {
    const [from, to] = [NO_ZOOM, { k: 4, x: -1200, y: -900 }];
    expect(zoomBetween(from, to, 0, 640, 500)).to.deep.equal(from);
    expect(zoomBetween(from, to, 1, 640, 500)).to.deep.equal(to);
    const half = zoomBetween(from, to, 0.5, 640, 500);
    expect(half.k).to.equal(2);
    // The map point under the view's centre: (320, 250) at 1×, (380, 287.5) at 4×; halfway (350, 268.75).
    expect([(320 - half.x) / half.k, (250 - half.y) / half.k]).to.deep.equal([350, 268.75]);
  });
});
