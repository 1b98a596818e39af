import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../parse/load-content.ts';
import { SETTINGS_FILE } from '../settings/site-settings.ts';
import { contentTypeOf } from '../site/content-types.ts';
import { pathUnderBase } from '../urls.ts';
import { onIndexBuilt, onReloadPages } from './dev-content.ts';

/** Files the build writes beside the pages that search needs: served from the last build in dev. */
const SEARCH_FILES = /^\/(?:pagefind\/.+|search-filters\.json)$/;


/**
 * `astro dev` for writers: a change to site.yaml restarts the server (its base and URL are
 * Astro's configuration), open pages reload when the content changes, and search runs on the
 * index of the last `npm run build`, which the search page says it does.
 */
export function devServer(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'confnotes-dev-server',
    hooks: {
      'astro:config:setup': ({ command, addWatchFile }) => {
        if (command === 'dev') addWatchFile(join(contentDir(), SETTINGS_FILE));
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        onReloadPages(() => server.ws.send({ type: 'full-reload' }));
        onIndexBuilt(() => lastIndexBuilt(outDir));
        server.middlewares.use((request, response, next) => {
          const path = pathUnderBase(new URL(request.url ?? '/', 'http://dev.local').pathname, base);
          if (!path || !SEARCH_FILES.test(path)) return next();
          const file = normalize(join(outDir, path));
          if (!file.startsWith(outDir) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('content-type', contentTypeOf(file));
          response.end(readFileSync(file));
        });
      },
    },
  };
}

/** When the last build wrote the search index that `astro dev` serves, or null when none did. */
function lastIndexBuilt(outDir: string): Date | null {
  const entry = join(outDir, 'pagefind', 'pagefind-entry.json');
  return existsSync(entry) ? statSync(entry).mtime : null;
}
