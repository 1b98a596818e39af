import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { formatIssue } from './parse/content-error.ts';
import type { Content } from './parse/assemble.ts';
import { forgetContent, loadValidContentInParallel } from './parse/load-content.ts';
import { cncfProjectSchema } from './schemas/cncf-project.ts';
import { editionSchema, seriesSchema } from './schemas/conference.ts';
import { recapSchema } from './schemas/recap.ts';
import { speakerSchema } from './schemas/speaker.ts';
import { talkSchema } from './schemas/talk.ts';
import { toolSchema } from './schemas/tool.ts';

/**
 * One thin loader per collection over a single, memoised parse of the content folder
 * (Astro loads collections in parallel, each into its own store). The parser has already
 * validated everything, so entries are stored as they are, without a second zod pass;
 * the schemas still give each collection its types.
 */
const loaders = new Set<keyof Content>();
// The collections still to store in this round of loading.
let pending = new Set<keyof Content>();

function contentLoader(name: keyof Content, logWarnings = false): Loader {
  loaders.add(name);
  return {
    name: `confnotes-${name}`,
    load: async ({ store, logger, watcher }) => {
      if (pending.size === 0) pending = new Set(loaders);
      const { content, report } = await loadValidContentInParallel();
      if (logWarnings) for (const warning of report.warnings) logger.warn(formatIssue(warning));
      store.clear();
      for (const entry of content[name]) store.set({ id: entry.id, data: { ...entry } });
      watcher?.add('content');
      // Once every collection has its entries, the parse is no longer needed in memory.
      pending.delete(name);
      if (pending.size === 0) forgetContent();
    },
  };
}

export const collections = {
  series: defineCollection({ loader: contentLoader('series'), schema: seriesSchema }),
  editions: defineCollection({ loader: contentLoader('editions'), schema: editionSchema }),
  recaps: defineCollection({ loader: contentLoader('recaps', true), schema: recapSchema }),
  talks: defineCollection({ loader: contentLoader('talks'), schema: talkSchema }),
  speakers: defineCollection({ loader: contentLoader('speakers'), schema: speakerSchema }),
  tools: defineCollection({ loader: contentLoader('tools'), schema: toolSchema }),
  projects: defineCollection({ loader: contentLoader('projects'), schema: cncfProjectSchema }),
};
