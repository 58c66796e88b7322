// The elements the cross-cutting tests run over, and for each, the hostile inputs fast-check draws.
import fc from 'fast-check';

export const ELEMENT_TAGS = ['ttp-attack-chart'] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** A JSON and a CSV file each element can load through `src` (served by the test server). */
export const SOURCES: Record<ElementTag, { json: string; csv: string }> = {
  'ttp-attack-chart': { json: '/tests/csp/rows.json', csv: '/data/ttp-yearly.csv' },
};

/**
 * Where text from outside reaches each element: attributes and data fields shown as text, and
 * fields used as links. Each function returns the changes that put `payload` there.
 */
export const TEXT_INPUTS: Record<ElementTag, { text: (payload: string) => Mutation[]; links: (payload: string) => Mutation[] }> = {
  'ttp-attack-chart': {
    text: (payload) => [
      ...['heading', 'description', 'source', 'value-label'].map((name) => ({ kind: 'attribute' as const, name, value: payload })),
      { kind: 'attribute', name: 'stack-by-type', value: '' },
      { kind: 'attribute', name: 'stack-fields', value: `events_state_based:${payload.replace(/,/g, ' ')},events_non_state,events_one_sided` },
      { kind: 'property', name: 'annotations', value: [{ date: '2010', label: payload, note: payload }] },
    ],
    links: (payload) => [
      { kind: 'attribute', name: 'source', value: 'A source' },
      { kind: 'attribute', name: 'source-href', value: payload },
    ],
  },
};

/** The default drawing's marks in keyboard order: how many, and how the first and last announce themselves. */
export const KEYBOARD: Record<ElementTag, { marks: number; first: RegExp; last: RegExp }> = {
  'ttp-attack-chart': { marks: 15, first: /^2007\b/, last: /^2021\b/ },
};

/** One change to an element: a property or an attribute set to a generated value. */
export type Mutation = { kind: 'property'; name: string; value: unknown } | { kind: 'attribute'; name: string; value: string };

// ---- shared pieces of hostile input ----------------------------------------------------------------

const hugeText = fc.constant('𒀀ab<b>x</b>‮'.repeat(10_000)); // 100 KB, with a right-to-left override
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', 'NaN', 'Infinity', '-1', '1e309', '0x10', 'null', '[]', '{}', 'مرحبا بالعالم', 'שלום', '<img src=x onerror=alert(1)>', 'javascript:alert(1)'),
  hugeText,
);
const hostileNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, -1e308));
const hostileScalar = fc.oneof(hostileNumber, hostileText, fc.boolean(), fc.constant(null), fc.constant(undefined));

/** JSON text that is valid, truncated, or has a character flipped. */
export const malformedJson = fc.oneof(
  fc.json(),
  fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))),
  fc.tuple(fc.json(), fc.nat(), fc.constantFrom('{', ']', '"', ',', ':')).map(([text, at, ch]) => text.slice(0, at % (text.length + 1)) + ch + text.slice(at % (text.length + 1))),
  fc.constantFrom('{"year":2020,"year":"x"}', '[{"year":1,"year":2}]', '[,]', '[{"events":1e999}]', '\uFEFF[]', 'not json'),
);

/** CSV text, sometimes broken: unbalanced quotes, ragged rows, no header. */
export const malformedCsv = fc.oneof(
  fc.array(fc.array(fc.oneof(fc.string(), fc.integer().map(String)), { maxLength: 6 }), { maxLength: 8 }).map((rows) => rows.map((r) => r.join(',')).join('\n')),
  fc.constantFrom('year,events\n2020,"71\n2021,119', '\n\n\n', 'year\n', ',,,\n1,2,3', 'year;events\n2020;71'),
);

/** 0, 1 or 100,000 rows, made on demand (fast-check shrinking 100,000 records would take minutes). */
const bigRows = (make: (i: number) => Record<string, unknown>) => fc.constantFrom(0, 1, 100_000).map((n) => Array.from({ length: n }, (_, i) => make(i)));

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
const validYears = fc.uniqueArray(fc.integer({ min: 1900, max: 2100 }), { minLength: 1, maxLength: 60 }).map((years) => years.map((year) => ({ year, events: year % 97 })));

export const MUTATIONS: Record<ElementTag, fc.Arbitrary<Mutation>> = {
  'ttp-attack-chart': fc.oneof(
    fc.record({
      kind: fc.constant('property' as const),
      name: fc.constant('data'),
      value: fc.oneof(
        { arbitrary: fc.anything(), weight: 3 },
        { arbitrary: fc.array(yearRecord, { maxLength: 30 }), weight: 4 },
        { arbitrary: validYears, weight: 2 },
        { arbitrary: bigRows((i) => ({ year: i, events: i % 13 })), weight: 1 },
      ),
    }),
    fc.record({ kind: fc.constant('attribute' as const), name: fc.constant('data'), value: malformedJson }),
    fc.record({
      kind: fc.constant('attribute' as const),
      name: fc.constantFrom('type', 'metric', 'from', 'to', 'stack-by-type', 'value-field', 'year-field', 'low-field', 'stack-fields', 'value-label', 'annotations', 'heading', 'description', 'source', 'source-href', 'theme', 'heading-level', 'lang', 'dir'),
      value: fc.oneof(hostileText, fc.constantFrom('bar', 'line', 'events', 'deaths', '2010', '2030', 'dark', 'rtl', '[{"date":"2014-13","label":"x"}]', '[{"date":"2014","label":"ok"}]')),
    }),
    fc.record({ kind: fc.constant('property' as const), name: fc.constant('annotations'), value: fc.oneof(fc.anything(), fc.array(fc.record({ date: hostileScalar, label: hostileScalar }, { requiredKeys: [] }))) }),
  ),
};
