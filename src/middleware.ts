import { defineMiddleware } from 'astro:middleware';
import { renderedPageSink } from './integrations/rendered-pages.ts';
import { withContentSecurityPolicy } from './security/csp.ts';

// During `astro build`, each HTML page gets its Content-Security-Policy (the hashes of its own
// inline scripts) and goes to the build hook as it is rendered (see
// src/integrations/rendered-pages.ts); elsewhere (the dev server, whose Vite injects scripts
// of its own), nothing happens.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = renderedPageSink();
  if (!sink || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = withContentSecurityPolicy(await response.text());
  sink(context.url.pathname, html);
  return new Response(html, response);
});
