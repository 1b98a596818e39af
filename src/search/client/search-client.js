// @ts-check
/**
 * Searches the language indexes of the site's Pagefind bundle, each with its own
 * stemmer: French talks are stemmed as French, English pages as English, and a query from any
 * page finds the talks of every language. Shared by the search page and the Node tests, so both run the same code.
 *
 * Pagefind reads an instance's language from <html lang>, and its WebAssembly glue is global
 * to the module: each language needs its own copy of pagefind.js. A language is opened when
 * first searched, the interface's first (search-languages.js). `createInstance(lang)` is
 * given by the caller (the page imports a blob: copy and sets <html lang> for a moment, the
 * tests import `pagefind.js?lang=fr` and stub `document`).
 */
import { firstLanguage, lazyInstance } from './search-languages.js';

/** @typedef {{ id: string, score: number, words: number[], data: () => Promise<any> }} PagefindResult */
/** @typedef {{ results: PagefindResult[], filters: Record<string, Record<string, number>>, totalFilters?: Record<string, Record<string, number>> }} PagefindResponse */
/** @typedef {{ things: [url: string, title: string, description: string, type: string][], names: Record<string, number>, alsoTypes: string[], speakerType: string }} ThingNames every spelling of a tool or project (by nameKey) to its page ('' when it has none) */
/** @typedef {{ init?: () => Promise<void>, search: (term: string | null, options?: object) => Promise<PagefindResponse>, filters: () => Promise<Record<string, Record<string, number>>>, preload?: (term: string, options?: object) => Promise<void>, mergeIndex?: (path: string, options?: object) => Promise<void> }} PagefindInstance */

/**
 * @param {Record<string, Record<string, number>>[]} parts
 * @returns {Record<string, Record<string, number>>}
 */
