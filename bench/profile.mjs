// `pnpm bench:profile`: where the time goes in a cold load of a page with one <ttp-attack-chart> through
// the loader, from navigation start to the frame that paints the chart (the page of bench/cold.mjs, CPU not
// throttled, so the figures are the machine's own). Two views, medians over several fresh loads:
// 1. the renderer main thread's self time by Chromium trace event (HTML parsing, script compiling and
//    running, garbage collection, style, layout, paint), grouped;
// 2. JavaScript self time by module and function, from a sampling CPU profile of an unminified build of the
//    same files (names readable, about the same work).
// Figures to read, not a test. `RUNS=n` sets the number of loads of each view (default 15).
import { pathToFileURL } from 'node:url';
import { coldLoad, coldPages } from './cold.mjs';
import { launchChromium, median, serve, settle } from './lib.mjs';

const PAGE = 'chart: <ttp-attack-chart> through the loader';
const RUNS = Number(process.env.RUNS ?? 15);

const GROUPS = [
  ['parse HTML', /^ParseHTML$/],
  ['compile scripts', /compile|Compile|produceCache|produceModuleCache|CacheScript/],
  ['garbage collection', /GC|Sweep|Marking/],
  ['style (incl. stylesheet parsing)', /^(UpdateLayoutTree|ParseAuthorStyleSheet|RecalculateStyles|UpdateStyle)/],
  ['layout', /^(Layout|UpdateLayerTree|IntersectionObserverController|ResizeObserver)/],
  ['paint and composite', /^(PrePaint|Paint|Layerize|Commit|PaintImage|UpdateLayer|CompositeLayers|RasterTask)/],
  [
    'run scripts',
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|v8\.run|EventDispatch|V8\.Execute|HandlePostMessage|v8\.callFunction)/,
  ],
];

/** Self time (µs) by event name on the main thread of the renderer that loaded `route`, from navigation start to `painted`. */
function selfTimes(trace, route, painted) {
  const events = trace.traceEvents;
  const start = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').endsWith(route));
  if (!start) throw new Error('no navigationStart for the page in the trace');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === start.pid && e.args.name === 'CrRendererMain');
  const end = start.ts + painted * 1000;
  const complete = events
    .filter((e) => e.pid === start.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= start.ts && e.ts < end && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const event of complete) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur);
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
    stack.push(event);
  }
  return self;
}

/** Each served file's module boundaries: esbuild's unminified output names every module in a comment. */
function moduleIndex(served) {
  const index = new Map();
  for (const [route, { body }] of Object.entries(served)) {
    if (!route.endsWith('.js')) continue;
    const starts = [];
    body.split('\n').forEach((line, number) => {
      const match = /^\/\/ (\S*(?:packages|node_modules)\/\S+)$/.exec(line);
      if (match) starts.push([number, match[1].replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '').replace(/^.*?(packages\/)/, '$1')]);
    });
    index.set(route, starts);
  }
  return (url, line) => {
    const starts = index.get(new URL(url).pathname) ?? [];
    let module = new URL(url).pathname;
    for (const [number, name] of starts) if (number <= line) module = name;
    return module;
  };
}

