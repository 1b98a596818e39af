import { baseLanguage } from '../languages/language-tag.ts';

/**
 * The languages Pagefind 1.6 ships a stemmer for (a wasm.<lang>.pagefind of their own in the
 * bundle), by base subtag: `pt-BR` is stemmed as Portuguese. Any other language is indexed
 * unstemmed (exact words and prefixes, accents folded). tests/site/languages.test.ts holds this
 * list to what Pagefind writes.
 */
export const PAGEFIND_STEMMED = [
  'ar', 'ca', 'da', 'de', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fi', 'fr', 'ga', 'hi', 'hu', 'hy', 'id',
  'it', 'lt', 'nb', 'ne', 'nl', 'nn', 'no', 'pl', 'pt', 'ro', 'ru', 'sr', 'sv', 'ta', 'tr', 'yi',
] as const;

/** Whether search stems a language's words (finds "Bereitstellungen" from "Bereitstellung"). */
export const isStemmed = (lang: string): boolean => (PAGEFIND_STEMMED as readonly string[]).includes(baseLanguage(lang));
