import { bundleCache } from '../cache/bundle-cache.ts';
import { cacheFor } from '../cache/cache-dir.ts';
import { builtFiles, forEachPage } from '../site/built-pages.ts';
import { urlOfFile } from '../urls.ts';
import { openSearchIndex } from './build-index.ts';
import { inFlight } from './in-flight.ts';

export interface IndexedSite {
  pages: number;
  seconds: number;
  /** The pages found by name, when their bundle was the last build's (build-index.ts). */
  namedReused?: number;
}

/** What the build log says of the step (the bench reads its start: bench/astro-log.ts). */
export const indexedMessage = ({ pages, seconds, namedReused }: IndexedSite) =>
  `indexed ${pages} pages in ${seconds.toFixed(1)} s${namedReused === undefined ? '' : ` (the ${namedReused} pages found by name had not changed: their bundle is the last build's)`}`;

/**
 * Indexes a built site with Pagefind, every page read from dist/ in the order of its path (the
 * index is then the same bytes whatever order the pages were written in), and writes the index
 * into it. Any page Pagefind fails on fails the whole step: a site without a complete index must
 * not ship.
 */
export async function indexSite(dist: string, base: string): Promise<IndexedSite> {
  const started = performance.now();
  const index = await openSearchIndex(bundleCache(cacheFor('search', dist)));
  try {
    const files = await builtFiles(dist);
    const adding = inFlight();
    await forEachPage(dist, files, (file, html) => adding.start(() => index.add(urlOfFile(file, base), html)));
    await adding.done();
    const { pages, namedReused } = await index.write(dist);
    return { pages, namedReused, seconds: (performance.now() - started) / 1000 };
  } finally {
    await index.close();
  }
}
