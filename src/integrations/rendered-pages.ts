import { inFlight } from '../search/in-flight.ts';
import type { PageLinks } from '../site/check-links.ts';

/**
 * Hands every page of a build, in the order of Astro's list of paths, to the build hook
 * (index-and-link-check.ts), which reads its links while the next ones render instead of
 * reading the whole site again from disk once it is written. A page rendered comes from
 * the middleware (src/middleware.ts); a page reused from the last build, which Astro never sees
 * (page-reuse.ts), is read when its turn comes, or stands for what the link check read from it
 * last build (src/cache/page-cache.ts).
 *
 * The middleware runs from Astro's prerender bundle, which holds its own copy of this module:
 * the two copies meet on a global key, not on module state.
 */
/** Takes a page, by the file it is written to (/talks/x/index.html): its HTML, or its links as read last build; settles once it is taken. */
export type PageSink = (file: string, page: string | PageLinks) => Promise<void>;

/** Called once a started page is done: with its HTML, or with nothing (not a page, or it failed). */
export type PageDone = (html?: string) => void;

/** A path of the build, by its file, in Astro's order; `reused` gives the HTML (or the links) of a page Astro does not render. */
export interface PlannedPath {
  file: string;
  reused?: () => string | PageLinks;
}

interface Receiver {
  sink: PageSink;
  // Where each page Astro renders settles, by file.
  slots: Map<string, (html: string | undefined) => void>;
  delivered?: Promise<void>;
}

const KEY = Symbol.for('confnotes.renderedPages');
const slot = globalThis as { [KEY]?: Receiver };

/** While a build runs, where its pages go (in `astro dev`, nowhere). */
export function receiveRenderedPages(sink: PageSink): void {
  slot[KEY] = { sink, slots: new Map() };
}

/**
 * Ends the build's delivery, once every page went to the sink; a path Astro did not render (a
 * duplicate, a redirect) is passed over.
 */
export async function finishRenderedPages(): Promise<void> {
  const receiver = slot[KEY];
  slot[KEY] = undefined;
  if (!receiver) return;
  for (const settle of [...receiver.slots.values()]) settle(undefined);
  await receiver.delivered;
}

/** Sets the build's order of paths, and starts handing its pages over in that order. */
export function planPages(paths: readonly PlannedPath[]): void {
  const receiver = slot[KEY];
  if (!receiver) return;
  // Each entry is let go once delivered: a settled promise holds its page's HTML.
  const order: ({ file: string; html: () => string | PageLinks | Promise<string | undefined> } | undefined)[] = paths.map(({ file, reused }) => {
    if (reused) return { file, html: reused };
    const html = new Promise<string | undefined>((resolve) =>
      receiver.slots.set(file, (page) => {
        receiver.slots.delete(file);
        resolve(page);
      }),
    );
    return { file, html: () => html };
  });
  receiver.delivered = (async () => {
    // A few pages handed over and not yet taken: few enough to hold little.
    const taking = inFlight();
    for (let i = 0; i < order.length; i++) {
      const { file, html } = order[i]!;
      order[i] = undefined;
      const page = await html();
      if (page !== undefined) await taking.start(() => receiver.sink(file, page));
    }
    await taking.done();
  })();
}

/** Where a page Astro starts rendering goes, by its file; undefined when no build planned it. */
export function startPage(file: string): PageDone | undefined {
  return slot[KEY]?.slots.get(file);
}

/** The file a page's pathname is written to (`build.format: 'directory'`). */
export const fileOfPathname = (pathname: string) => (pathname.endsWith('/') ? `${pathname}index.html` : pathname);
