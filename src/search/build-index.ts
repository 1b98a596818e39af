import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BundleCache } from '../cache/bundle-cache.ts';
import { codeDigest } from '../cache/code-fingerprint.ts';
import { filterCounter, pageFilters } from './filter-counts.ts';
import { NAMED_BUNDLE_FOLDER, NAMED_PAGE_ATTRIBUTE } from './named-bundle.ts';
import { inFlight } from './in-flight.ts';
import { prepareForIndex } from './prepare-html.ts';

/** A Pagefind index being filled, page by page, then written into the site. */
export interface SearchIndex {
  /** Indexes a page, found at `url` (under the site's base), if it asks to be (data-pagefind-body). */
  add(url: string, html: string): Promise<void>;
  /**
   * Writes the index into <dist>/pagefind (the pages found by name into its named/ folder: see
   * named-bundle.ts), and the count of each filter value of both into <dist>/search-filters.json.
   */
  write(dist: string): Promise<WrittenIndex>;
  close(): Promise<void>;
}

export interface WrittenIndex {
  /** The pages in the index. */
  pages: number;
  /** The pages found by name, when their bundle was the last build's, none of them having changed. */
  namedReused?: number;
}

/** SearchMeta's mark on a page found by name (in its hidden element, which page text cannot forge). */
const NAMED_PAGE = new RegExp(`<div hidden ${NAMED_PAGE_ATTRIBUTE}[ >]`);

async function createIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Adds a page to a Pagefind index; whether Pagefind indexed it. */
async function addPage(index: pagefind.PagefindIndex, url: string, content: string): Promise<boolean> {
  const result = await index.addHTMLFile({ url, content });
  if (result.errors.length) throw new Error(`Pagefind failed on ${url}: ${result.errors.join('; ')}`);
  return Boolean(result.file);
}

/** Adds pages to a Pagefind index, a few at a time and in their order; the number it indexed. */
async function addAll<Page extends { url: string; content: string }>(index: pagefind.PagefindIndex, pages: Iterable<Page>, indexed: (page: Page) => void): Promise<number> {
  let count = 0;
  const adding = inFlight();
  for (const page of pages) {
    await adding.start(async () => {
      if (!(await addPage(index, page.url, page.content))) return;
      count++;
      indexed(page);
    });
  }
  await adding.done();
  return count;
}

/** Writes a Pagefind index into `outputPath`, then drops it from Pagefind's service. */
async function writeBundle(index: pagefind.PagefindIndex, outputPath: string): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write the index ${outputPath}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

/**
 * A Pagefind index through Pagefind's Node API. Any error Pagefind reports throws: a site
 * without a complete index must not ship.
 *
 * The talks and editions go to Pagefind as they come. The pages found by name are held (a few
 * kilobytes each once prepared) and indexed once the talks' index is written, so that Pagefind
 * never holds the two at once; and when `named` holds the bundle they made in the last build
 * (the same pages, prepared the same, under the same code), its files are taken instead. A
 * one-sentence edit changes no speaker's, tool's or project's page.
 */
export async function openSearchIndex(named?: BundleCache, root = process.cwd()): Promise<SearchIndex> {
  const index = await createIndex();
  const filters = filterCounter();
  const held: { url: string; content: string; pairs: [string, string][] }[] = [];
  const namedInputs = createHash('sha256').update(codeDigest(root));
  let pages = 0;
  return {
    async add(url, html) {
      // Pages outside the index (lists, recaps) would only be parsed to be dropped.
      if (!html.includes('data-pagefind-body')) return;
      // Read now: the page's HTML is not held while Pagefind works through the pages before it.
      const pairs = pageFilters(html);
      const content = prepareForIndex(html);
      if (NAMED_PAGE.test(html)) {
        held.push({ url, content, pairs });
        namedInputs.update(url).update('\0').update(content).update('\0');
        return;
      }
      if (await addPage(index, url, content)) {
        pages++;
        filters.add(pairs);
      }
    },
    async write(dist) {
      await writeBundle(index, join(dist, 'pagefind'));
      const namedPath = join(dist, 'pagefind', NAMED_BUNDLE_FOLDER);
      const digest = namedInputs.digest('base64url');
      let namedReused: number | undefined;
      if (named?.restore(digest, namedPath)) {
        // Kept only with every page held in it (below).
        for (const { pairs } of held) filters.add(pairs);
        pages += namedReused = held.length;
      } else {
        const bundle = await createIndex();
        const indexed = await addAll(bundle, held, ({ pairs }) => filters.add(pairs));
        await writeBundle(bundle, namedPath);
        if (named && indexed === held.length) named.keep(digest, namedPath);
        pages += indexed;
      }
      await writeFile(join(dist, 'search-filters.json'), JSON.stringify(filters.counts()));
      return { pages, namedReused };
    },
    close: () => pagefind.close().then(() => undefined),
  };
}
