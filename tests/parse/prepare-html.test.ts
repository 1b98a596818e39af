import { describe, expect, it } from 'vitest';
import { prepareForIndex } from '../../src/search/prepare-html.ts';

describe('prepareForIndex', () => {
  it('splits French elisions in text so the word after the apostrophe is indexed alone', () => {
    const html = prepareForIndex('<p>Il s’agit d’automatiser l’opérateur qu’on aime, jusqu’au bout.</p>');
    expect(html).toBe('<p>Il s’ agit d’ automatiser l’ opérateur qu’ on aime, jusqu’ au bout.</p>');
  });

  it('leaves tags, attributes and words that merely contain an apostrophe alone', () => {
    const html = prepareForIndex(`<a title="l'opérateur" href="/l'x">rock'n'roll aujourd'hui</a>`);
    expect(html).toBe(`<a title="l'opérateur" href="/l'x">rock'n'roll aujourd'hui</a>`);
  });

  it('files a page under the language of its content', () => {
    const html = prepareForIndex('<html lang="en"><head><meta name="confnotes:content-lang" content="fr"></head><body>x</body></html>');
    expect(html.startsWith('<html lang="fr">')).toBe(true);
  });
});

describe('joinElisions (search page excerpts)', () => {
  it('gives back the text as written', async () => {
    const { joinElisions } = await import('../../public/search-client.js');
    const text = 'Il s’agit d’automatiser l’<mark>opérateur</mark> qu’on aime.';
    expect(joinElisions(prepareForIndex(text))).toBe(text);
  });
});
