/**
 * Hands each page, as Astro renders it, from the middleware (src/middleware.ts) to the build
 * hook (index-and-link-check.ts), so that Pagefind indexes a page while the next ones render, on the
 * core Astro leaves idle, instead of after the whole site is written.
 *
 * Pages arrive in the order Astro started them, not the order they finished: Pagefind's files
 * depend on the order it is given pages, and a page reused from the last build finishes sooner
 * than one rendered, so only this order makes a rebuild the same bytes as a clean build.
 *
 * The middleware runs from Astro's prerender bundle, which holds its own copy of this module:
 * the two copies meet on a global key, not on module state.
 */
export type PageSink = (pathname: string, html: string) => void;

/** Called once a started page is done: with its HTML, or with nothing (not a page, or it failed). */
export type PageDone = (page?: { pathname: string; html: string }) => void;

interface Receiver {
  sink: PageSink;
  started: number;
  delivered: number;
  finished: Map<number, { pathname: string; html: string } | undefined>;
}

const KEY = Symbol.for('confnotes.renderedPages');
const slot = globalThis as { [KEY]?: Receiver };

/** While a build runs, where rendered pages go; undefined to stop (and in `astro dev`). */
export function receiveRenderedPages(sink: PageSink | undefined): void {
  slot[KEY] = sink && { sink, started: 0, delivered: 0, finished: new Map() };
}

/** Takes the next place in the order for a page Astro starts rendering; undefined when no build receives pages. */
export function startPage(): PageDone | undefined {
  const receiver = slot[KEY];
  if (!receiver) return undefined;
  const ticket = receiver.started++;
  let called = false;
  return (page) => {
    if (called) return;
    called = true;
    receiver.finished.set(ticket, page);
    while (receiver.finished.has(receiver.delivered)) {
      const next = receiver.finished.get(receiver.delivered);
      receiver.finished.delete(receiver.delivered++);
      if (next) receiver.sink(next.pathname, next.html);
    }
  };
}

/** The file a page's pathname is written to (`build.format: 'directory'`). */
export const fileOfPathname = (pathname: string) => (pathname.endsWith('/') ? `${pathname}index.html` : pathname);
