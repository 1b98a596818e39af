/**
 * What a reader's browser pays, measured in a real Chromium started afresh for each probe
 * (empty cache): the bytes and the time of a first search, and the bytes of one talk page by kind.
 * Bytes come from the browser's responses (page.on('response')): the decoded body ("raw"); the
 * body as transferred ("transferred", gzipped where the server compressed) comes from the
 * server's log, since Chromium reports 0 for some responses (a worker's script).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Response } from 'playwright-core';
import type { ServedFile } from '../tests/helpers/static-server.ts';

/** The site under test: its address, and the server's log of what it sent since the last call. */
export interface Site {
  url: string;
  takeLog(): ServedFile[];
}

export type Launch = () => Promise<Browser>;

export interface Fetched {
  url: string;
  type: string;
  raw: number;
  transferred: number;
  /** When the request was sent (ms since the epoch). */
  sentAt: number;
}

export interface SearchProbe {
  /** "search-page": the site's /search/ page, typed into; "pagefind-api": pagefind.js loaded by a bare page. */
  mode: 'search-page' | 'pagefind-api';
  query: string;
  /**
   * From the query being issued to the first result shown (search page: from typing it, so any
   * debounce of the page counts) or to the first result's data loaded (Pagefind API).
   */
  firstResultsMs: number;
  /** Search page: from navigation to the search box being shown and usable. */
  readyMs?: number;
  results: number;
  firstResult: string | null;
  rawBytes: number;
  transferredBytes: number;
  /**
   * Search page: bytes (raw) of the requests sent before the first result was added to the
   * page, and the ms from typing until the search said it was complete (aria-busy="false" on
   * the results: every language merged in), when the page says so.
   */
  rawBytesAtFirstResult?: number;
  completeMs?: number;
  requests: Fetched[];
  /** Why the search page could not be used, when the probe fell back to the Pagefind API. */
  note?: string;
}

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  transferred: number;
  /** Scripts the page loads (the goal: nothing beyond the search entry). */
  scripts: string[];
}

/**
 * Served by the bench's static server, outside the site: loads Pagefind the way a search box
 * would. Pagefind searches the index of the page's language, so `lang` is the site's.
 */
export const QUERY_PAGE_PATH = '/__bench__/query.html';
export const queryPage = (lang: string) => `<!doctype html>
<html lang="${lang.replace(/[^a-zA-Z-]/g, '')}"><head><meta charset="utf-8"><title>bench query</title></head>
<body><script type="module">
window.benchQuery = async (term) => {
  const started = performance.now();
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(term);
  const first = search.results.length ? await search.results[0].data() : null;
  return { ms: performance.now() - started, results: search.results.length, first: first ? first.url : null };
};
</script></body></html>`;

// Where a search page may put its box and its results: Confnotes' page, Pagefind's default UI,
// its component UI. Not any search input: the header's box only sends the query to /search/.
const SEARCH_INPUT = '[data-search-input], main input[type="search"], pagefind-input input, .pagefind-ui__search-input';
const SEARCH_RESULT = '.pagefind-ui__result-link, pagefind-results a, [data-search-results] a, [class*="result"] a[href], [id*="result"] a[href]';

const TYPE_GROUP: Record<string, keyof Pick<PageWeight, 'html' | 'css' | 'js'>> = { document: 'html', stylesheet: 'css', script: 'js' };

/** Records every response of a page (and of the workers it starts) until stopped. */
function recordResponses(page: Page, site: Site): { stop(): Promise<Fetched[]> } {
  site.takeLog();
  const pending: Promise<Fetched | undefined>[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300 && response.status() < 400) return undefined;
        // blob: and data: URLs (a worker started from a script already fetched) cost no bytes.
        if (!/^https?:/.test(response.url())) return undefined;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const sentAt = response.request().timing().startTime;
        return { url: new URL(response.url()).pathname, type: response.request().resourceType(), raw: body.length, transferred: 0, sentAt };
      })(),
    );
  };
  page.on('response', onResponse);
  return {
    async stop() {
      page.off('response', onResponse);
      const fetched = (await Promise.all(pending)).filter((f): f is Fetched => f !== undefined);
      const served = site.takeLog();
      for (const f of fetched) {
        const i = served.findIndex((s) => s.path === f.url);
        if (i >= 0) f.transferred = served.splice(i, 1)[0].sent;
      }
      return fetched;
    },
  };
}

const sum = (list: Fetched[], key: 'raw' | 'transferred') => list.reduce((total, f) => total + f[key], 0);

async function searchWithApi(page: Page, site: Site, query: string, note?: string): Promise<SearchProbe> {
  await page.goto(`${site.url}${QUERY_PAGE_PATH}`, { waitUntil: 'load' });
  const recorder = recordResponses(page, site);
  const result = await page.evaluate((term) => (window as unknown as { benchQuery(t: string): Promise<{ ms: number; results: number; first: string | null }> }).benchQuery(term), query);
  const requests = await recorder.stop();
  return { mode: 'pagefind-api', query, firstResultsMs: result.ms, results: result.results, firstResult: result.first, rawBytes: sum(requests, 'raw'), transferredBytes: sum(requests, 'transferred'), requests, note };
}

