import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pathUnderBase } from '../../src/urls.ts';

/** A file the search fetched, and its size on disk (Pagefind's index files are gzipped already). */
export interface FetchedFile {
  path: string;
  bytes: number;
}

/** Each opened site is served under a host of its own: Pagefind fetches through the global fetch, whichever site asks. */
const sites = new Map<string, { dist: string; base: string; fetched: FetchedFile[] }>();
const fetchFile = async (url: string | URL) => {
  const { host, pathname } = new URL(String(url));
  const site = sites.get(host);
  if (!site) throw new Error(`no site served at ${url}`);
  const path = pathUnderBase(decodeURIComponent(pathname), site.base);
  if (path === undefined) throw new Error(`the search fetched ${String(url)}, outside the site's base ${site.base}`);
  const body = await readFile(join(site.dist, path));
  site.fetched.push({ path, bytes: body.length });
  return new Response(body, { headers: { 'content-type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
};

/**
 * The site's own search client over a built index, in Node: pagefind.js loaded from dist/,
 * its fetches served from the files (and logged in `fetched`), and each language's instance
 * created as a browser would, under the interface language `uiLang`.
 */
export async function openNodeSearch(dist: string, { uiLang = 'en', base = '/' }: { uiLang?: string; base?: string } = {}) {
  const fetched: FetchedFile[] = [];
  const origin = `http://site-${sites.size + 1}.local`;
  sites.set(new URL(origin).host, { dist, base, fetched });
  globalThis.fetch = fetchFile as typeof fetch;
  const siteFetch = (url: string) => fetchFile(new URL(url, origin));
  const { SiteSearch } = await import(pathToFileURL(join(dist, 'search-client.js')).href);
  const g = globalThis as { document?: unknown };
  const pagefindJs = join(dist, 'pagefind', 'pagefind.js');
  const createInstance = async (lang: string) => {
    // The search page fetches pagefind.js once and makes each language's copy from it.
    if (!fetched.some((f) => f.path === '/pagefind/pagefind.js')) fetched.push({ path: '/pagefind/pagefind.js', bytes: statSync(pagefindJs).size });
    const pagefind = await import(`${pathToFileURL(pagefindJs).href}?lang=${lang}&dist=${encodeURIComponent(dist)}`);
    // Pagefind reads the language from <html lang>: give it one for the moment of creation.
    g.document = { querySelector: () => ({ getAttribute: () => lang }) };
    try {
      return pagefind.createInstance({ basePath: `${origin}${base}pagefind/`, baseUrl: '/' });
    } finally {
      delete g.document;
    }
  };
  const search = (await SiteSearch.open(`${origin}${base}`, createInstance, siteFetch, uiLang, { baseUrl: '/' })) as NodeSearch;
  return Object.assign(search, { fetched });
}

type ResultData = { url: string; excerpt: string; meta: Record<string, string> };
export interface NodeSearch {
  /** Every language of the index, and the one searched first. */
  indexes: { lang: string }[];
  first: string;
  /** What the search has fetched so far. */
  fetched: FetchedFile[];
  filters(): Promise<Record<string, Record<string, number>>>;
  totals(): Promise<Record<string, Record<string, number>>>;
  toolNames(): Promise<unknown>;
  search(query: string | null, options?: { filters?: Record<string, string[]>; sort?: 'relevance' | 'date'; counts?: boolean; languages?: string[]; named?: boolean }): Promise<{
    results: { id: string; lang: string; score: number; data(): Promise<ResultData> }[];
    filters: Record<string, Record<string, number>>;
    noTalk?: string;
  }>;
}

/** What the search page shows for a query: the named page, the talks, the "also" row, or the plain answer. */
export interface Shown {
  list: ResultData[];
  also: ResultData[];
  noTalk?: string;
}

/**
 * The results of a query as the search page lays them out, through the client's own
 * ResultArranger: the first `limit` results, each placed where the page places it.
 */
export async function showResults(dist: string, search: NodeSearch, query: string, limit = 20): Promise<Shown> {
  const { ResultArranger } = await import(pathToFileURL(join(dist, 'search-client.js')).href);
  const response = await search.search(query);
  if (response.noTalk) return { list: [], also: [], noTalk: response.noTalk };
  const arranger = new ResultArranger(query, await search.toolNames());
  const shown: Shown = { list: [], also: [] };
  for (const result of response.results.slice(0, limit)) {
    const data = await result.data();
    const place = arranger.place(result, data);
    if (place === 'first') shown.list.unshift(data);
    else if (place === 'list') shown.list.push(data);
    else if (place === 'also') shown.also.push(data);
  }
  return shown;
}
