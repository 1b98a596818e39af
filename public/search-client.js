// @ts-check
/**
 * Searches every language index of the site's Pagefind bundle at once, each with its own
 * stemmer: French talks are stemmed as French, English pages as English, and a query from any
 * page finds both. Shared by the search page and the Node tests, so both run the same code.
 *
 * Pagefind reads an instance's language from <html lang>, and its WebAssembly glue is global
 * to the module: each language needs pagefind.js imported on its own (`pagefind.js?lang=fr`).
 * `createInstance(lang)` is given by the caller (the page sets <html lang> for a moment, the
 * tests stub `document`).
 */

/** @typedef {{ id: string, score: number, words: number[], data: () => Promise<any> }} PagefindResult */
/** @typedef {{ results: PagefindResult[], filters: Record<string, Record<string, number>>, totalFilters?: Record<string, Record<string, number>> }} PagefindResponse */
/** @typedef {{ type: string, names: Record<string, string> }} ToolNames every spelling of a tool (by nameKey) to its name */
/** @typedef {{ init?: () => Promise<void>, search: (term: string | null, options?: object) => Promise<PagefindResponse>, filters: () => Promise<Record<string, Record<string, number>>>, preload?: (term: string, options?: object) => Promise<void> }} PagefindInstance */

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
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * An excerpt as the reader wrote it: the indexer saw French elisions split ("l’ opérateur").
 * @param {string} excerpt
 */
export function joinElisions(excerpt) {
  return excerpt.replace(/(^|[\s(«>])(qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])([’']) (?=<mark>|\p{L})/giu, '$1$2$3');
}

export class SiteSearch {
  /**
   * @param {{ lang: string, instance: PagefindInstance }[]} indexes
   * @param {() => Promise<ToolNames>} [loadNames] tool spellings to pages
   */
  constructor(indexes, loadNames = async () => ({ type: '', names: {} })) {
    this.indexes = indexes;
    this.loadNames = loadNames;
    /** @type {Promise<ToolNames> | undefined} */
    this.names = undefined;
    /** @type {Promise<Record<string, Record<string, number>>> | undefined} */
    this.allFilters = undefined;
  }

  /**
   * Opens every language index listed in the bundle's entry file.
   * @param {string} basePath where the bundle is served, e.g. "/pagefind/"
   * @param {(lang: string) => Promise<PagefindInstance>} createInstance
   * @param {(url: string) => Promise<Response>} [fetchImpl]
   */
  static async open(basePath, createInstance, fetchImpl = fetch) {
    const entry = await (await fetchImpl(`${basePath}pagefind-entry.json`)).json();
    const languages = Object.keys(entry.languages).sort();
    const indexes = await Promise.all(
      languages.map(async (lang) => {
        const instance = await createInstance(lang);
        // Its WebAssembly and metadata loaded now, while the page settles, not on the first query.
        await instance.init?.();
        return { lang, instance };
      }),
    );
    const search = new SiteSearch(indexes, async () => (await fetchImpl('/search-names.json')).json());
    // Fetched while the reader types, not after the first query.
    search.names = search.loadNames().catch(() => ({ type: '', names: {} }));
    search.allFilters = search.filters();
    return search;
  }

  /** Every filter value of the whole site, with its count. */
  async filters() {
    return mergeCounts(await Promise.all(this.indexes.map(({ instance }) => instance.filters())));
  }

  /**
   * Results of all languages, best first (or newest first with sort "date"), with the counts of
   * each filter value among them. A null query browses by filters alone.
   * @param {string | null} query
   * @param {{ filters?: Record<string, string[]>, sort?: 'relevance' | 'date', counts?: boolean }} [options]
   *   counts: false skips counting filter values when no filter is applied (faster first results)
   */
  async search(query, options = {}) {
    const filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v.length).map(([k, v]) => [k, { any: v }]));
    const byDate = options.sort === 'date';
    // Pagefind counts filter values only when a filter is applied: apply one that keeps every
    // page (any type), so a plain query also says how many results each value would keep.
    this.allFilters ??= this.filters();
    const types = options.counts === false ? [] : Object.keys((await this.allFilters).type ?? {});
    const counted = Object.keys(filters).length || !types.length || options.counts === false ? filters : { type: { any: types } };
    const pagefindOptions = { filters: counted, ...(byDate ? { sort: { date: 'desc' } } : {}) };
    // Looked up alongside the search itself, not after it.
    const named = query && !byDate && Object.keys(filters).every((f) => f === 'type') ? this.namedToolPage(query, filters.type?.any) : undefined;
    const responses = await Promise.all(
      this.indexes.map(async ({ lang, instance }) => ({ lang, response: await instance.search(query, pagefindOptions) })),
    );
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
    const page = await named;
    if (page) {
      const at = results.findIndex((r) => r.id === page.id && r.lang === page.lang);
      results.unshift(at >= 0 ? results.splice(at, 1)[0] : page);
    }
    return {
      results,
      filters: mergeCounts(responses.map(({ response }) => response?.filters ?? {})),
    };
  }

  /**
   * The page of the tool the query names (by its name or an alias), which then comes first.
   * @param {string} query
   * @param {string[]} [types] the types the reader filters on, if any
   */
  async namedToolPage(query, types) {
    this.names ??= this.loadNames().catch(() => ({ type: '', names: {} }));
    const { type, names } = await this.names;
    const tool = names[nameKey(query)];
    if (!tool || (types && !types.includes(type))) return;
    // The tool's own page is the one record of its type filed under its name.
    const pages = await Promise.all(
      this.indexes.map(async ({ lang, instance }) => {
        const response = await instance.search(null, { filters: { type: { any: [type] }, tool: { any: [tool] } } });
        return (response?.results ?? []).map((result) => ({ ...result, lang }));
      }),
    );
    return pages.flat()[0];
  }
}
