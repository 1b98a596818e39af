// @ts-check
/**
 * When each language index of the site is opened and searched. Each language costs its own
 * stemmer (Pagefind's WebAssembly, ~60 KB) and metadata: opening every language before the
 * first results would make a first search grow with the number of languages. So a search asks
 * one language first, the interface's (or, on a site with no page in it, the language with the
 * most pages), paints those results, then asks every language and merges the rest in below
 * what is already shown. Kept apart from the client's ranking and the page's layout.
 */

/** @typedef {import('./search-client.js').PagefindInstance} PagefindInstance */

/**
 * The language searched first.
 * @param {Record<string, { page_count: number }>} languages pagefind-entry.json's languages (keys lower case: pt-br)
 * @param {string} uiLang the interface language (<html lang>)
 */
export function firstLanguage(languages, uiLang) {
  const wanted = uiLang.toLowerCase();
  if (languages[wanted]) return wanted;
  const base = wanted.split('-')[0];
  if (languages[base]) return base;
  return Object.entries(languages).sort(([a, x], [b, y]) => y.page_count - x.page_count || a.localeCompare(b))[0]?.[0] ?? wanted;
}

/**
 * An index opened on first use: nothing is fetched for a language until it is searched.
 * @param {() => Promise<PagefindInstance>} create
 * @returns {PagefindInstance}
 */
export function lazyInstance(create) {
  /** @type {Promise<PagefindInstance> | undefined} */
  let ready;
  const open = () =>
    (ready ??= create().then(async (instance) => {
      await instance.init?.();
      return instance;
    }));
  return {
    init: async () => void (await open()),
    mergeIndex: async (path, options) => (await open()).mergeIndex?.(path, options),
    search: async (term, options) => (await open()).search(term, options),
    filters: async () => (await open()).filters(),
    preload: async (term, options) => (await open()).preload?.(term, options),
  };
}

/**
 * Searches the first language's talks and editions, hands its response to `paint`, then every
 * language with the pages found by name and the names file (which thing the query names), and
 * hands the merged response to `paint` again (`complete` true). Neither the other languages nor
 * the names are on the way to the first results.
 * @template R
 * @param {{ search(query: string | null, options: object): Promise<R> }} search the SiteSearch
 * @param {string} first
 * @param {string | null} query
 * @param {object} options the options of SiteSearch.search
 * @param {(response: R, complete: boolean) => Promise<boolean | void>} paint returns false when the search is no longer wanted
 */
export async function searchFirstLanguageFirst(search, first, query, options, paint) {
  const wanted = await paint(await search.search(query, { ...options, languages: [first], named: false }), false);
  if (wanted === false) return;
  // The first language's chunks are loaded already: asked again, they cost no bytes.
  await paint(await search.search(query, options), true);
}

/**
 * The results in the order the reader sees them once every language is in: those already
 * shown keep their place, the others follow in the order of the full search.
 * @template {{ id: string, lang: string }} T
 * @param {T[]} shown
 * @param {T[]} all
 */
export function keepShownFirst(shown, all) {
  const key = (/** @type {T} */ r) => `${r.lang} ${r.id}`;
  const seen = new Set(shown.map(key));
  return [...shown, ...all.filter((r) => !seen.has(key(r)))];
}
