/** The interface languages: one dictionary each in src/i18n/ui.ts. */
export const uiLangs = ['en', 'fr'] as const;
export type UiLang = (typeof uiLangs)[number];
