import { defineMiddleware } from 'astro:middleware';
import { contentError } from './integrations/dev-content.ts';
import { renderedPageSink } from './integrations/rendered-pages.ts';

// During `astro build`, each HTML page goes to the build hook as it is rendered (see
// src/integrations/rendered-pages.ts). In `astro dev`, a content error is thrown by every
// page, so Astro's overlay shows it, located, until the files are fixed.
export const onRequest = defineMiddleware(async (context, next) => {
  const error = contentError();
  if (error) throw error;
  const response = await next();
  const sink = renderedPageSink();
  if (sink && response.headers.get('content-type')?.startsWith('text/html')) sink(context.url.pathname, await response.clone().text());
  return response;
});
