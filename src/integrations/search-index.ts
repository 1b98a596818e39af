import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/build-index.ts';

/** Builds the Pagefind index as the last step of `astro build`: no separate command to remember. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'confnotes-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, seconds } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${seconds.toFixed(1)} s`);
      },
    },
  };
}
