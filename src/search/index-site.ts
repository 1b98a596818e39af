import { builtFiles, forEachPage } from '../site/built-pages.ts';
import { urlOfFile } from '../urls.ts';
import { openSearchIndex } from './build-index.ts';

// Pages handed to Pagefind and not yet taken: enough to keep its service busy, few enough to hold little.
const IN_FLIGHT = 16;

export interface IndexedSite {
  pages: number;
  seconds: number;
}

/** What the build log says of the step (the bench reads it: bench/astro-log.ts). */
export const indexedMessage = ({ pages, seconds }: IndexedSite) => `indexed ${pages} pages in ${seconds.toFixed(1)} s`;

/**
 * Indexes a built site with Pagefind, every page read from dist/ in the order of its path (the
 * index is then the same bytes whatever order the pages were written in), and writes the index
 * into it. Any page Pagefind fails on fails the whole step: a site without a complete index must
 * not ship.
 */
export async function indexSite(dist: string, base: string): Promise<IndexedSite> {
  const started = performance.now();
  const index = await openSearchIndex();
  try {
    const files = await builtFiles(dist);
    let pages = 0;
    let failure: unknown;
    const adding = new Set<Promise<void>>();
    await forEachPage(dist, files, async (file, html) => {
      // Added in path order (Pagefind's files depend on it), a few at a time.
      const added = index
        .add(urlOfFile(file, base), html)
        .then((indexed) => void (indexed && pages++))
        .catch((error: unknown) => void (failure ??= error))
        .finally(() => adding.delete(added));
      adding.add(added);
      if (adding.size >= IN_FLIGHT) await Promise.race(adding);
    });
    await Promise.all(adding);
    if (failure) throw failure;
    await index.write(dist);
    return { pages, seconds: (performance.now() - started) / 1000 };
  } finally {
    await index.close();
  }
}
