// Hostile sizes and characters: inputs past every sensible size are refused with a message that says the
// limit; an unchanged input is read once, not on every interaction; cut text never splits a surrogate
// pair; a right-to-left override stays inside its own label; a 10,000-letter word does not widen the page.
import { expect, oneEvent } from '@open-wc/testing';
import { OptionReader, formatIssue, quote, readHref, readNumber, readText, type CvErrorEvent } from '@conflict-viz/core';
import { ELEMENT_TAGS, TEXT_INPUTS, apply } from './elements.js';
import { captureWarnings, mount, mountIn, notice, part, plot, settled, tagTemplate, type CvHost } from '../helpers.js';

/** A lone half of a surrogate pair: what a cut between the two halves leaves. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Set an attribute (or property) and wait for the cv-error it gives; its first message. */
async function rejected(el: CvHost, change: () => void): Promise<string> {
  const console = captureWarnings();
  try {
    const failed = oneEvent(el, 'cv-error') as Promise<CvErrorEvent>;
    change();
    const event = await failed;
    await settled(el);
    return event.detail.messages[0];
  } finally {
    console.restore();
  }
}

describe('hostile inputs: sizes', () => {
  it('readers refuse numeric text and links longer than any real one, saying the limit', () => {
    expect(readNumber('4'.repeat(40_000))).to.deep.equal({
      ok: false,
      message: `must be a number of at most 100 characters, got "${'4'.repeat(40)}…" (40000 characters)`,
    });
    expect(readNumber(`-${'1'.repeat(60)}`).ok, 'a long number that fits is still read').to.equal(true);
    expect(readHref(`https://example.org/${'a'.repeat(3000)}`)).to.deep.include({ ok: false });
  });

  it('<border-map>: a 40,000-digit longitude is refused by row and field', async () => {
    const el = await mount<CvHost>(tagTemplate('border-map'));
    const message = await rejected(el, () => (el.markers = [{ lon: '6'.repeat(40_000), lat: 31, label: 'Far' }]));
    expect(message).to.equal(`markers row 1: lon must be a number of at most 100 characters, got "${'6'.repeat(40)}…" (40000 characters)`);
  });

  it('<ttp-attack-chart>: 3,000 annotations are refused, and the drawing stays; a 2 MB value-label is refused, saying the limit', async () => {
    const el = await mount<CvHost>(tagTemplate('ttp-attack-chart'));
    const drawn = part(el, 'svg')!.outerHTML;
    const annotations = Array.from({ length: 3000 }, (_, i) => ({ date: `${2007 + (i % 15)}`, label: `Note ${i}` }));
    expect(await rejected(el, () => (el.annotations = annotations))).to.equal(
      'annotations: has 3000 annotations; a chart takes at most 100: keep the moments that matter',
    );
    expect(part(el, 'svg')!.outerHTML).to.equal(drawn);
    el.annotations = undefined;
    el.setAttribute('value-label', 'Attacks');
    await settled(el);
    const labelled = part(el, 'svg')!.outerHTML;
    const summary = part(el, 'summary')!.textContent;
    expect(summary).to.contain('Attacks');
    expect(await rejected(el, () => el.setAttribute('value-label', 'w'.repeat(2_000_000)))).to.equal(
      'value-label: must be a label of at most 200 characters, got 2000000',
    );
    expect(notice(el)).to.contain('value-label: must be a label of at most 200 characters');
    expect(part(el, 'svg')!.outerHTML).to.equal(labelled);
    expect(part(el, 'summary')!.textContent, 'the last good label stays').to.equal(summary);
  });

  it('<ttp-attack-chart>: a stack-fields list longer than 1,000 characters is refused, saying the limit', async () => {
    const el = await mount<CvHost>(tagTemplate('ttp-attack-chart'));
    const drawn = part(el, 'svg')!.outerHTML;
    expect(await rejected(el, () => el.setAttribute('stack-fields', 'a,'.repeat(1000)))).to.equal(
      'stack-fields: must be a list of field names of at most 1000 characters, got 2000',
    );
    expect(part(el, 'svg')!.outerHTML).to.equal(drawn);
  });

  it('OptionReader reads an unchanged value once, however many updates read the options', () => {
    const read = new OptionReader();
    let calls = 0;
    const reader = (raw: unknown) => {
      calls++;
      return { ok: false as const, message: `bad ${quote(raw)}` };
    };
    const bad = 'b'.repeat(1_000_000);
    for (let update = 0; update < 50; update++) {
      read.begin();
      expect(read.value('from', bad, reader, undefined)).to.equal(undefined);
      expect(read.issues.length).to.equal(1);
    }
    expect(calls).to.equal(1);
    read.begin();
    read.value('from', 'other', reader, undefined);
    expect(calls, 'a new value is read').to.equal(2);
  });

  it('<conflict-timeline>: a bad `from` stays reported through later interactions, which still work', async () => {
    const el = await mount<CvHost>(tagTemplate('conflict-timeline'));
    await rejected(el, () => el.setAttribute('from', `20${'x'.repeat(1_000_000)}`));
    plot(el).focus();
    for (const key of ['Home', 'ArrowRight', 'ArrowRight']) {
      plot(el).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      await settled(el);
    }
    expect(notice(el)).to.match(/^This input could not be used\..*from: must be a date/);
    expect(notice(el).length).to.be.below(400);
    expect(part(el, 'tooltip')!.textContent).to.match(/\S/);
  });
});

