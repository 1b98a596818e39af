import { defineMiddleware } from 'astro:middleware';
import { renderedPageSink } from './integrations/rendered-pages.ts';

// During `astro build`, each HTML page goes to the build hook as it is rendered (see
// src/integrations/rendered-pages.ts); elsewhere, nothing happens.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = renderedPageSink();
  if (sink && response.headers.get('content-type')?.startsWith('text/html')) sink(context.url.pathname, await response.clone().text());
  return response;
});
