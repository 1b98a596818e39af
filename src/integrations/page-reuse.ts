import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import { cacheFor } from '../cache/cache-dir.ts';
import { codeFingerprint } from '../cache/code-fingerprint.ts';
import { PageCache } from '../cache/page-cache.ts';
import { propsKey } from '../cache/props-key.ts';
import { sharedSite } from '../cache/shared-site.ts';
import { contentDir } from '../parse/load-content.ts';
import { loadSiteSettings } from '../settings/site-settings.ts';
import type { PageLinks } from '../site/check-links.ts';
import { normaliseBase } from '../urls.ts';
import { fileOfPathname, planPages, type PlannedPath } from './rendered-pages.ts';

/**
 * `astro build` reuses the HTML of every page whose inputs did not change since the last
 * successful build (src/cache/page-cache.ts). Astro's list of paths is filtered before it
 * renders anything: a page reused is moved into the output as the last build wrote it, in its
 * turn among the pages handed to the search index (rendered-pages.ts), and Astro never sees it
 * (a 21,717-page rebuild spent 26 s taking cached pages through Astro's render loop).
 * src/middleware.ts records what each rendered page reads.
 *
 * The middleware runs from Astro's prerender bundle, which holds its own copy of this module:
 * the two meet on a global key, not on module state.
 */
const KEY = Symbol.for('confnotes.pageCache');
const slot = globalThis as { [KEY]?: PageCache };

/** The page cache of the build running now; undefined in `astro dev`. */
export const activePageCache = (): PageCache | undefined => slot[KEY];

/**
 * The URLs of the pages reused by the build running now, for @astrojs/sitemap's `customPages`,
 * which it reads when the build is done: Astro lists only the pages it rendered.
 */
export const reusedPageUrls: string[] = [];

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
      'astro:build:start': ({ logger, setPrerenderer }) => {
        // site.yaml reaches pages through src/config.ts, not through the tracked data: it is part of the fingerprint.
        const fingerprint = codeFingerprint(root, { config, settings: loadSiteSettings(contentDir(root)) });
        const cache = new PageCache(cacheFor('pages', outDir, root), outDir, fingerprint);
        if (cache.stats.cold) logger.info(`rendering every page: ${cache.stats.cold}`);
        slot[KEY] = cache;
        reusedPageUrls.length = 0;
        const pageUrl = (path: string) => (config?.site ? new URL(`${normaliseBase(config.base)}${path.slice(1)}`, config.site).href : undefined);
        setPrerenderer((astro) => reusingPrerenderer(astro, cache, pageUrl, (route) => logger.warn(`${route} is rendered every build: its getStaticPaths gives no cacheKey (see src/cache/props-key.ts)`)));
      },
      // After the link check's hook (astro.config.mjs), which has moved every reused page out of the
      // last build's output: the cache lets go of it here.
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

/** A reused page moved into the output: its links as the link check read them last build, else its HTML. */
function restore(cache: PageCache, file: string): string | PageLinks {
  const links = cache.linksOf(file);
  if (!links) return cache.restore(file);
  cache.move(file);
  return links;
}

/**
 * Astro's own prerenderer, which renders only the paths whose page the cache cannot reuse. Every
 * path, in Astro's order, goes to the pages handed to the search index.
 */
function reusingPrerenderer(astro: AstroPrerenderer, cache: PageCache, pageUrl: (path: string) => string | undefined, unkeyed: (route: string) => void): AstroPrerenderer {
  return {
    ...astro,
    name: 'confnotes-page-reuse',
    async getStaticPaths() {
      const paths = await astro.getStaticPaths();
      // Loaded by the pages' getStaticPaths: the data each reused page's reads are checked against.
      const site = sharedSite();
      const plan: PlannedPath[] = [];
      const warned = new Set<string>();
      const rendered = paths.filter(({ pathname, route, cacheKey }) => {
        const page = route.type === 'page';
        // A page's path as it is requested (build.format 'directory'), and the file it is written to.
        const path = page ? pathname.replace(/\/?$/, '/') : pathname;
        const file = fileOfPathname(path);
        // A dynamic route whose paths carry no props key is rendered every time (src/cache/props-key.ts).
        const key = cacheKey ?? (route.params.length === 0 ? propsKey() : undefined);
        if (page && key === undefined && !warned.has(route.route)) {
          warned.add(route.route);
          unkeyed(route.route);
        }
        const reused = page && site !== undefined && key !== undefined && cache.reuse(file, key, site);
        plan.push({ file, reused: reused ? () => restore(cache, file) : undefined });
        const url = reused ? pageUrl(path) : undefined;
        if (url) reusedPageUrls.push(url);
        return !reused;
      });
      planPages(plan);
      return rendered;
    },
  };
}
