import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The site's own search client over a built index, in Node: pagefind.js loaded from dist/,
 * its fetches served from the files, and each language's instance created as a browser would.
 */
export async function openNodeSearch(dist: string) {
  const fetchFile = async (url: string | URL) => {
    const path = new URL(String(url), 'http://site.local/').pathname;
    const body = await readFile(join(dist, decodeURIComponent(path)));
    return new Response(body, { headers: { 'content-type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
  };
  globalThis.fetch = fetchFile as typeof fetch;
  const { SiteSearch } = await import(pathToFileURL(join(dist, 'search-client.js')).href);
  const g = globalThis as { document?: unknown };
  const createInstance = async (lang: string) => {
    const pagefind = await import(`${pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href}?lang=${lang}`);
    // Pagefind reads the language from <html lang>: give it one for the moment of creation.
    g.document = { querySelector: () => ({ getAttribute: () => lang }) };
    try {
      return pagefind.createInstance({ basePath: '/pagefind/', baseUrl: '/' });
    } finally {
      delete g.document;
    }
  };
  return SiteSearch.open('/pagefind/', createInstance, fetchFile) as Promise<NodeSearch>;
}

type ResultData = { url: string; excerpt: string; meta: Record<string, string> };
export interface NodeSearch {
  filters(): Promise<Record<string, Record<string, number>>>;
  totals(): Promise<Record<string, Record<string, number>>>;
  toolNames(): Promise<unknown>;
  search(query: string | null, options?: { filters?: Record<string, string[]>; sort?: 'relevance' | 'date' }): Promise<{
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
