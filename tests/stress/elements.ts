// What the cross-cutting stress tests feed each element: where outside text reaches it, and the hostile
// inputs fast-check draws. The elements themselves, and the files each can load, are listed once, in
// ../contract/elements.ts.
import fc from 'fast-check';
import { CONTRACTS, type ElementTag } from '../contract/elements.js';
import type { CvHost } from '../helpers.js';

export { ELEMENT_TAGS, type ElementTag } from '../contract/elements.js';

/** One change to an element: a property or an attribute set to a generated value. */
export type Mutation = { kind: 'property'; name: string; value: unknown } | { kind: 'attribute'; name: string; value: string };

const attribute = (name: string, value: string): Mutation => ({ kind: 'attribute', name, value });
const property = (name: string, value: unknown): Mutation => ({ kind: 'property', name, value });

/** Make the changes, in order. */
export function apply(el: CvHost, ...mutations: Mutation[]) {
  for (const m of mutations) {
    if (m.kind === 'property') el[m.name] = m.value;
    else el.setAttribute(m.name, m.value);
  }
}

/** Two good files each element can load through `src` (served by the test server): a JSON file and another format. */
export const SOURCES = Object.fromEntries(CONTRACTS.map((c) => [c.tag, { json: c.inputs.src.url, other: c.inputs.src.other }])) as Record<
  ElementTag,
  { json: string; other: string }
>;

/** Text attributes every element shows. */
const frameText = (payload: string) => ['heading', 'description', 'source'].map((name) => attribute(name, payload));

/**
 * Where text from outside reaches each element: attributes and data fields shown as text, and
 * fields used as links. Each function returns the changes that put `payload` there.
 */
export const TEXT_INPUTS: Record<ElementTag, { text: (payload: string) => Mutation[]; links: (payload: string) => Mutation[] }> = {
  'ttp-attack-chart': {
    text: (payload) => [
      ...frameText(payload),
      attribute('value-label', payload),
      attribute('stack-by-type', ''),
      attribute('stack-fields', `events_state_based:${payload.replace(/,/g, ' ')},events_non_state,events_one_sided`),
      property('annotations', [{ date: '2010', label: payload, note: payload }]),
    ],
    links: (payload) => [attribute('source', 'A source'), attribute('source-href', payload)],
  },
  'border-map': {
    text: (payload) => [...frameText(payload), property('markers', [{ lon: 70, lat: 33, label: payload, note: payload }])],
    links: (payload) => [property('markers', [{ lon: 70, lat: 33, label: 'A place', href: payload }])],
  },
  'conflict-timeline': {
    text: (payload) => [
      ...frameText(payload),
      property('data', {
        events: [{ start: '2001-09-11', title: payload, description: payload, source: payload, category: 'attack' }],
        eras: [{ title: payload, from: '2001', to: '2021' }],
      }),
    ],
    links: (payload) => [property('data', [{ start: '2001-09-11', title: 'An event', source: 'A source', href: payload }])],
  },
};

// ---- shared pieces of hostile input ----------------------------------------------------------------

const hugeText = fc.constant('𒀀ab<b>x</b>‮'.repeat(10_000)); // 100 KB, with a right-to-left override
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '',
    ' ',
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    '0x10',
    'null',
    '[]',
    '{}',
    'مرحبا بالعالم',
    'שלום',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
  ),
  hugeText,
);
const hostileNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, -1e308));
const hostileScalar = fc.oneof(hostileNumber, hostileText, fc.boolean(), fc.constant(null), fc.constant(undefined));

/** JSON text that is valid, truncated, or has a character flipped. */
const malformedJson = fc.oneof(
  fc.json(),
  fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))),
  fc
    .tuple(fc.json(), fc.nat(), fc.constantFrom('{', ']', '"', ',', ':'))
    .map(([text, at, ch]) => text.slice(0, at % (text.length + 1)) + ch + text.slice(at % (text.length + 1))),
  fc.constantFrom(
    '{"year":2020,"year":"x"}',
    '[{"year":1,"year":2}]',
    '[,]',
    '[{"events":1e999}]',
    '\uFEFF[]',
    'not json',
    '{"type":"Topology","arcs":[[[0,0],[1e309,1]]]}',
  ),
);

/** CSV text, sometimes broken: unbalanced quotes, ragged rows, no header. */
export const malformedCsv = fc.oneof(
  fc
    .array(fc.array(fc.oneof(fc.string(), fc.integer().map(String)), { maxLength: 6 }), { maxLength: 8 })
    .map((rows) => rows.map((r) => r.join(',')).join('\n')),
  fc.constantFrom('year,events\n2020,"71\n2021,119', '\n\n\n', 'year\n', ',,,\n1,2,3', 'year;events\n2020;71', 'start,title\n2014-02-30,x\n2014,'),
);

/** 0, 1 or 100,000 rows, made on demand (fast-check shrinking 100,000 records would take minutes). */
const bigRows = (make: (i: number) => Record<string, unknown>) => fc.constantFrom(0, 1, 100_000).map((n) => Array.from({ length: n }, (_, i) => make(i)));

/** Attribute changes: hostile text, or one of the element's own good values. */
const attributes = (names: string[], good: string[]) =>
  fc.record({
    kind: fc.constant('attribute' as const),
    name: fc.constantFrom(...names, 'heading', 'description', 'source', 'source-href', 'theme', 'heading-level', 'lang', 'dir'),
    value: fc.oneof(hostileText, fc.constantFrom(...good, 'dark', 'rtl', 'ar-EG')),
  });
const dataProperty = (...values: { arbitrary: fc.Arbitrary<unknown>; weight: number }[]) =>
  fc.record({ kind: fc.constant('property' as const), name: fc.constant('data'), value: fc.oneof({ arbitrary: fc.anything(), weight: 3 }, ...values) });
