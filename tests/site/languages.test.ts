import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGEFIND_STEMMED } from '../../src/search/stemming.ts';
import { urls } from '../../src/urls.ts';
import { pageAt } from '../helpers/built-site.ts';
import { parseLanguagesFixture } from '../helpers/fixtures.ts';
import { openNodeSearch, type FetchedFile, type NodeSearch } from '../helpers/pagefind-node.ts';

const dist = inject('languagesDist');
const { content } = parseLanguagesFixture();
const talkIn = (lang: string) => content.talks.find((t) => t.notes[0].lang === lang)!;
const LANGUAGES = ['en', 'fr', 'de', 'es', 'pt-BR', 'it'];

let search: NodeSearch;
beforeAll(async () => {
  search = await openNodeSearch(dist);
});
const urlsOf = async (s: NodeSearch, query: string) => Promise.all((await s.search(query)).results.map(async (r) => (await r.data()).url));

describe('a site with recaps in six languages', () => {
  it('has a talk in each language, and one Pagefind index per language', () => {
    expect(new Set(content.talks.map((t) => t.notes[0].lang))).toEqual(new Set(LANGUAGES));
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt-br']);
  });

  it.each(LANGUAGES)('the %s talk page carries its language on the title and the notes, and files its record under it', (lang) => {
    const $ = pageAt(dist, urls.talk(talkIn(lang).id));
    expect($('html').attr('lang')).toBe('en');
    expect($('h1').attr('lang')).toBe(lang);
    expect($('section.note').attr('lang')).toBe(lang);
    expect($('h1').attr('dir')).toBeUndefined();
    if (lang !== 'en') expect($('meta[name="confnotes:content-lang"]').attr('content')).toBe(lang);
  });

  it('lists each talk with its language on the talks page, and names the languages in the filter', () => {
    const $ = pageAt(dist, urls.talks());
    for (const lang of LANGUAGES) expect($(`a.title[href="${urls.talk(talkIn(lang).id)}"]`).attr('lang')).toBe(lang);
    const options = $('select[name="language"] option').map((_, o) => $(o).text()).get();
    expect(options).toEqual(expect.arrayContaining(['English', 'French', 'German', 'Spanish', 'Brazilian Portuguese', 'Italian']));
  });

  it('counts the talks of each language in the search filter, named in the interface language', async () => {
    const written = JSON.parse(readFileSync(join(dist, 'search-filters.json'), 'utf8'));
    expect(written.language).toEqual({ English: 1, French: 1, German: 1, Spanish: 1, 'Brazilian Portuguese': 1, Italian: 1 });
    const german = await Promise.all((await search.search(null, { filters: { language: ['German'] } })).results.map(async (r) => (await r.data()).url));
    expect(german).toEqual([urls.talk(talkIn('de').id)]);
  });
});

describe('one search across every language', () => {
  it.each([
    ['de', 'Bereitstellungen', 'Bereitstellung'],
    ['es', 'despliegues', 'despliegue'],
    ['pt-BR', 'contêineres', 'contêiner'],
    ['it', 'distribuzioni', 'distribuzione'],
    ['fr', 'opérateurs', 'opérateur'],
    ['en', 'deployments', 'deployment'],
  ])('the %s talk is found by "%s", an inflected form of the "%s" it says, stemmed by its own language', async (lang, query) => {
    expect(await urlsOf(search, query)).toContain(urls.talk(talkIn(lang).id));
  });

  it('finds an Italian word after an elision ("dell’osservabilità") and gives the excerpt back as written', async () => {
    const { results } = await search.search('osservabilità');
    const data = await Promise.all(results.map((r) => r.data()));
    const italian = data.find((d) => d.url === urls.talk(talkIn('it').id))!;
    expect(italian.excerpt).toContain('dell’ <mark>osservabilità');
    const { joinElisions } = await import('../../src/search/client/elisions.js');
    expect(joinElisions(italian.excerpt, 'it')).toContain('il ruolo dell’<mark>osservabilità');
  });

  it('a query under the English interface finds the talks of every language', async () => {
    const found = await urlsOf(search, 'Kubernetes');
    for (const lang of LANGUAGES) expect(found, lang).toContain(urls.talk(talkIn(lang).id));
  });

  it('searches the interface language first, then the others', async () => {
    expect(search.first).toBe('en');
    const fresh = await openNodeSearch(dist);
    const first = await fresh.search('Bereitstellungen', { languages: [fresh.first] });
    expect(first.results.map((r) => r.lang)).not.toContain('de');
    expect(fresh.fetched.some((f) => f.path.includes('wasm.de'))).toBe(false);
    const all = await fresh.search('Bereitstellungen');
    expect(all.results.map((r) => r.lang)).toContain('de');
  });

  it('under the French interface, French comes first', async () => {
    expect((await openNodeSearch(dist, { uiLang: 'fr' })).first).toBe('fr');
  });
});

