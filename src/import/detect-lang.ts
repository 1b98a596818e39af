import type { Lang } from '../schemas/common.ts';

// The commonest short words of each language the site knows; names and tool words are neither.
const STOPWORDS: Record<Lang, Set<string>> = {
  fr: new Set('le la les un une des du de et est sont nous vous ils elles qui que pour dans sur avec par pas plus ce cette ces son sa ses leur au aux mais ou donc été être avoir fait très aussi comme tout tous'.split(' ')),
  en: new Set('the a an and is are was were we you they who that for in on with by not more this these its their to of but or so been be have has had very also as all it at from which'.split(' ')),
};

/** A language code as front matters write it ("fr-FR", "en_US", "French") as one the site knows. */
export function langOf(value: string | undefined): Lang | undefined {
  const code = value?.trim().toLowerCase().slice(0, 2);
  if (code === 'fr' || value?.toLowerCase().startsWith('fran')) return 'fr';
  if (code === 'en') return 'en';
  return undefined;
}

/** French or English, by which language's common words the text uses more. */
export function detectLang(text: string): Lang {
  const counts: Record<Lang, number> = { fr: 0, en: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (STOPWORDS.fr.has(word)) counts.fr++;
    if (STOPWORDS.en.has(word)) counts.en++;
  }
  return counts.fr > counts.en ? 'fr' : 'en';
}
