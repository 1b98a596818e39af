import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { filterCounter, pageFilters } from './filter-counts.ts';
import { NAMED_BUNDLE_FOLDER, NAMED_PAGE_ATTRIBUTE } from './named-bundle.ts';
import { prepareForIndex } from './prepare-html.ts';

/** A Pagefind index being filled, page by page, then written into the site. */
export interface SearchIndex {
  /** Indexes a page, found at `url` (under the site's base), if it asks to be (data-pagefind-body); true when it was. */
  add(url: string, html: string): Promise<boolean>;
  /**
   * Writes the index into <dist>/pagefind (the pages found by name into its named/ folder: see
   * named-bundle.ts), and the count of each filter value of both into <dist>/search-filters.json.
   */
  write(dist: string): Promise<void>;
  close(): Promise<void>;
}

/** SearchMeta's mark on a page found by name (in its hidden element, which page text cannot forge). */
const NAMED_PAGE = new RegExp(`<div hidden ${NAMED_PAGE_ATTRIBUTE}[ >]`);

async function createIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/**
 * A Pagefind index through Pagefind's Node API. Any error Pagefind reports throws: a site
 * without a complete index must not ship.
 */
export async function openSearchIndex(): Promise<SearchIndex> {
  const index = await createIndex();
  const named = await createIndex();
  const filters = filterCounter();
  return {
    async add(url, html) {
      // Pages outside the index (lists, recaps) would only be parsed to be dropped.
      if (!html.includes('data-pagefind-body')) return false;
      // Read now: the page's HTML is not held while Pagefind works through the pages before it.
      const pairs = pageFilters(html);
      const into = NAMED_PAGE.test(html) ? named : index;
      const result = await into.addHTMLFile({ url, content: prepareForIndex(html) });
      if (result.errors.length) throw new Error(`Pagefind failed on ${url}: ${result.errors.join('; ')}`);
      if (result.file) filters.add(pairs);
      return Boolean(result.file);
    },
    async write(dist) {
      // The main bundle first: the named one is written inside its folder. Each is dropped from
      // Pagefind's service once written: writing holds about three times an index's memory, and
      // the second write then reuses the first's instead of adding to it (the peak of the build).
      for (const [bundle, outputPath] of [[index, join(dist, 'pagefind')], [named, join(dist, 'pagefind', NAMED_BUNDLE_FOLDER)]] as const) {
        const written = await bundle.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`Pagefind could not write the index ${outputPath}: ${written.errors.join('; ')}`);
        await bundle.deleteIndex();
      }
      await writeFile(join(dist, 'search-filters.json'), JSON.stringify(filters.counts()));
    },
    close: () => pagefind.close().then(() => undefined),
  };
}