const dataAttribute = fc.record({ kind: fc.constant('attribute' as const), name: fc.constant('data'), value: malformedJson });

// ---- per element -------------------------------------------------------------------------------------

const yearRecord = fc.record(
  {
    year: hostileScalar,
    events: hostileScalar,
    events_state_based: hostileScalar,
    events_non_state: hostileScalar,
    events_one_sided: hostileScalar,
    deaths_best: hostileScalar,
    deaths_low: hostileScalar,
    deaths_high: hostileScalar,
  },
  { requiredKeys: [] },
);
const validYears = fc
  .uniqueArray(fc.integer({ min: 1900, max: 2100 }), { minLength: 1, maxLength: 60 })
  .map((years) => years.map((year) => ({ year, events: year % 97 })));

const position = fc.tuple(hostileNumber, hostileNumber);
const geometry = fc.oneof(
  fc.record(
    {
      type: fc.constantFrom('Topology', 'FeatureCollection', 'Feature', 'Polygon', 'x'),
      arcs: fc.array(fc.array(position, { maxLength: 5 }), { maxLength: 4 }),
      objects: fc.anything(),
      features: fc.anything(),
    },
    { requiredKeys: ['type'] },
  ),
  fc.array(position, { minLength: 3, maxLength: 8 }).map((ring) => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: 'AFG', properties: { name: 'A' }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } }],
  })),
);
const marker = fc.record({ lon: hostileScalar, lat: hostileScalar, label: hostileScalar, note: hostileScalar, href: hostileScalar }, { requiredKeys: [] });

const timelineEvent = fc.record(
  {
    start: fc.oneof(hostileScalar, fc.constantFrom('2001', '2001-09', '2001-09-11', '2001-02-30', '1e3')),
    end: hostileScalar,
    precision: fc.oneof(hostileScalar, fc.constantFrom('year', 'month', 'day', 'decade')),
    title: hostileScalar,
    description: hostileScalar,
    category: hostileScalar,
    href: hostileScalar,
    source: hostileScalar,
  },
  { requiredKeys: [] },
);
const validEvents = fc
  .array(fc.tuple(fc.integer({ min: 1900, max: 2030 }), fc.integer({ min: 1, max: 12 })), { minLength: 1, maxLength: 40 })
  .map((dates) => dates.map(([year, month], i) => ({ start: `${year}-${String(month).padStart(2, '0')}`, title: `Event ${i + 1}` })));

export const MUTATIONS: Record<ElementTag, fc.Arbitrary<Mutation>> = {
  'ttp-attack-chart': fc.oneof(
    dataProperty(
      { arbitrary: fc.array(yearRecord, { maxLength: 30 }), weight: 4 },
      { arbitrary: validYears, weight: 2 },
      { arbitrary: bigRows((i) => ({ year: i, events: i % 13 })), weight: 1 },
    ),
    dataAttribute,
    attributes(
      ['type', 'metric', 'from', 'to', 'stack-by-type', 'value-field', 'year-field', 'low-field', 'stack-fields', 'value-label', 'annotations'],
      ['bar', 'line', 'events', 'deaths', 'battle-deaths', '2010', '2030', '[{"date":"2014-13","label":"x"}]', '[{"date":"2014","label":"ok"}]'],
    ),
    fc.record({
      kind: fc.constant('property' as const),
      name: fc.constant('annotations'),
      value: fc.oneof(fc.anything(), fc.array(fc.record({ date: hostileScalar, label: hostileScalar }, { requiredKeys: [] }))),
    }),
  ),
  'border-map': fc.oneof(
    dataProperty({ arbitrary: geometry, weight: 5 }),
    dataAttribute,
    attributes(
      ['layers', 'highlight', 'projection', 'disputed', 'from', 'to', 'markers'],
      [
        'places events inset',
        'AFG PAK',
        'IND PAK',
        'none',
        'orthographic',
        'solid',
        'hidden',
        '2010',
        '[{"lon":69,"lat":34,"label":"ok"}]',
        '[{"lon":200,"lat":34,"label":"x"}]',
      ],
    ),
    fc.record({
      kind: fc.constant('property' as const),
      name: fc.constant('markers'),
      value: fc.oneof(
        fc.anything(),
        fc.array(marker, { maxLength: 12 }),
        bigRows((i) => ({ lon: 60 + (i % 20), lat: 25 + (i % 12), label: `m${i}` })),
      ),
    }),
  ),
  'conflict-timeline': fc.oneof(
    dataProperty(
      { arbitrary: fc.array(timelineEvent, { maxLength: 30 }), weight: 4 },
      { arbitrary: validEvents, weight: 2 },
      {
        arbitrary: fc.record({
          events: fc.array(timelineEvent, { maxLength: 10 }),
          eras: fc.array(fc.record({ title: hostileScalar, from: hostileScalar, to: hostileScalar }, { requiredKeys: [] }), { maxLength: 5 }),
        }),
        weight: 2,
      },
      { arbitrary: bigRows((i) => ({ start: String(1000 + (i % 1000)), title: `e${i}` })), weight: 1 },
    ),
    dataAttribute,
    attributes(
      ['from', 'to', 'orientation', 'categories'],
      ['2001', '1990-06', '2030', 'vertical', 'horizontal', '[{"id":"war","label":"War","color":"red","shape":"star"}]', '[{"id":"x","color":"url(x)"}]'],
    ),
    fc.record({
      kind: fc.constant('property' as const),
      name: fc.constant('categories'),
      value: fc.oneof(
        fc.anything(),
        fc.array(fc.record({ id: hostileScalar, label: hostileScalar, color: hostileScalar, shape: hostileScalar }, { requiredKeys: [] }), { maxLength: 8 }),
      ),
    }),
  ),
};
