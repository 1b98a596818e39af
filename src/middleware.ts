import { defineMiddleware } from 'astro:middleware';
import { contentError } from './integrations/dev-content.ts';
import { renderedPageSink } from './integrations/rendered-pages.ts';
import { withContentSecurityPolicy } from './security/csp.ts';

// During `astro build`, each HTML page gets its Content-Security-Policy (the hashes of its own
// inline scripts) and goes to the build hook as it is rendered (see
// src/integrations/rendered-pages.ts). In `astro dev` (whose Vite injects scripts of its own, so
// no policy), a content error is thrown by every page, so Astro's overlay shows it, located,
// until the files are fixed.
export const onRequest = defineMiddleware(async (context, next) => {
  const error = contentError();
  if (error) throw error;
  const response = await next();
  const sink = renderedPageSink();
  if (!sink || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withContentSecurityPolicy(await response.text());
  sink(context.url.pathname, html);
  return new Response(html, response);
});
