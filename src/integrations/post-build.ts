import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { openSearchIndex } from '../search/build-index.ts';
import { builtFiles, forEachPage } from '../site/built-pages.ts';
import { findBrokenLinks, readPage, type PageLinks } from '../site/check-links.ts';

/**
 * The last step of `astro build`, over the pages as written: every internal link and anchor
 * is checked (the build fails on any that leads nowhere, naming the page and the target), and
 * the Pagefind index is built. Each page is read once; links are read while Pagefind indexes.
 */
export function postBuild(): AstroIntegration {
  return {
    name: 'confnotes-post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = performance.now();
        const files = await builtFiles(dist);
        const pages = new Map<string, PageLinks>();
        const index = await openSearchIndex();
        try {
          let indexed = 0;
          await forEachPage(dist, files, async (path, html) => {
            pages.set(path, readPage(html));
            if (await index.add(path, html)) indexed++;
          });
          const { links, broken } = findBrokenLinks(files, pages);
          if (broken.length) {
            const list = broken.slice(0, 50).map((b) => `  ${b.page} -> ${b.href}`).join('\n');
            throw new Error(`${broken.length} broken internal link(s) in the built site:\n${list}${broken.length > 50 ? '\n  …' : ''}`);
          }
          logger.info(`checked ${links} internal links on ${pages.size} pages: none broken`);
          await index.write(dist);
          logger.info(`indexed ${indexed} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await index.close();
        }
      },
    },
  };
}
