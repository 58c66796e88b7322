// The embed page's parameter checks (packages/conflict-viz/embed/params.ts), and the Storybook snippet
// generator's function (snippet.ts): the script-tag and iframe codes it writes are parsed back here, as a CMS
// would parse them, and give exactly the element and attributes asked for, whatever characters the values hold.
import { expect } from '@open-wc/testing';
import { createSnippet, DEFAULT_BASE_URL } from '../packages/conflict-viz/embed/snippet.js';
import { readEmbedAttributes, tagParameterProblem } from '../packages/conflict-viz/embed/params.js';

const HOSTILE = `Attacks "per" year <b>&</b> '<script>alert(1)</script>`;
const parse = (code: string) => new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html').body;

describe('createSnippet: the embed codes of the snippet generator', () => {
  it('script: the loader and the element, every attribute value escaped, empty ones left out', () => {
    const code = createSnippet({ kind: 'script', tag: 'ttp-attack-chart', attributes: { heading: HOSTILE, type: 'line', source: '' } });
    expect(code.split('\n')[0]).to.equal(`<script type="module" src="${DEFAULT_BASE_URL}conflict-viz.js"></script>`);
    const body = parse(code);
    expect(body.querySelectorAll('script')).to.have.length(1);
    const element = body.querySelector('ttp-attack-chart')!;
    expect(element.getAttributeNames()).to.deep.equal(['heading', 'type']);
    expect(element.getAttribute('heading')).to.equal(HOSTILE);
    expect(element.children, 'no markup from a value').to.have.length(0);
    expect(code).to.contain('heading="Attacks &quot;per&quot; year &lt;b&gt;&amp;&lt;/b&gt; &#39;&lt;script&gt;');
  });

  it('iframe: embed.html with el and the attributes as URL parameters, a title, and the parent script', () => {
    const attributes = { heading: HOSTILE, src: 'https://example.org/a b.csv?x=1&y=2', theme: 'dark' };
    const code = createSnippet({ kind: 'iframe', tag: 'border-map', attributes, baseUrl: 'https://news.example/cv/dist', initialHeight: 520.4 });
    const body = parse(code);
    const frame = body.querySelector('iframe')!;
    const url = new URL(frame.getAttribute('src')!);
    expect(url.origin + url.pathname).to.equal('https://news.example/cv/dist/embed.html');
    expect([...url.searchParams]).to.deep.equal([['el', 'border-map'], ...Object.entries(attributes)]);
    expect(frame.title).to.equal(HOSTILE);
    expect(frame.getAttribute('height')).to.equal('520');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    const scripts = body.querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(scripts[0].getAttribute('src')).to.equal('https://news.example/cv/dist/embed-parent.js');
    expect(code, 'the & between parameters is escaped in the attribute').to.not.match(/embed\.html\?[^"]*&(?!amp;)/);
  });

  it("iframe: a heading-less embed is named after its element's kind", () => {
    const frame = parse(createSnippet({ kind: 'iframe', tag: 'conflict-timeline', attributes: {} })).querySelector('iframe')!;
    expect(frame.title).to.equal('Timeline');
    expect(new URL(frame.src).search).to.equal('?el=conflict-timeline');
  });
});

describe("readEmbedAttributes: the embed page's parameters", () => {
  const known = ['heading', 'src', 'source-href', 'theme'];
  const read = (query: string) => readEmbedAttributes(new URLSearchParams(query), 'ttp-attack-chart', known);

  it('passes known attributes, lang and dir, in the order given', () => {
    expect(read('el=ttp-attack-chart&heading=A+%26+B&lang=ur&dir=rtl&src=https%3A%2F%2Fexample.org%2Fa.csv')).to.deep.equal({
      ok: true,
      tag: 'ttp-attack-chart',
      attributes: [
        ['heading', 'A & B'],
        ['lang', 'ur'],
        ['dir', 'rtl'],
        ['src', 'https://example.org/a.csv'],
      ],
    });
  });

  it('refuses each bad parameter with its name and the fix, all at once', () => {
    const result = read(
      'el=ttp-attack-chart&el=border-map&onload=x&source-href=data:text/html,x&src=/relative.csv&lang=<b>&dir=up&theme=' + 'x'.repeat(20_001),
    );
    expect(result.ok).to.equal(false);
    expect((result as { problems: string[] }).problems).to.deep.equal([
      'Parameter el is given more than once: give it once.',
      'Parameter "onload" is not an attribute of <ttp-attack-chart>: remove it, or use one of heading, src, source-href, theme, lang, dir.',
      'Parameter source-href="data:text/html,x" must be a full http(s) URL, e.g. source-href=https://example.org/attacks.csv.',
      'Parameter src="/relative.csv" must be a full http(s) URL, e.g. src=https://example.org/attacks.csv.',
      'Parameter lang="<b>" is not a language tag: use one such as en, ur or en-GB.',
      'Parameter dir="up" must be ltr, rtl or auto.',
      'Parameter theme is 20,001 characters long; the limit is 20,000: use src=<URL of a file> for large data.',
    ]);
  });

  it('tagParameterProblem: el is required and one of the three tags', () => {
    expect(tagParameterProblem('border-map')).to.equal(undefined);
    expect(tagParameterProblem(null)).to.match(/^Missing parameter "el"/);
    expect(tagParameterProblem('script')).to.equal(
      'Parameter el="script" is not an element this page shows: use one of ttp-attack-chart, border-map, conflict-timeline.',
    );
  });
});
