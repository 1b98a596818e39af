import { canonicalLanguage } from '../languages/language-tag.ts';
import type { Messages } from './en.ts';

/** A dictionary module as a glob import gives it: `{ default: messages }`. */
type DictionaryModule = { default: Messages };

/** Every key of a dictionary, nested ones as `kinds.keynote`. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/**
 * The interface languages, one per dictionary file (`en.ts`, `fr.ts`: the file name is the
 * language). Each must be named by a language tag and hold exactly the keys of English:
 * a missing word would show as "undefined" on some page, so it fails the build instead.
 */
export function dictionariesFrom(modules: Record<string, DictionaryModule>): Map<string, Messages> {
  const dictionaries = new Map<string, Messages>();
  for (const [path, module] of Object.entries(modules)) {
    const lang = /([^/]+)\.[jt]s$/.exec(path)?.[1] ?? path;
    if (canonicalLanguage(lang) !== lang) throw new Error(`${path}: a dictionary's file name is its language tag (en.ts, fr.ts, pt-BR.ts); "${lang}" is not one`);
    dictionaries.set(lang, module.default);
  }
  const english = dictionaries.get('en');
  if (!english) throw new Error('src/i18n/en.ts is missing: every other dictionary follows its keys');
  const expected = keysOf(english);
  for (const [lang, messages] of dictionaries) {
    const keys = keysOf(messages);
    const missing = expected.filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !expected.includes(key));
    if (missing.length || extra.length) {
      throw new Error(`dictionary ${lang}: ${[missing.length && `missing ${missing.join(', ')}`, extra.length && `unknown ${extra.join(', ')}`].filter(Boolean).join('; ')} (the keys of en.ts)`);
    }
  }
  return new Map([...dictionaries].sort(([a], [b]) => a.localeCompare(b)));
}

/** The dictionaries of src/i18n: adding an interface language is adding its file here. */
export const dictionaries = dictionariesFrom(import.meta.glob<DictionaryModule>(['./*.ts', '!./dictionaries.ts', '!./ui.ts'], { eager: true }));

/** The interface languages the site can be built in. */
export const uiLanguages = [...dictionaries.keys()];
