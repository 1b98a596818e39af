import { describe, expect, it } from 'vitest';
import { hasElisions, joinElisions, splitElisions } from '../../src/search/client/elisions.js';
import { prepareForIndex } from '../../src/search/prepare-html.ts';

const page = (main: string, head = '', lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head>${head}<title>T · Confnotes</title></head><body><header><nav>Talks Tools</nav></header><main id="content" data-pagefind-body>${main}</main><footer>Credit</footer></body></html>`;
const body = (html: string) => /<body>(.*)<\/body>/s.exec(html)![1];
const indexed = (main: string, lang = 'en') => body(prepareForIndex(page(main, '', lang))).replace(/<\/?main[^>]*>/g, '');

describe('prepareForIndex', () => {
  it('splits elisions in the text of a note in its language, under either interface language', () => {
    const note = '<section lang="fr"><p>Il s’agit d’automatiser l’opérateur qu’on aime, jusqu’au bout.</p></section>';
    const split = '<section lang="fr"><p>Il s’ agit d’ automatiser l’ opérateur qu’ on aime, jusqu’ au bout.</p></section>';
    expect(indexed(note, 'en')).toBe(split);
    expect(indexed(note, 'fr')).toBe(split);
  });

  it('leaves text in a language without elisions alone, even beside a French note', () => {
    const html = indexed('<p>l’opérateur d’abord</p><section lang="fr"><p>l’opérateur</p></section><p>d’abord</p>', 'en');
    expect(html).toBe('<p>l’opérateur d’abord</p><section lang="fr"><p>l’ opérateur</p></section><p>d’abord</p>');
  });

  it('follows the language through nested and void elements', () => {
    const html = indexed('<section lang="it"><p>l’<em>uso</em><br>dell’osservabilità <span lang="en">l’x</span> nell’ambiente</p></section>');
    expect(html).toBe('<section lang="it"><p>l’<em>uso</em><br>dell’ osservabilità <span lang="en">l’x</span> nell’ ambiente</p></section>');
  });

  it('takes the interface language for text outside any element with a lang', () => {
    expect(indexed('<p>l’opérateur</p>', 'fr')).toBe('<p>l’ opérateur</p>');
  });

  it('leaves tags, attributes and words that merely contain an apostrophe alone', () => {
    const html = indexed(`<abbr title="l'opérateur" data-x="l'x">rock'n'roll aujourd'hui</abbr>`, 'fr');
    expect(html).toBe(`<abbr title="l'opérateur" data-x="l'x">rock'n'roll aujourd'hui</abbr>`);
  });

  it('leaves out what Pagefind ignores: marked elements, link targets, classes and ARIA', () => {
    const html = indexed('<h2 id="t" class="x" aria-label="y">Argo CD</h2><nav data-pagefind-ignore><a href="/a/" rel="prev">Previous talk</a></nav><p><a href="/tools/helm/" class="tool-link">Helm</a> <span data-pagefind-ignore="all">badge</span>runs</p>');
    expect(html).toBe('<h2 id="t">Argo CD</h2><p><a>Helm</a> runs</p>');
  });

  it('keeps an ignored element that holds a filter, a meta or a sort, which Pagefind still reads', () => {
    for (const attribute of ['data-pagefind-filter="tool"', 'data-pagefind-meta="image:x.png"', 'data-pagefind-sort="date"']) {
      const main = `<section data-pagefind-ignore><h2>Tools</h2><ul><li><span ${attribute}>Helm</span></li></ul></section><p>kept</p>`;
      expect(indexed(main)).toBe(main);
    }
  });

  it('reads attribute values whole: a value that looks like an attribute is not cut', () => {
    expect(indexed('<abbr title="a class=" data-pagefind-filter="tool:Helm" class="c">x</abbr>')).toBe('<abbr title="a class=" data-pagefind-filter="tool:Helm">x</abbr>');
  });

  it('sends only the main element, never the header, navigation or footer', () => {
    const html = prepareForIndex(page('<h1>Argo CD</h1>'));
    expect(body(html)).toBe('<main id="content" data-pagefind-body><h1>Argo CD</h1></main>');
    expect(html).toContain('<title>T · Confnotes</title>');
  });

  it('files a page under the language of its content, any tag', () => {
    expect(prepareForIndex(page('x', '<meta name="confnotes:content-lang" content="fr">'))).toContain('<html lang="fr">');
    expect(prepareForIndex(page('x', '<meta name="confnotes:content-lang" content="pt-BR">'))).toContain('<html lang="pt-BR">');
    expect(prepareForIndex(page('x', '<meta name="confnotes:content-lang" content="zh-Hans">'))).toContain('<html lang="zh-Hans">');
    expect(prepareForIndex(page('x'))).toContain('<html lang="en">');
  });
});

