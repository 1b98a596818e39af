import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What a page read of the site's data while it rendered, as keys (see tracked-site.ts). A page
 * whose reads all give what they gave last build renders the same HTML: the page cache reuses it.
 * Pages render several at a time, so each render keeps its own set, through the async calls it makes.
 */
const current = new AsyncLocalStorage<Set<string>>();

/** Runs a render, collecting the keys it reads. */
export async function collectReads<T>(render: () => Promise<T>): Promise<{ result: T; reads: Set<string> }> {
  const reads = new Set<string>();
  const result = await current.run(reads, render);
  return { result, reads };
}

/** Whether a render is noting its reads now (a key need not be made otherwise). */
export const noting = (): boolean => current.getStore() !== undefined;

/** Notes a read by the page rendering now; outside a render (getStaticPaths, the data's own set-up), nothing. */
export function noteRead(key: string): void {
  current.getStore()?.add(key);
}

/** Runs a computation without noting what it reads (a derived read notes its own key instead). */
export function unnoted<T>(compute: () => T): T {
  return current.exit(compute);
}
