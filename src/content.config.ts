import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { cacheFor } from './cache/cache-dir.ts';
import { storedTalks } from './collections/notes-html.ts';
import { ContentError, formatIssue } from './parse/content-error.ts';
import type { Content } from './parse/assemble.ts';
import { contentDir, forgetContent, loadContentInParallel } from './parse/load-content.ts';
import { reloadPages, setContentError } from './integrations/dev-content.ts';
import { cncfProjectSchema } from './schemas/cncf-project.ts';
import { editionSchema, seriesSchema } from './schemas/conference.ts';
import { recapSchema } from './schemas/recap.ts';
import { speakerSchema } from './schemas/speaker.ts';
import { storedTalkSchema } from './schemas/talk.ts';
import { toolSchema } from './schemas/tool.ts';

/**
 * One thin loader per collection over a single, memoised parse of the content folder
 * (Astro loads collections in parallel, each into its own store). The parser has already
 * validated everything, so entries are stored as they are, without a second zod pass;
 * the schemas still give each collection its types.
 *
 * In `astro dev` (the context has a watcher) every loader follows the whole content folder:
 * a change reloads the content (only the edited recaps are compiled again), drafts are in,
 * and a content error is shown by every page instead of failing the server.
 */
const loaders = new Set<keyof Content>();
// The collections still to store in this round of loading.
let pending = new Set<keyof Content>();
// The watchers each collection already follows (a server restart brings a new one), and the
// context of its latest load: Astro may load a collection again with a new store, which a change
// must then fill, not the first one's.
const following = new Map<keyof Content, WeakSet<object>>();
const latest = new Map<keyof Content, LoaderContext>();

async function fill(name: keyof Content, { store, logger, config, watcher }: LoaderContext, logWarnings: boolean) {
  const dev = watcher !== undefined;
  // A build compiles only the recaps changed since the last one (the others come from the cache folder).
  const options = dev ? { base: config.base, drafts: true, reuse: true } : { base: config.base, cache: cacheFor('recaps', contentDir()) };
  const { content, report } = await loadContentInParallel(process.cwd(), options);
  if (!report.ok) {
    const error = new ContentError(report.errors);
    if (!dev) throw error;
    // The last good content stays in the store; every page throws this until the files are fixed.
    if (logWarnings) logger.error(error.message);
    setContentError(error);
    return;
  }
  if (logWarnings) for (const warning of report.warnings) logger.warn(formatIssue(warning));
  store.clear();
  const entries: { id: string }[] = name === 'talks' ? storedTalks(content.talks) : content[name];
  for (const entry of entries) store.set({ id: entry.id, data: { ...entry } });
  if (dev) {
    setContentError(undefined);
    return;
  }
  // Once every collection has its entries, the parse is no longer needed in memory.
  pending.delete(name);
  if (pending.size === 0) forgetContent();
}

function follow(name: keyof Content, context: LoaderContext, logWarnings: boolean) {
  const { watcher } = context;
  if (!watcher) return;
  latest.set(name, context);
  const seen = following.get(name) ?? new WeakSet();
  following.set(name, seen);
  if (seen.has(watcher)) return;
  seen.add(watcher);
  const dir = contentDir();
  watcher.add(dir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.on('all', (_event, path) => {
    if (relative(dir, resolve(path)).startsWith('..')) return;
    // An editor's save is often several events: one reload for them all.
    clearTimeout(timer);
    timer = setTimeout(() => {
      const current = latest.get(name)!;
      fill(name, current, logWarnings)
        .then(() => logWarnings && reloadPages())
        .catch((error: unknown) => current.logger.error(String(error)));
    }, 30);
  });
}

function contentLoader(name: keyof Content, logWarnings = false): Loader {
  loaders.add(name);
  return {
    name: `confnotes-${name}`,
    load: async (context) => {
      if (pending.size === 0) pending = new Set(loaders);
      follow(name, context, logWarnings);
      await fill(name, context, logWarnings);
    },
  };
}

export const collections = {
  series: defineCollection({ loader: contentLoader('series'), schema: seriesSchema }),
  editions: defineCollection({ loader: contentLoader('editions'), schema: editionSchema }),
  recaps: defineCollection({ loader: contentLoader('recaps', true), schema: recapSchema }),
  talks: defineCollection({ loader: contentLoader('talks'), schema: storedTalkSchema }),
  speakers: defineCollection({ loader: contentLoader('speakers'), schema: speakerSchema }),
  tools: defineCollection({ loader: contentLoader('tools'), schema: toolSchema }),
  projects: defineCollection({ loader: contentLoader('projects'), schema: cncfProjectSchema }),
};