describe('French elisions', () => {
  it('splits le, de, que and the other elided words, with either apostrophe, in any case', () => {
    expect(splitElisions('L’opérateur d’automatiser qu’on jusqu’ici lorsqu’il s’agit c’est n’est j’ai m’a t’as quelqu’un presqu’île', 'fr')).toBe(
      'L’ opérateur d’ automatiser qu’ on jusqu’ ici lorsqu’ il s’ agit c’ est n’ est j’ ai m’ a t’ as quelqu’ un presqu’ île',
    );
    expect(splitElisions("l'opérateur (d'abord) «l'idée»", 'fr')).toBe("l' opérateur (d' abord) «l' idée»");
  });

  it('applies to regional French too, and not to words that only contain an apostrophe', () => {
    expect(splitElisions('l’opérateur', 'fr-CA')).toBe('l’ opérateur');
    expect(splitElisions("aujourd'hui rock'n'roll", 'fr')).toBe("aujourd'hui rock'n'roll");
  });

  it('joins them again in excerpts, around highlighted words', () => {
    expect(joinElisions('Il s’ agit d’ automatiser l’ <mark>opérateur</mark> qu’ on aime.', 'fr')).toBe('Il s’agit d’automatiser l’<mark>opérateur</mark> qu’on aime.');
  });
});

describe('Italian elisions', () => {
  it('splits lo, una, dello, nello and the other elided words', () => {
    expect(splitElisions('l’osservabilità dell’infrastruttura un’architettura nell’ambiente c’è sull’uso all’inizio quest’anno dov’è', 'it')).toBe(
      'l’ osservabilità dell’ infrastruttura un’ architettura nell’ ambiente c’ è sull’ uso all’ inizio quest’ anno dov’ è',
    );
  });

  it('leaves a truncated word like "po’" whole', () => {
    expect(splitElisions('un po’ di tempo', 'it')).toBe('un po’ di tempo');
  });

  it('joins them again in excerpts', () => {
    expect(joinElisions('dell’ <mark>infrastruttura</mark> e l’ ambiente', 'it')).toBe('dell’<mark>infrastruttura</mark> e l’ambiente');
  });
});

describe('Catalan elisions', () => {
  it('splits the articles and pronouns before a word, and the pronouns after a verb', () => {
    expect(splitElisions('l’equip d’operacions s’ocupa', 'ca')).toBe('l’ equip d’ operacions s’ ocupa');
    expect(splitElisions('porta’l a producció i dona’ns-ho', 'ca')).toBe('porta ’l a producció i dona ’ns-ho');
  });

  it('applies to Valencian too, and joins them again in excerpts', () => {
    expect(splitElisions('l’equip', 'ca-ES-valencia')).toBe('l’ equip');
    expect(joinElisions('l’ <mark>equip</mark> <mark>porta</mark> ’l a producció', 'ca')).toBe('l’<mark>equip</mark> <mark>porta</mark>’l a producció');
  });
});

describe('languages without elision rules', () => {
  it.each(['en', 'de', 'es', 'pt-BR'])('%s text is left as written', (lang) => {
    expect(hasElisions(lang)).toBe(false);
    expect(splitElisions('l’opérateur dell’uso porta’l', lang)).toBe('l’opérateur dell’uso porta’l');
  });
});