/** Self time (µs) by "module: function" in a CDP CPU profile. */
function functionTimes(profile, moduleOf) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const where = url ? `${moduleOf(url, lineNumber)}: ${functionName || '(anonymous)'}` : functionName || '(native)';
    times.set(where, (times.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return times;
}

function medians(maps) {
  const keys = new Set(maps.flatMap((map) => [...map.keys()]));
  return new Map([...keys].map((key) => [key, median(maps.map((map) => map.get(key) ?? 0))]));
}

/**
 * The first Intl formatters of a fresh page, one by one, in milliseconds: the first of a kind loads its
 * locale data (ICU), which the profile above charges to whatever JavaScript constructed it.
 */
async function firstIntl(browser, base) {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${base}/blank`);
    await settle();
    return await tab.evaluate(() => {
      const time = (make) => {
        const t0 = performance.now();
        make();
        return performance.now() - t0;
      };
      return {
        'first Intl.NumberFormat': time(() => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(1234.5)),
        'a second Intl.NumberFormat (other options)': time(() => new Intl.NumberFormat('en', { useGrouping: false }).format(2014)),
        'first Intl.DateTimeFormat': time(() => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long' }).format(0)),
        'first Intl.ListFormat': time(() => new Intl.ListFormat('en').format(['a', 'b'])),
        'first Intl.PluralRules': time(() => new Intl.PluralRules('en').select(2)),
      };
    });
  } finally {
    await tab.close();
  }
}

export async function profileColdChart({ runs = RUNS } = {}) {
  const browser = await launchChromium();
  const traces = [];
  const painted = [];
  const functions = [];
  const intl = [];
  try {
    const minified = await coldPages();
    let server = await serve(minified.served);
    const route = minified.routes[PAGE];
    for (let run = 0; run < runs; run++) intl.push(new Map(Object.entries(await firstIntl(browser, server.url))));
    for (let run = 0; run < runs; run++) {
      let trace;
      const time = await coldLoad(browser, server.url, route, {
        throttle: 1,
        around: async (tab, cdp, load) => {
          await browser.startTracing(tab, {
            categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute'],
          });
          const result = await load();
          trace = JSON.parse((await browser.stopTracing()).toString());
          return result;
        },
      });
      painted.push(time);
      traces.push(selfTimes(trace, route, time));
    }
    await server.close();
    const readable = await coldPages({ minified: false });
    server = await serve(readable.served);
    const moduleOf = moduleIndex(readable.served);
    for (let run = 0; run < runs; run++) {
      await coldLoad(browser, server.url, readable.routes[PAGE], {
        throttle: 1,
        around: async (tab, cdp, load) => {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
          await cdp.send('Profiler.start');
          const result = await load();
          functions.push(functionTimes((await cdp.send('Profiler.stop')).profile, moduleOf));
          return result;
        },
      });
    }
    await server.close();
  } finally {
    await browser.close();
  }
  const events = medians(traces);
  const grouped = new Map(GROUPS.map(([name]) => [name, 0]));
  const other = new Map();
  for (const [name, us] of events) {
    const group = GROUPS.find(([, pattern]) => pattern.test(name));
    if (group) grouped.set(group[0], grouped.get(group[0]) + us);
    else other.set(name, us);
  }
  return { painted: median(painted), grouped, other, events, functions: medians(functions), intl: medians(intl), runs };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { painted, grouped, other, events, functions, intl, runs } = await profileColdChart();
  const ms = (us) => `${(us / 1000).toFixed(1).padStart(7)} ms`;
  const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  console.log(`Cold load of a chart-only page through the loader, CPU not throttled, medians of ${runs} loads`);
  console.log(`navigation start to painted: ${painted.toFixed(1)} ms\n\nmain thread, self time by kind of work:`);
  for (const [name, us] of top(grouped, 20)) console.log(`  ${name.padEnd(40)} ${ms(us)}`);
  console.log(`  ${'other (largest below)'.padEnd(40)} ${ms([...other.values()].reduce((a, b) => a + b, 0))}`);
  console.log('\nmain thread, self time by trace event (largest 20):');
  for (const [name, us] of top(events, 20)) console.log(`  ${name.padEnd(40)} ${ms(us)}`);
  console.log('\nJavaScript self time by module and function, unminified build (largest 30):');
  for (const [name, us] of top(functions, 30)) console.log(`  ${name.padEnd(100)} ${ms(us)}`);
  console.log('\nIntl in a fresh page, each constructed and used once, in this order:');
  for (const [name, value] of intl) console.log(`  ${name.padEnd(48)} ${value.toFixed(2).padStart(7)} ms`);
}
