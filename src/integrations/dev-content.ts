/**
 * What `astro dev` shares between the content loaders, the middleware and the dev server, which
 * run from different module graphs: they meet on a global key, not on module state.
 * - The content error of the last load, thrown by every page (Astro shows it in its overlay)
 *   until a fixed file loads cleanly.
 * - A way to reload the open pages once the content changed.
 */
import type { ContentError } from '../parse/content-error.ts';

interface DevContent {
  error?: ContentError;
  reload?: () => void;
  /** When the index that search uses in dev was built; null when no build wrote one. */
  indexBuilt?: () => Date | null;
}

const KEY = Symbol.for('confnotes.devContent');
const slot = ((globalThis as { [KEY]?: DevContent })[KEY] ??= {});

export function setContentError(error: ContentError | undefined): void {
  slot.error = error;
}

export function contentError(): ContentError | undefined {
  return slot.error;
}

export function onReloadPages(reload: (() => void) | undefined): void {
  slot.reload = reload;
}

export function reloadPages(): void {
  slot.reload?.();
}

export function onIndexBuilt(indexBuilt: () => Date | null): void {
  slot.indexBuilt = indexBuilt;
}

/** In `astro dev`, when the search index it serves was built (null: none); undefined outside dev. */
export function devIndexBuilt(): Date | null | undefined {
  return slot.indexBuilt?.();
}
