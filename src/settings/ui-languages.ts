import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalLanguage } from '../languages/language-tag.ts';

/**
 * The interface languages: one dictionary file each in src/i18n, named by its language tag
 * (en.ts, fr.ts). Read from the folder, not imported, so that code outside Vite (the settings
 * check, astro.config.mjs) knows them too; src/i18n/dictionaries.ts loads the same files.
 */
export const uiLangs: readonly string[] = readdirSync(join(process.cwd(), 'src', 'i18n'))
  .map((name) => /^(.+)\.ts$/.exec(name)?.[1])
  .filter((lang): lang is string => lang !== undefined && canonicalLanguage(lang) === lang)
  .sort();
export type UiLang = string;
