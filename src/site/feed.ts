import rss from '@astrojs/rss';
import { siteConfig } from '../config.ts';
import { t } from '../i18n/ui.ts';
import { urls } from '../urls.ts';
import { siteData } from './data.ts';

/** RSS of the recaps, site-wide or of one conference series. */
export async function recapsFeed(site: URL, seriesId?: string): Promise<Response> {
  const data = await siteData();
  const series = seriesId ? data.seriesById.get(seriesId) : undefined;
  const recaps = data.recaps.filter((r) => !seriesId || data.editionById.get(r.conference)?.series === seriesId);
  return rss({
    title: series ? `${siteConfig.title}: ${series.name}` : `${siteConfig.title}: ${t.recaps}`,
    description: t.tagline,
    // The channel links the site's home, under its base path.
    site: new URL(urls.home(), site).href,
    items: recaps.map((recap) => ({
      title: recap.title,
      link: urls.recap(recap.id),
      pubDate: new Date(`${recap.published}T00:00:00Z`),
      author: recap.authors.join(', '),
      description: `${recap.organisation}: ${t.talkCount(recap.talks.length)}`,
    })),
  });
}
