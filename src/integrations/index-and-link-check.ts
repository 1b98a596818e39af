import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INDEX_PLAN_ENV, type IndexPlan } from '../search/index-plan.ts';
import { indexedMessage, indexSite } from '../search/index-site.ts';
import { builtFiles, forEachPage } from '../site/built-pages.ts';
import { findBrokenLinks, readPage, type Interned, type PageLinks } from '../site/check-links.ts';
import { normaliseBase } from '../urls.ts';
import { activePageCache } from './page-reuse.ts';
import { finishRenderedPages, receiveRenderedPages } from './rendered-pages.ts';

/**
 * The link check and the search index of `astro build`. Each page's links are read once, as it
 * is rendered (handed over in Astro's order: rendered-pages.ts), or taken from the page cache
 * for a page reused as the last build wrote it; when the site is
 * written, any page not seen that way is read from disk, and every internal link and anchor is
 * checked: the build fails on any that leads nowhere, naming the page and the target.
 *
 * The search index is made from the written site, after the link check. Under `npm run build`
 * it is made once Astro's process has exited (src/cli/build.sh): Pagefind's service triples its
 * memory while it writes, and beside Astro's process that was the peak of the build (10,000
 * talks: 2,832 MB for both, where each alone stays under 1,500). Run bare, `astro build` makes it
 * here, with the same code.
 */
export function indexAndLinkCheck(): AstroIntegration {
  // The site's base path: pages are served under it, and written to dist/ without it.
  let base = '/';
  let pages = new Map<string, PageLinks>();
  let seen: Interned = new Map();
  const take = (file: string, page: string | PageLinks): Promise<void> => {
    pages.set(file, typeof page === 'string' ? readPage(page, seen) : page);
    return Promise.resolve();
  };
  return {
    name: 'confnotes-index-and-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:start': () => {
        pages = new Map();
        seen = new Map();
        receiveRenderedPages(take);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          await finishRenderedPages();
          const dist = fileURLToPath(dir);
          const files = await builtFiles(dist);
          // A page whose pathname names no file (/404/ is written as 404.html) is read from its file.
          for (const file of pages.keys()) if (!files.has(file)) pages.delete(file);
          const unseen = new Set([...files].filter((file) => file.endsWith('.html') && !pages.has(file)));
          await forEachPage(dist, unseen, take);
          const { links, broken } = findBrokenLinks(files, pages, base);
          if (broken.length) {
            const list = broken.slice(0, 50).map((b) => `  ${b.page} -> ${b.href}`).join('\n');
            throw new Error(`${broken.length} broken internal link(s) in the built site:\n${list}${broken.length > 50 ? '\n  …' : ''}`);
          }
          logger.info(`checked ${links} internal links on ${pages.size} pages: none broken`);
          // Kept with the pages: a page reused next build is not read again.
          activePageCache()?.keepLinks(pages);
          const plan = process.env[INDEX_PLAN_ENV];
          if (plan) {
            writeFileSync(plan, JSON.stringify({ dist, base } satisfies IndexPlan));
            return;
          }
          logger.info(indexedMessage(await indexSite(dist, base)));
        } finally {
          pages = new Map();
          seen = new Map();
        }
      },
    },
  };
}
