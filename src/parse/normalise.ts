import slugify from '@sindresorhus/slugify';

/** The key under which two spellings of one name are the same: no accents, case or punctuation. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An ASCII URL segment for any title or name ("Jérôme Petazzoni" -> "jerome-petazzoni"). */
export function toSlug(text: string): string {
  return slugify(text, { decamelize: false }) || 'untitled';
}