/**
 * A first search as the search page runs it (src/search/client/search-languages.js): the first language's
 * results and the data of the first ten shown, then every language merged in.
 */
async function firstSearch(site: string, query: string) {
  const s = await openNodeSearch(site);
  const { searchFirstLanguageFirst } = await import(pathToFileURL(join(site, 'search-languages.js')).href);
  const snapshots: { fetched: FetchedFile[]; results: number }[] = [];
  await searchFirstLanguageFirst(s, s.first, query, { counts: false }, async (response: Awaited<ReturnType<NodeSearch['search']>>) => {
    await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
    snapshots.push({ fetched: [...s.fetched], results: response.results.length });
  });
  return { untilFirstResults: snapshots[0].fetched, total: snapshots.at(-1)!.fetched, results: snapshots[0].results, stages: snapshots.length };
}
const bytes = (files: FetchedFile[]) => files.reduce((sum, f) => sum + f.bytes, 0);

describe('the cost of a first search', () => {
  it.each(['Kubernetes', 'deployment', 'cluster'])('"%s": six languages fetch at most 1.25x the bytes of two before the first results', async (query) => {
    const six = await firstSearch(dist, query);
    const two = await firstSearch(inject('twoLanguagesDist'), query);
    expect(six.results).toBeGreaterThan(0);
    expect([six.stages, two.stages]).toEqual([2, 2]);
    const ratio = bytes(six.untilFirstResults) / bytes(two.untilFirstResults);
    console.log(`first search "${query}": two languages ${bytes(two.untilFirstResults)} B until first results (${bytes(two.total)} B in all), six ${bytes(six.untilFirstResults)} B (${bytes(six.total)} B in all), ratio ${ratio.toFixed(3)}`);
    expect(ratio).toBeLessThanOrEqual(1.25);
    // One stemmer before the first results, whatever the number of languages.
    expect(six.untilFirstResults.filter((f) => f.path.includes('/wasm.')).map((f) => f.path)).toEqual(['/pagefind/wasm.en.pagefind']);
  });
});

describe('stemmed languages', () => {
  it('are the languages Pagefind 1.6 writes a stemmer for, among every two-letter code ICU names', async () => {
    const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const candidates = letters.flatMap((a) => letters.map((b) => a + b)).filter((code) => names.of(code));
    expect(candidates.length).toBeGreaterThan(150);
    const { index } = await pagefind.createIndex({});
    for (const lang of candidates) {
      await index!.addHTMLFile({ sourcePath: `${lang}/index.html`, content: `<html lang="${lang}"><body><main>word</main></body></html>` });
    }
    const out = mkdtempSync(join(tmpdir(), 'confnotes-stemmers-'));
    await index!.writeFiles({ outputPath: out });
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null }> };
    const stemmed = Object.entries(entry.languages).filter(([, l]) => l.wasm).map(([lang]) => lang).sort();
    expect(stemmed).toEqual([...PAGEFIND_STEMMED].sort());
    expect(readdirSync(out).filter((f) => f.startsWith('wasm.')).length).toBe(PAGEFIND_STEMMED.length + 1);
  });
});
