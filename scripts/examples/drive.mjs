// The browser checks every example app must pass, in headless Chromium through playwright-core. Each app
// shows the three elements with the data in examples/app-data, an "Add a year" button (#add-year) and the
// last cv-select it received in #selected.
import * as app from '../../examples/app-data/index.js';

const TIMEOUT = 10_000;

/** Records every cv-render from the first script on, so a drawing of the article's data cannot go unseen. */
function recordRenders() {
  window.__cvRenders = [];
  document.addEventListener(
    'cv-render',
    (event) => window.__cvRenders.push({ tag: event.target.localName, source: event.detail.source, marks: event.detail.marks }),
    true,
  );
}

/** The state of an element as a reader would see it, read inside the page. */
function elementState(tag) {
  const element = document.querySelector(tag);
  const root = element?.shadowRoot;
  return {
    defined: !!customElements.get(tag),
    source: element?.dataSource,
    issues: element?.issues?.length ?? -1,
    heading: root?.querySelector('[part~="heading"]')?.textContent?.trim(),
    marks: root?.querySelectorAll('[part~="mark"]').length ?? 0,
  };
}

async function waitForDrawn(page, tag, heading) {
  await page.waitForFunction(
    ([tag, heading]) => {
      const element = document.querySelector(tag);
      return element?.dataSource && element.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() === heading;
    },
    [tag, heading],
    { timeout: TIMEOUT },
  );
  return page.evaluate(elementState, tag);
}

async function expectSelected(page, pattern) {
  await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('#selected')?.textContent ?? ''), pattern.source, {
    timeout: TIMEOUT,
  });
}

async function selectByKeyboard(page, tag, pattern) {
  await page.locator(`${tag} [part~="plot"]`).first().focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expectSelected(page, pattern);
}

const ELEMENTS = [
  ['ttp-attack-chart', app.chartHeading],
  ['border-map', app.mapHeading],
  ['conflict-timeline', app.timelineHeading],
];

/** The checks, in order: selection comes before any update, so the first handler call needs no re-render. */
const CHECKS = [
  {
    name: "the app's data is drawn in all three elements",
    async run(page) {
      for (const [tag, heading] of ELEMENTS) {
        const state = await waitForDrawn(page, tag, heading);
        if (state.source !== 'data property' || state.issues !== 0) throw new Error(`<${tag}>: ${JSON.stringify(state)}`);
      }
      const chart = await page.evaluate(elementState, 'ttp-attack-chart');
      if (chart.marks !== app.chartRows.length) throw new Error(`chart: ${chart.marks} marks, expected ${app.chartRows.length}`);
    },
  },
  {
    name: "never a drawing of the article's data (every cv-render is of the app's)",
    async run(page) {
      const renders = await page.evaluate(() => window.__cvRenders);
      const wrong = renders.filter((render) => render.source !== 'data property');
      if (wrong.length || renders.length < 3) throw new Error(`renders: ${JSON.stringify(renders)}`);
    },
  },
  {
    name: 'cv-select reaches the app by click (a chart bar)',
    async run(page) {
      // A year's node in the accessibility tree lies over its bar, so it is what the pointer clicks.
      await page.locator('ttp-attack-chart [data-mark="1"]').click();
      await expectSelected(page, new RegExp(`^chart: ${app.chartRows[1].year}$`));
    },
  },
  {
    name: 'cv-select reaches the app by keyboard (chart, map, timeline)',
    async run(page) {
      await selectByKeyboard(page, 'ttp-attack-chart', new RegExp(`^chart: ${app.chartRows[0].year}$`));
      const names = [...app.mapMarkers.map((marker) => marker.label), ...app.mapGeometry.features.map((feature) => feature.properties.name)];
      await selectByKeyboard(page, 'border-map', new RegExp(`^map: (${names.join('|')})`));
      await selectByKeyboard(page, 'conflict-timeline', new RegExp(`^timeline: ${app.timelineEvents[0].title}$`));
    },
  },
  {
    name: 'a property update redraws (Add a year)',
    async run(page) {
      await page.click('#add-year');
      const expected = app.chartRows.length + 1;
      await page.waitForFunction(
        (expected) => document.querySelector('ttp-attack-chart')?.shadowRoot?.querySelectorAll('[part~="mark"]').length === expected,
        expected,
        { timeout: TIMEOUT },
      );
    },
  },
];

/** For apps rendered on a server: the elements are in the HTML the server sent, so the browser hydrated them. */
const SERVER_RENDERED = {
  name: 'the server sent the elements in its HTML (the browser hydrated them)',
  async run(page, url) {
    const html = await (await page.request.get(url)).text();
    const missing = ELEMENTS.map(([tag]) => tag).filter((tag) => !html.includes(`<${tag}`));
    if (missing.length) throw new Error(`not in the server's HTML: ${missing.join(', ')}`);
  },
};

/**
 * Opens `url` in a fresh page and runs every check; returns one result per check. An uncaught error or a
 * console error (React reports a hydration mismatch there) fails the check during which it appeared.
 */
export async function driveApp(browser, url, { serverRendered = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Chromium asks every site for /favicon.ico; the apps have none.
    if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) errors.push(`console: ${message.text()}`);
  });
  await page.addInitScript(recordRenders);
  const results = [];
  try {
    await page.goto(url, { waitUntil: 'load' });
    for (const check of serverRendered ? [SERVER_RENDERED, ...CHECKS] : CHECKS) {
      const started = Date.now();
      try {
        await check.run(page, url);
        if (errors.length) throw new Error(`page error: ${errors.splice(0).join('; ')}`);
        results.push({ name: check.name, ok: true, seconds: (Date.now() - started) / 1000 });
      } catch (error) {
        results.push({ name: check.name, ok: false, seconds: (Date.now() - started) / 1000, error: error.message.split('\n')[0] });
      }
    }
  } finally {
    await context.close();
  }
  return results;
}
