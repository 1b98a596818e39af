import { defineMiddleware } from 'astro:middleware';
import { collectReads } from './cache/reads.ts';
import { contentError } from './integrations/dev-content.ts';
import { activePageCache } from './integrations/page-reuse.ts';
import { fileOfPathname, startPage } from './integrations/rendered-pages.ts';
import { withContentSecurityPolicy } from './security/csp.ts';
import { siteData } from './site/data.ts';
import { pathUnderBase, urls } from './urls.ts';

// During `astro build`, each HTML page Astro renders (the others are the last build's: see
// src/integrations/page-reuse.ts) is rendered with what it reads of the data noted; it gets its
// Content-Security-Policy (the hashes of its own inline scripts) and goes to the
// build hook (see src/integrations/rendered-pages.ts). In `astro dev` (whose Vite injects
// scripts of its own, so no policy), a content error is thrown by every page, so Astro's
// overlay shows it, located, until the files are fixed.
export const onRequest = defineMiddleware(async (context, next) => {
  const error = contentError();
  if (error) throw error;
  const file = fileOfPathname(pathUnderBase(context.url.pathname, urls.base) ?? context.url.pathname);
  const done = startPage(file);
  if (!done) return next();
  try {
    const cache = activePageCache();
    const site = await siteData();
    const { result, reads } = await collectReads(async () => {
      const response = await next();
      if (!response.headers.get('content-type')?.startsWith('text/html')) return { response };
      return { response, html: withContentSecurityPolicy(await response.text()) };
    });
    if (result.html === undefined) return result.response;
    done(result.html);
    if (result.response.status === 200) cache?.keep(file, reads, site);
    return new Response(result.html, result.response);
  } finally {
    done();
  }
});
