import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { filterCounter, pageFilters } from './filter-counts.ts';
import { prepareForIndex } from './prepare-html.ts';

/** A Pagefind index being filled, page by page, then written into the site. */
export interface SearchIndex {
  /** Indexes a page, found at `url` (under the site's base), if it asks to be (data-pagefind-body); true when it was. */
  add(url: string, html: string): Promise<boolean>;
  /** Writes the index into <dist>/pagefind, and the count of each filter value into <dist>/search-filters.json. */
  write(dist: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A Pagefind index through Pagefind's Node API. Any error Pagefind reports throws: a site
 * without a complete index must not ship.
 */
export async function openSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const filters = filterCounter();
  return {
    async add(url, html) {
      // Pages outside the index (lists, recaps) would only be parsed to be dropped.
      if (!html.includes('data-pagefind-body')) return false;
      // Read now: the page's HTML is not held while Pagefind works through the pages before it.
      const pairs = pageFilters(html);
      const result = await index.addHTMLFile({ url, content: prepareForIndex(html) });
      if (result.errors.length) throw new Error(`Pagefind failed on ${url}: ${result.errors.join('; ')}`);
      if (result.file) filters.add(pairs);
      return Boolean(result.file);
    },
    async write(dist) {
      const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      await writeFile(join(dist, 'search-filters.json'), JSON.stringify(filters.counts()));
    },
    close: () => pagefind.close().then(() => undefined),
  };
}
