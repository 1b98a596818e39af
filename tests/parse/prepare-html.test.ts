import { describe, expect, it } from 'vitest';
import { prepareForIndex } from '../../src/search/prepare-html.ts';

const page = (main: string, head = '') =>
  `<!doctype html><html lang="en"><head>${head}<title>T · Confnotes</title></head><body><header><nav>Talks Tools</nav></header><main id="content" data-pagefind-body>${main}</main><footer>Credit</footer></body></html>`;
const body = (html: string) => /<body>(.*)<\/body>/s.exec(html)![1];

describe('prepareForIndex', () => {
  it('splits French elisions in text so the word after the apostrophe is indexed alone', () => {
    const html = prepareForIndex(page('<p>Il s’agit d’automatiser l’opérateur qu’on aime, jusqu’au bout.</p>'));
    expect(body(html)).toContain('<p>Il s’ agit d’ automatiser l’ opérateur qu’ on aime, jusqu’ au bout.</p>');
  });

  it('leaves tags, attributes and words that merely contain an apostrophe alone', () => {
    const html = prepareForIndex(page(`<a title="l'opérateur" href="/l'x">rock'n'roll aujourd'hui</a>`));
    expect(body(html)).toContain(`<a title="l'opérateur" href="/l'x">rock'n'roll aujourd'hui</a>`);
  });

  it('sends only the main element, never the header, navigation or footer', () => {
    const html = prepareForIndex(page('<h1>Argo CD</h1>'));
    expect(body(html)).toBe('<main id="content" data-pagefind-body><h1>Argo CD</h1></main>');
    expect(html).toContain('<title>T · Confnotes</title>');
  });

  it('files a page under the language of its content', () => {
    expect(prepareForIndex(page('x', '<meta name="confnotes:content-lang" content="fr">'))).toContain('<html lang="fr">');
    expect(prepareForIndex(page('x'))).toContain('<html lang="en">');
  });
});

describe('joinElisions (search page excerpts)', () => {
  it('gives back the text as written', async () => {
    const { joinElisions } = await import('../../public/search-client.js');
    const text = 'Il s’agit d’automatiser l’<mark>opérateur</mark> qu’on aime.';
    expect(joinElisions(body(prepareForIndex(page(text))).replace(/<\/?main[^>]*>/g, ''))).toBe(text);
  });
});