async function searchWithPage(page: Page, site: Site, query: string): Promise<SearchProbe | string> {
  // The moment the first result is added and the moment the results stop being busy, seen
  // from the page itself (a test looking from outside sees them late).
  await page.addInitScript((selector) => {
    const w = window as unknown as { firstResultAt?: number; completeAt?: number };
    new MutationObserver(() => {
      const now = performance.timeOrigin + performance.now();
      if (w.firstResultAt === undefined && document.querySelector(selector)) w.firstResultAt = now;
      if (w.completeAt === undefined && document.querySelector('[aria-busy="false"]')) w.completeAt = now;
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  }, SEARCH_RESULT);
  const recorder = recordResponses(page, site);
  const navigated = Date.now();
  await page.goto(`${site.url}/search/`, { waitUntil: 'load' });
  const input = page.locator(SEARCH_INPUT).first();
  try {
    // A page may show its box only once its script is ready.
    await input.waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    await recorder.stop();
    return `no usable search box on /search/ within 15 s (looked for ${SEARCH_INPUT})`;
  }
  const readyMs = Date.now() - navigated;
  const before = await page.locator(SEARCH_RESULT).count();
  const started = Date.now();
  const typedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
  await input.fill(query);
  try {
    await page.locator(SEARCH_RESULT).nth(before).waitFor({ state: 'visible', timeout: 15_000 });
  } catch {
    await recorder.stop();
    return `no result appeared on /search/ within 15 s (looked for ${SEARCH_RESULT})`;
  }
  const firstResultsMs = Date.now() - started;
  const results = (await page.locator(SEARCH_RESULT).count()) - before;
  const firstResult = await page.locator(SEARCH_RESULT).nth(before).getAttribute('href');
  // Let the fetches the first results started finish, so their bytes are counted.
  await page.locator('[aria-busy="false"]').first().waitFor({ state: 'attached', timeout: 15_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  const requests = await recorder.stop();
  const { firstResultAt, completeAt } = await page.evaluate(() => {
    const w = window as unknown as { firstResultAt?: number; completeAt?: number };
    return { firstResultAt: w.firstResultAt, completeAt: w.completeAt };
  });
  const rawBytesAtFirstResult = firstResultAt === undefined ? undefined : sum(requests.filter((r) => r.sentAt <= firstResultAt), 'raw');
  const completeMs = completeAt === undefined ? undefined : Math.round(completeAt - typedAt);
  return { mode: 'search-page', query, firstResultsMs, readyMs, results, firstResult, rawBytes: sum(requests, 'raw'), transferredBytes: sum(requests, 'transferred'), rawBytesAtFirstResult, completeMs, requests };
}

/**
 * The first search on a cold page through the site's /search/ page: everything the page loads
 * counts. Falls back to the Pagefind API (with a note why) when the page cannot be driven.
 */
export async function probeSearchPage(launch: Launch, site: Site, query: string): Promise<SearchProbe> {
  const found = await withPage(launch, (page) => searchWithPage(page, site, query));
  if (typeof found !== 'string') return found;
  return withPage(launch, (page) => searchWithApi(page, site, query, found));
}

/** The first search on a cold page through pagefind.js imported by a bare page: only Pagefind's files count. */
export function probePagefindApi(launch: Launch, site: Site, query: string): Promise<SearchProbe> {
  return withPage(launch, (page) => searchWithApi(page, site, query));
}

/**
 * A page in a browser of its own: a cold cache every time. (A second context in the same
 * browser would do, but the packaged Chromium runs --single-process and dies with its first context.)
 */
async function withPage<T>(launch: Launch, use: (page: Page) => Promise<T>): Promise<T> {
  const browser = await launch();
  try {
    return await use(await browser.newPage());
  } finally {
    await browser.close();
  }
}

/** Bytes of one page and of what it loads, by kind, on a cold context. */
export async function probePage(launch: Launch, site: Site, path: string): Promise<PageWeight> {
  return withPage(launch, async (page) => {
    const recorder = recordResponses(page, site);
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const requests = await recorder.stop();
    const weight: PageWeight = { path, html: 0, css: 0, js: 0, other: 0, total: 0, transferred: 0, scripts: [] };
    for (const fetched of requests) {
      weight[TYPE_GROUP[fetched.type] ?? 'other'] += fetched.raw;
      weight.total += fetched.raw;
      weight.transferred += fetched.transferred;
      if (fetched.type === 'script') weight.scripts.push(fetched.url);
    }
    return weight;
  });
}

/**
 * The heaviest page, HTML plus what it fetches on load: the largest HTML pages given, and the
 * pages that fetch on load (the home page; the search page, which opens its index), each
 * weighed in a cold browser.
 */
export async function probeHeaviestPage(launch: Launch, site: Site, dist: string, largestPages: readonly string[]): Promise<PageWeight> {
  const candidates = [...new Set([...largestPages, '/', '/search/'])].filter((path) => existsSync(join(dist, path, 'index.html')));
  let heaviest: PageWeight | undefined;
  for (const path of candidates) {
    const weight = await probePage(launch, site, path);
    if (!heaviest || weight.total > heaviest.total) heaviest = weight;
  }
  if (!heaviest) throw new Error(`no page to weigh in ${dist}`);
  return heaviest;
}
