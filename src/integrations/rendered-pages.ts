/**
 * Hands each page, as Astro renders it, from the middleware (src/middleware.ts) to the build
 * hook (index-and-link-check.ts), so that Pagefind indexes a page while the next ones render, on the
 * core Astro leaves idle, instead of after the whole site is written.
 *
 * The middleware runs from Astro's prerender bundle, which holds its own copy of this module:
 * the two copies meet on a global key, not on module state.
 */
export type PageSink = (pathname: string, html: string) => void;

const KEY = Symbol.for('confnotes.renderedPages');
const slot = globalThis as { [KEY]?: PageSink };

/** While a build runs, where rendered pages go; undefined to stop (and in `astro dev`). */
export function receiveRenderedPages(sink: PageSink | undefined): void {
  slot[KEY] = sink;
}

export function renderedPageSink(): PageSink | undefined {
  return slot[KEY];
}

/** The file a page's pathname is written to (`build.format: 'directory'`). */
export const fileOfPathname = (pathname: string) => (pathname.endsWith('/') ? `${pathname}index.html` : pathname);