describe('hostile inputs: characters', () => {
  it('cutting text never leaves half of a surrogate pair', () => {
    const emoji = '😀'.repeat(300);
    for (const max of [59, 60, 199, 200]) {
      const text = readText(emoji, max);
      expect(text.ok && LONE_SURROGATE.test(text.value), `readText at ${max}`).to.equal(false);
    }
    expect(LONE_SURROGATE.test(quote(emoji))).to.equal(false);
    expect(LONE_SURROGATE.test(quote(`a${emoji}`))).to.equal(false);
    expect(LONE_SURROGATE.test(formatIssue({ source: 'x', field: emoji, message: emoji }))).to.equal(false);
  });

  it('<conflict-timeline>: a U+202E in one title is isolated in every text that shows it, and no other text has it', async () => {
    const el = await mount<CvHost>(tagTemplate('conflict-timeline'));
    el.data = [
      { start: '2001', title: '\u202eReversed title' },
      { start: '2005', title: 'Plain title' },
      { start: '2009', title: 'Another plain title' },
    ];
    await settled(el);
    (part(el, 'table-button') as HTMLButtonElement).click();
    plot(el).focus();
    await settled(el);
    const texts: string[] = [];
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push((walker.currentNode as Text).data);
    for (const attribute of el.shadowRoot!.querySelectorAll('[aria-label]')) texts.push(attribute.getAttribute('aria-label')!);
    const overriding = texts.filter((text) => text.includes('\u202e'));
    expect(overriding.length, 'the title is shown').to.be.above(0);
    // Each override sits inside an isolate (U+2068 … U+2069) that ends before any other word.
    for (const text of overriding) expect(text, JSON.stringify(text)).to.match(/^[^\u202e]*\u2068\u202eReversed title\u2069[^\u202e]*$/);
  });

  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>: a 10,000-letter word in every text field wraps inside a 600 px column`, async () => {
      const el = await mountIn<CvHost>(tagTemplate(tag), 600);
      const console = captureWarnings();
      try {
        apply(el, ...TEXT_INPUTS[tag].text('W'.repeat(10_000)));
        await settled(el);
        (part(el, 'table-button') as HTMLButtonElement).click();
        await settled(el);
      } finally {
        console.restore();
      }
      expect(el.getBoundingClientRect().width).to.be.at.most(600);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    });
  }
});
