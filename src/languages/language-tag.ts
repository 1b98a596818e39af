/**
 * Content languages: any BCP 47 tag naming a language that the ICU data of Node (and of every
 * current browser) knows, read through Intl. No list of our own: `de`, `pt-BR`, `zh-Hans` and
 * `ca-ES-valencia` are languages, `klingon`, `xx`, `und` and `en-XX` are not.
 */

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The canonical spelling of a tag that names a language (`pt-br` -> `pt-BR`), or undefined. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    // fallback 'none': a tag ICU cannot name (a made-up language or region) has no name.
    return canonical && englishNames.of(canonical) ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/** The language's base subtag: `pt` for `pt-BR`. */
export const baseLanguage = (tag: string): string => new Intl.Locale(tag).language;

/** Right-to-left scripts (Arabic, Hebrew, Persian, Urdu...) as ICU says; `ltr` otherwise. */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & { getTextInfo?(): { direction?: string } };
  return locale.getTextInfo?.().direction === 'rtl' ? 'rtl' : 'ltr';
}

const attributesByTag = new Map<string, { lang: string; dir?: 'rtl' }>();

/**
 * The attributes an element in that language carries: `lang`, and `dir="rtl"` when it reads
 * right to left. Asked for every talk of every list, for a handful of languages: each is read
 * from ICU once.
 */
export function langAttributes(tag: string): { lang: string; dir?: 'rtl' } {
  let attributes = attributesByTag.get(tag);
  if (!attributes) attributesByTag.set(tag, (attributes = textDirection(tag) === 'rtl' ? { lang: tag, dir: 'rtl' } : { lang: tag }));
  return attributes;
}

const namers = new Map<string, Intl.DisplayNames>();

/** The language's name in another language, capitalised as a label: "German", "Allemand", "Portugais brésilien". */
export function languageName(tag: string, inLanguage: string): string {
  let namer = namers.get(inLanguage);
  if (!namer) namers.set(inLanguage, (namer = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' })));
  const name = namer.of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
}

let codesByName: Map<string, string> | undefined;

/**
 * For a tag that names no language: the code of the language whose English name the writer
 * typed ("german" -> de, "klingon" -> tlh). Every two- and three-letter code is named once
 * (under a second), and only when a recap has a bad tag.
 */
export function languageCodeNamed(name: string): string | undefined {
  if (!codesByName) {
    codesByName = new Map();
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const codes = letters.flatMap((a) => letters.map((b) => a + b));
    for (const code of [...codes, ...codes.flatMap((ab) => letters.map((c) => ab + c))]) {
      const english = englishNames.of(code)?.toLowerCase();
      if (english && !codesByName.has(english)) codesByName.set(english, code);
    }
  }
  return codesByName.get(name.trim().toLowerCase());
}
