import { contentDir } from './parse/load-content.ts';
import { inLanguage, loadSiteSettings } from './settings/site-settings.ts';

const settings = loadSiteSettings(contentDir());
const pageSize = Number(process.env.CONFNOTES_LIST_PAGE_SIZE);

/**
 * The site's settings as pages use them: content/site.yaml, with CONFNOTES_UI_LANG,
 * CONFNOTES_SITE and CONFNOTES_BASE over it (see src/settings/site-settings.ts). The base path
 * pages use is Astro's (src/urls.ts), which `astro build --base` can still override. How many
 * talks a page of a long list holds: CONFNOTES_LIST_PAGE_SIZE, 100 by default (about 50 KB of
 * HTML; the fixture site uses 2 to have lists of several pages).
 */
export const siteConfig = {
  title: inLanguage(settings.title, settings.uiLang),
  /** The team's tagline, if site.yaml gives one (else the dictionary's, src/i18n/en.ts...). */
  tagline: settings.tagline === undefined ? undefined : inLanguage(settings.tagline, settings.uiLang),
  uiLang: settings.uiLang,
  organisation: settings.organisation,
  logo: settings.logo,
  listPageSize: Number.isInteger(pageSize) && pageSize > 0 ? pageSize : 100,
};
