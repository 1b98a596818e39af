/**
 * The first search, the heaviest page and the weight of one page on an already built site, in a cold Chromium:
 *   npm run build && node bench/probe-site.ts [dist] [query] [page path]
 * The same probes as `npm run bench`, for the shipped content.
 */
import { resolve } from 'node:path';
import { launchChromium } from '../tests/helpers/browser.ts';
import { probeHeaviestPage, probePage, probeSearchPage } from './browser-probe.ts';
import { distStats } from './dist-stats.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const [dist = 'dist', query = 'kubernetes', path] = process.argv.slice(2);
const server = await serveStatic(resolve(dist));
try {
  const search = await probeSearchPage(launchChromium, server, query);
  console.log(`first search for "${query}" on /search/: ${search.results} results shown, first after ${search.firstResultsMs} ms (box ready after ${search.readyMs} ms)`);
  console.log(`  fetched ${search.rawBytes} bytes (${search.transferredBytes} transferred) in ${search.requests.length} requests`);
  if (search.rawBytesAtFirstResult !== undefined) console.log(`  of which ${search.rawBytesAtFirstResult} bytes asked for before the first result was shown; every language merged in after ${search.completeMs ?? '?'} ms`);
  const heaviest = await probeHeaviestPage(launchChromium, server, resolve(dist), distStats(resolve(dist)).largestPages);
  console.log(`heaviest page ${heaviest.path}: ${heaviest.total} B with what it loads (HTML ${heaviest.html} B, CSS ${heaviest.css} B, JS ${heaviest.js} B, other ${heaviest.other} B)`);
  if (path) {
    const page = await probePage(launchChromium, server, path);
    console.log(`${path}: HTML ${page.html} B, CSS ${page.css} B, JS ${page.js} B (${page.transferred} B transferred)`);
  }
} finally {
  await server.close();
}
