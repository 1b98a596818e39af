import { defineMiddleware } from 'astro:middleware';
import { collectReads } from './cache/reads.ts';
import { contentError } from './integrations/dev-content.ts';
import { activePageCache } from './integrations/page-reuse.ts';
import { fileOfPathname, startPage } from './integrations/rendered-pages.ts';
import { withContentSecurityPolicy } from './security/csp.ts';
import { siteData } from './site/data.ts';
import { pathUnderBase, urls } from './urls.ts';

// During `astro build`, each HTML page is the last build's when nothing it was made from
// changed (src/integrations/page-reuse.ts), else rendered with what it reads of the data noted;
// it gets its Content-Security-Policy (the hashes of its own inline scripts) and goes to the
// build hook (see src/integrations/rendered-pages.ts). In `astro dev` (whose Vite injects
// scripts of its own, so no policy), a content error is thrown by every page, so Astro's
// overlay shows it, located, until the files are fixed.
export const onRequest = defineMiddleware(async (context, next) => {
  const error = contentError();
  if (error) throw error;
  const done = startPage();
  if (!done) return next();
  try {
    const { pathname } = context.url;
    const file = fileOfPathname(pathUnderBase(pathname, urls.base) ?? pathname);
    const cache = activePageCache();
    const site = await siteData();
    const reused = await cache?.reuse(file, context.props, site);
    if (reused !== undefined) {
      done({ pathname, html: reused });
      return new Response(reused, { headers: { 'content-type': 'text/html' } });
    }
    const { result, reads } = await collectReads(async () => {
      const response = await next();
      if (!response.headers.get('content-type')?.startsWith('text/html')) return { response };
      return { response, html: withContentSecurityPolicy(await response.text()) };
    });
    if (result.html === undefined) return result.response;
    done({ pathname, html: result.html });
    if (result.response.status === 200) cache?.keep(file, context.props, reads, site);
    return new Response(result.html, result.response);
  } finally {
    done();
  }
});
