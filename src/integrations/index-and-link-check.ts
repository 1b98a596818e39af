import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { openSearchIndex, type SearchIndex } from '../search/build-index.ts';
import { builtFiles, forEachPage } from '../site/built-pages.ts';
import { findBrokenLinks, readPage, type Interned, type PageLinks } from '../site/check-links.ts';
import { normaliseBase } from '../urls.ts';
import { finishRenderedPages, receiveRenderedPages } from './rendered-pages.ts';

/**
 * The search index and the link check of `astro build`. Each page is read once, as it is
 * rendered or reused (handed over in Astro's order: rendered-pages.ts): its links are noted and
 * Pagefind indexes it while the next pages render. When the site is written, any page not seen that way is read
 * from disk, every internal link and anchor is checked (the build fails on any that leads
 * nowhere, naming the page and the target) and the index is written.
 */
export function indexAndLinkCheck(): AstroIntegration {
  let index: SearchIndex | undefined;
  // The site's base path: pages are served under it, and written to dist/ without it.
  let base = '/';
  let pages = new Map<string, PageLinks>();
  let seen: Interned = new Map();
  // Whether each page went into the index; a rejection is kept, and thrown when the build is done.
  let indexing = new Map<string, Promise<boolean | Error>>();
  const reset = () => {
    pages = new Map();
    seen = new Map();
    indexing = new Map();
  };
  // Settles once Pagefind has the page: pages read from disk wait on it, so that only
  // forEachPage's few pages at a time are held, not the whole site queued to Pagefind at once.
  const take = (file: string, html: string): Promise<void> => {
    pages.set(file, readPage(html, seen));
    const indexed = index!.add(`${base}${file.slice(1).replace(/(^|\/)index\.html$/, '$1')}`, html).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    indexing.set(file, indexed);
    return indexed.then(() => undefined);
  };
  return {
    name: 'confnotes-index-and-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:start': async () => {
        index = await openSearchIndex();
        reset();
        receiveRenderedPages(take);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await finishRenderedPages();
        const dist = fileURLToPath(dir);
        const started = performance.now();
        try {
          const files = await builtFiles(dist);
          // A page whose pathname names no file (/404/ is written as 404.html) is read from its file.
          for (const file of pages.keys()) {
            if (files.has(file)) continue;
            if ((await indexing.get(file)) === true) throw new Error(`Pagefind indexed ${file}, which the build did not write`);
            pages.delete(file);
            indexing.delete(file);
          }
          const unseen = new Set([...files].filter((file) => file.endsWith('.html') && !pages.has(file)));
          await forEachPage(dist, unseen, take);
          const results = await Promise.all(indexing.values());
          const failed = results.filter((result) => result instanceof Error);
          if (failed.length) throw new Error(failed.map((error) => error.message).join('\n'));
          // Pagefind writes the index while the links are checked here: a build with a broken
          // link still fails, its dist/ holding an index (10,000 talks: 3 s of the rebuild).
          const [{ links, broken }] = await Promise.all([Promise.resolve().then(() => findBrokenLinks(files, pages, base)), index!.write(dist)]);
          if (broken.length) {
            const list = broken.slice(0, 50).map((b) => `  ${b.page} -> ${b.href}`).join('\n');
            throw new Error(`${broken.length} broken internal link(s) in the built site:\n${list}${broken.length > 50 ? '\n  …' : ''}`);
          }
          logger.info(`checked ${links} internal links on ${pages.size} pages: none broken`);
          const indexed = results.filter((result) => result === true).length;
          logger.info(`indexed ${indexed} pages in ${((performance.now() - started) / 1000).toFixed(1)} s after the last page rendered (${unseen.size} read from disk)`);
        } finally {
          await index?.close();
          reset();
        }
      },
    },
  };
}
