import type { Lang } from './schemas/common.ts';

const pageSize = Number(process.env.CONFNOTES_LIST_PAGE_SIZE);

/**
 * Site-wide settings. The interface language is chosen here (CONFNOTES_UI_LANG: en or fr), and
 * how many talks a page of a long list holds (CONFNOTES_LIST_PAGE_SIZE, 100 by default: about
 * 50 KB of HTML; the fixture site uses 2 to have lists of several pages).
 */
export const siteConfig = {
  title: 'Confnotes',
  uiLang: (process.env.CONFNOTES_UI_LANG === 'fr' ? 'fr' : 'en') as Lang,
  listPageSize: Number.isInteger(pageSize) && pageSize > 0 ? pageSize : 100,
};
