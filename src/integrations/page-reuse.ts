import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { cacheFor } from '../cache/cache-dir.ts';
import { codeFingerprint } from '../cache/code-fingerprint.ts';
import { PageCache } from '../cache/page-cache.ts';
import { contentDir } from '../parse/load-content.ts';
import { loadSiteSettings } from '../settings/site-settings.ts';

/**
 * `astro build` reuses the HTML of every page whose inputs did not change since the last
 * successful build (src/cache/page-cache.ts); src/middleware.ts asks the cache before rendering.
 * The middleware runs from Astro's prerender bundle, which holds its own copy of this module:
 * the two meet on a global key, not on module state.
 */
const KEY = Symbol.for('confnotes.pageCache');
const slot = globalThis as { [KEY]?: PageCache };

/** The page cache of the build running now; undefined in `astro dev`. */
export const activePageCache = (): PageCache | undefined => slot[KEY];

export function pageReuse(): AstroIntegration {
  let root = process.cwd();
  let outDir = '';
  let config: { base: string; site?: string; trailingSlash: string; format: string } | undefined;
  return {
    name: 'confnotes-page-reuse',
    hooks: {
      'astro:config:done': ({ config: astro }) => {
        root = fileURLToPath(astro.root);
        outDir = fileURLToPath(astro.outDir);
        config = { base: astro.base, site: astro.site, trailingSlash: astro.trailingSlash, format: astro.build.format };
      },
      'astro:build:start': ({ logger }) => {
        // site.yaml reaches pages through src/config.ts, not through the tracked data: it is part of the fingerprint.
        const fingerprint = codeFingerprint(root, { config, settings: loadSiteSettings(contentDir(root)) });
        const cache = new PageCache(cacheFor('pages', outDir, root), outDir, fingerprint);
        if (cache.stats.cold) logger.info(`rendering every page: ${cache.stats.cold}`);
        slot[KEY] = cache;
      },
      'astro:build:done': ({ logger }) => {
        const cache = slot[KEY];
        slot[KEY] = undefined;
        if (!cache) return;
        const started = performance.now();
        cache.commit();
        const { reused, rendered } = cache.stats;
        logger.info(`reused ${reused} pages from the last build, rendered ${rendered} (cache written in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}
