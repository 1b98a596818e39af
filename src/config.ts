import { uiLanguages } from './i18n/dictionaries.ts';

/** The interface language (CONFNOTES_UI_LANG): one of the dictionaries of src/i18n, English when unset. */
function interfaceLanguage(wanted = process.env.CONFNOTES_UI_LANG): string {
  if (!wanted) return 'en';
  if (!uiLanguages.includes(wanted)) throw new Error(`CONFNOTES_UI_LANG=${wanted}: no dictionary src/i18n/${wanted}.ts (interface languages: ${uiLanguages.join(', ')})`);
  return wanted;
}

/** Site-wide settings. */
export const siteConfig = {
  title: 'Confnotes',
  uiLang: interfaceLanguage(),
};
