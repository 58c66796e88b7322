// The Storybook snippet generator's function (packages/conflict-viz/embed/snippet.ts): the script-tag and
// iframe codes it writes are parsed back here, as a CMS would parse them, and give exactly the element and
// attributes asked for, whatever characters the values hold.
import { expect } from '@open-wc/testing';
import { createSnippet, DEFAULT_BASE_URL } from '../packages/conflict-viz/embed/snippet.js';

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