export function mergeCounts(parts) {
  /** @type {Record<string, Record<string, number>>} */
  const merged = {};
  for (const part of parts) {
    for (const [filter, values] of Object.entries(part ?? {})) {
      const into = (merged[filter] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return merged;
}

/** Same as searchNameKey in src/search/name-key.ts: "Argo CD", "argocd", "argo-cd" are one key. */
export function nameKey(/** @type {string} */ text) {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** @type {ThingNames} before the names file is read (the first results), or when it cannot be: no tool is named, search goes on */
export const NO_NAMES = { things: [], names: {}, alsoTypes: [], speakerType: '' };

export class SiteSearch {
  /**
   * @param {{ lang: string, instance: PagefindInstance }[]} indexes
   * @param {() => Promise<ThingNames>} [loadNames] tool spellings to pages
   * @param {() => Promise<Record<string, Record<string, number>>>} [loadTotals] the filter counts of the whole site
   * @param {() => Promise<void>} [mergeNamed] merges the bundle of the pages found by name (src/search/named-bundle.ts) into the indexes
   */
  constructor(indexes, loadNames = async () => NO_NAMES, loadTotals = async () => this.filters(), mergeNamed = async () => undefined) {
    this.indexes = indexes;
    this.loadNames = loadNames;
    this.loadTotals = loadTotals;
    this.mergeNamed = mergeNamed;
    /** @type {Promise<void> | undefined} */
    this.namedMerged = undefined;
    /** The first language's index opened (its WebAssembly and metadata loaded), or failed to. */
    this.ready = Promise.resolve();
    /** @type {Promise<Record<string, Record<string, number>>> | undefined} */
    this.allTotals = undefined;
    /** @type {Promise<ThingNames> | undefined} */
    this.names = undefined;
    /** @type {Promise<Record<string, Record<string, number>>> | undefined} Pagefind's own counts, once its filter files are loaded */
    this.allFilters = undefined;
    /** The language searched first (search-languages.js). */
    this.first = indexes[0]?.lang;
  }

  /** @param {string[]} [languages] @returns the indexes of those languages, or all */
  indexesOf(languages) {
    return languages ? this.indexes.filter(({ lang }) => languages.includes(lang)) : this.indexes;
  }

  /**
   * Opens every language index listed in the bundle's entry file.
   * @param {string} siteBase the site's base path, e.g. "/" or "/notes/": the bundle is in its pagefind/
   * @param {(lang: string) => Promise<PagefindInstance>} createInstance
   * @param {(url: string) => Promise<Response>} [fetchImpl]
   * @param {string} [uiLang]
   * @param {object} [mergeOptions] Pagefind options of the named bundle, as the caller gave its instances (baseUrl)
   */
  static async open(siteBase, createInstance, fetchImpl = fetch, uiLang = 'en', mergeOptions = {}) {
    const entry = await (await fetchImpl(`${siteBase}pagefind/pagefind-entry.json`)).json();
    const languages = Object.keys(entry.languages).sort();
    // Each language opened when first searched (search-languages.js).
    const indexes = languages.map((lang) => ({ lang, instance: lazyInstance(() => createInstance(lang)) }));
    const named = `${siteBase}pagefind/named/`;
    // Each language of the named bundle goes into the index of its language (or the first one's).
    const mergeNamed = async () => {
      const entry = await (await fetchImpl(`${named}pagefind-entry.json`)).json();
      for (const lang of Object.keys(entry.languages)) {
        const into = indexes.find((index) => index.lang === lang) ?? indexes.find((index) => index.lang === search.first);
        await into?.instance.mergeIndex?.(named, { ...mergeOptions, language: lang });
      }
    };
    const search = new SiteSearch(indexes, async () => (await fetchImpl(`${siteBase}search-names.json`)).json(), async () => (await fetchImpl(`${siteBase}search-filters.json`)).json(), mergeNamed);
    search.first = firstLanguage(entry.languages, uiLang);
    // The first language's WebAssembly and metadata loaded now, while the page settles, not on the
    // first query. The names file and the named bundle wait for the first results (search()).
    // Pagefind's init() resolves before they are in (its main-thread fallback loads them in the
    // background); an empty query waits for them and fetches nothing more.
    const first = search.indexes.find(({ lang }) => lang === search.first)?.instance;
    if (first) search.ready = first.search('').then(() => undefined, () => undefined);
    return search;
  }

  /**
   * Every filter value of the whole site with its count, as counted when the index was built:
   * a few kilobytes where Pagefind's filter files weigh hundreds on a large site. Falls back
   * to Pagefind's own count.
   */
  async totals() {
    return (this.allTotals ??= this.loadTotals().catch(() => this.filters()));
  }

  /**
   * Fetches the index chunks a query will need, while the reader is still typing.
   * @param {string} query
   */
  preload(query) {
    if (query.trim()) for (const { instance } of this.indexesOf(this.first ? [this.first] : undefined)) instance.preload?.(query).catch(() => undefined);
  }

  /** The pages found by name merged into the indexes, once (a failure surfaces, and is tried again next time). */
  namedPages() {
    return (this.namedMerged ??= this.mergeNamed().catch((error) => {
      this.namedMerged = undefined;
      throw error;
    }));
  }

  /**
   * Every filter value of the whole site (or of some languages), with its count.
   * @param {string[]} [languages]
   * @param {boolean} [named] false: without the pages found by name (the first results)
   */
  async filters(languages, named = true) {
    if (named) await this.namedPages();
    return mergeCounts(await Promise.all(this.indexesOf(languages).map(({ instance }) => instance.filters())));
  }

  /**
   * Results of all languages, best first (or newest first with sort "date"), with the counts of
   * each filter value among them. A null query browses by filters alone.
   * @param {string | null} query
   * @param {{ filters?: Record<string, string[]>, sort?: 'relevance' | 'date', counts?: boolean, languages?: string[], named?: boolean }} [options]
   *   counts: false skips counting filter values when no filter is applied (faster first results);
   *   languages: only those indexes (the first language, before the others: search-languages.js);
   *   named: false leaves out the pages found by name and the names file (the first results)
   */
  async search(query, options = {}) {
    const withNamed = options.named !== false;
    if (withNamed) await this.namedPages();
    const filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v.length).map(([k, v]) => [k, { any: v }]));
    const byDate = options.sort === 'date';
    // Pagefind counts filter values only when a filter is applied: apply one that keeps every
    // page (any type), so a plain query also says how many results each value would keep.
    // Pagefind counts a filter's values only once that filter's files are loaded: load them all.
    if (options.counts !== false) await (options.languages ? this.filters(options.languages, withNamed) : (this.allFilters ??= this.filters()));
    const types = options.counts === false ? [] : Object.keys((await this.totals()).type ?? {});
    const counted = Object.keys(filters).length || !types.length || options.counts === false ? filters : { type: { any: types } };
    const pagefindOptions = { filters: counted, ...(byDate ? { sort: { date: 'desc' } } : {}) };
    // Looked up alongside the search itself, not after it.
    const named = withNamed && query && !byDate && Object.keys(filters).every((f) => f === 'type') ? this.namedThing(query, filters.type?.any) : undefined;
    const responses = await Promise.all(
      this.indexesOf(options.languages).map(async ({ lang, instance }) => ({ lang, response: await instance.search(query, pagefindOptions) })),
    );
    /** @type {any[]} results of every index, and perhaps a named tool's page */
    const results = responses.flatMap(({ lang, response }) =>
      (response?.results ?? []).map((result, rank) => ({ ...result, lang, rank })),
    );
    if (byDate) {
      // Each index is sorted by date already: interleave them by the date of their results.
      const dated = await Promise.all(results.map(async (r) => ({ r, date: (await r.data()).meta?.date ?? '' })));
      dated.sort((a, b) => b.date.localeCompare(a.date) || a.r.rank - b.r.rank);
      results.splice(0, results.length, ...dated.map(({ r }) => r));
    } else if (query !== null) {
      results.sort((a, b) => b.score - a.score);
    }
    // The named thing's page comes first. Pagefind may have it among its results too: which one
    // is only known from each result's data, fetched as results are shown, so the reader of
    // the results skips a url it has shown (looking first would hold back the first results).
    // A thing no talk discusses has no page: the answer says so, and nothing else is offered.
    const thing = await named;
    if (thing?.noTalk) return { results: [], filters: {}, noTalk: thing.noTalk };
    if (thing?.page) results.unshift(thing.page);
    return {
      results,
      filters: mergeCounts(responses.map(({ response }) => response?.filters ?? {})),
    };
  }

  /** The names file, fetched once. */
  toolNames() {
    return (this.names ??= this.loadNames().catch(() => NO_NAMES));
  }

  /**
   * The tool or project the query names (by its name or an alias): its page, which then comes
   * first, or, when no talk discusses it, its name for a plain answer.
   * @param {string} query
   * @param {string[]} [types] the types the reader filters on, if any
   * @returns {Promise<{ page?: any, noTalk?: string } | undefined>}
   */
  async namedThing(query, types) {
    const { things, names } = await this.toolNames();
    const thing = things[names[nameKey(query)]];
    if (!thing) return;
    const [url, title, description, type] = thing;
    if (!url) return { noTalk: title };
    if (types && !types.includes(type)) return;
    // Shown from what the names file says; the same page among Pagefind's results has the same
    // url, and the page shows a url once.
    return { page: { id: `named:${url}`, url, score: Infinity, lang: typeof document === 'undefined' ? 'en' : document.documentElement.lang, data: async () => ({ url, excerpt: description, meta: { title, type } }) } };
  }
}

/**
 * Where each result goes, in the order results are shown: the page a query names first (a tool
 * or project from the names file, already first; a speaker whose page title is the query, moved
 * up when its data arrives), then talks and editions; other tools, projects and speakers in a
 * compact row of "also" links; a url already shown, nowhere. Shared by the page and the tests.
 */
export class ResultArranger {
  /**
   * @param {string} query
   * @param {ThingNames} names
   */
  constructor(query, names) {
    this.key = nameKey(query ?? '');
    this.names = names;
    /** @type {Set<string>} */
    this.seen = new Set();
    this.namedFirst = false;
  }

  /**
   * @param {{ id: string }} result
   * @param {{ url: string, meta: Record<string, string> }} data
   * @returns {'first' | 'list' | 'also' | 'repeat'}
   */
  place(result, data) {
    if (this.seen.has(data.url)) return 'repeat';
    this.seen.add(data.url);
    const named = result.id.startsWith('named:') || (!this.namedFirst && data.meta.type === this.names.speakerType && nameKey(data.meta.title ?? '') === this.key);
    if (named && !this.namedFirst) {
      this.namedFirst = true;
      return 'first';
    }
    return this.names.alsoTypes.includes(data.meta.type) ? 'also' : 'list';
  }
}
