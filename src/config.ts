import type { Lang } from './schemas/common.ts';

/** Site-wide settings. The interface language is chosen here (CONFNOTES_UI_LANG: en or fr). */
export const siteConfig = {
  title: 'Confnotes',
  uiLang: (process.env.CONFNOTES_UI_LANG === 'fr' ? 'fr' : 'en') as Lang,
};
