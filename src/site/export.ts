import { siteConfig } from '../config.ts';
import { t } from '../i18n/ui.ts';
import type { SiteData } from './data.ts';

/**
 * The collections as JSON for other tools, relations included (ids that point into the other
 * files). Talks carry their notes as HTML; recaps list their talks instead of repeating them.
 * One function per file: each /data/<name>.json page builds only its own.
 */
export const exports = {
  site: () => ({ title: siteConfig.title, tagline: t.tagline, organisation: siteConfig.organisation ?? null, uiLang: siteConfig.uiLang }),
  conferences: (site: SiteData) => ({ series: site.series, editions: site.editions }),
  recaps: (site: SiteData) => site.recaps.map(({ sections: _sections, ...recap }) => recap),
  talks: (site: SiteData) => site.talks.map((talk) => ({ ...talk, related: site.related.get(talk.id) ?? [] })),
  speakers: (site: SiteData) => site.speakers,
  tools: (site: SiteData) => site.tools,
  projects: (site: SiteData) => site.projects,
};

export type ExportName = keyof typeof exports;
export const exportNames = Object.keys(exports) as ExportName[];
