import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pathUnderBase } from '../../src/urls.ts';

/**
 * The site's own search client over a built index, in Node: pagefind.js loaded from dist/,
 * its fetches served from the files, and each language's instance created as a browser would.
 */
export async function openNodeSearch(dist: string, base = '/') {
  const fetchFile = async (url: string | URL) => {
    const path = pathUnderBase(new URL(String(url), 'http://site.local/').pathname, base);
    if (path === undefined) throw new Error(`the search fetched ${String(url)}, outside the site's base ${base}`);
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
      return pagefind.createInstance({ basePath: `${base}pagefind/`, baseUrl: '/' });
    } finally {
      delete g.document;
    }
  };
  return SiteSearch.open(base, createInstance, fetchFile) as Promise<{
    filters(): Promise<Record<string, Record<string, number>>>;
    totals(): Promise<Record<string, Record<string, number>>>;
    search(query: string | null, options?: { filters?: Record<string, string[]>; sort?: 'relevance' | 'date' }): Promise<{
      results: { id: string; lang: string; score: number; data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }[];
      filters: Record<string, Record<string, number>>;
    }>;
  }>;
}
