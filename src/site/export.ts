import type { SiteData } from './data.ts';

/**
 * The collections as JSON for other tools, relations included (ids that point into the other
 * files). Talks carry their notes as HTML; recaps list their talks instead of repeating them.
 */
export function exportCollections(site: SiteData) {
  return {
    conferences: { series: site.series, editions: site.editions },
    recaps: site.recaps.map(({ sections: _sections, ...recap }) => recap),
    talks: site.talks.map((talk) => ({
      ...talk,
      related: site.related.get(talk.id) ?? [],
    })),
    speakers: site.speakers,
    tools: site.tools,
    projects: site.projects,
  };
}

export type ExportName = keyof ReturnType<typeof exportCollections>;
export const exportNames: ExportName[] = ['conferences', 'recaps', 'talks', 'speakers', 'tools', 'projects'];
