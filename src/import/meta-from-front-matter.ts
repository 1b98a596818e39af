import type { PostMeta } from './post.ts';

const pick = (data: Record<string, unknown>, keys: string[]): unknown => {
  for (const key of keys) {
    const found = Object.keys(data).find((k) => k.toLowerCase() === key);
    if (found !== undefined && data[found] !== undefined && data[found] !== null && data[found] !== '') return data[found];
  }
  return undefined;
};

/** A person or a list of them as front matters write them: "A", "A, B", ["A"], [{name: "A"}]. */
function names(value: unknown): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*(?:,|;|&|\band\b|\bet\b)\s*/) : [value];
  return list
    .map((entry) => (entry && typeof entry === 'object' ? (entry as Record<string, unknown>).name ?? (entry as Record<string, unknown>).title : entry))
    .filter((entry): entry is string | number => typeof entry === 'string' || typeof entry === 'number')
    .map((entry) => String(entry).trim())
    .filter(Boolean);
}

function words(value: unknown): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap(words);
  if (typeof value === 'string') return value.split(/\s*,\s*/).filter(Boolean);
  return [];
}

/** A front matter date (a YAML/TOML date or a string starting with YYYY-MM-DD) as YYYY-MM-DD. */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && value !== null && 'year' in value && 'month' in value && 'day' in value) {
    const { year, month, day } = value as { year: number; month: number; day: number };
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  if (typeof value === 'string') return /^(\d{4}-\d{2}-\d{2})/.exec(value.trim())?.[1];
  return undefined;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The post's fields in the names Jekyll, Hugo, Gatsby, Astro and dev.to give them. */
export function metaFromFrontMatter(data: Record<string, unknown>): PostMeta {
  const sourceUrl = text(pick(data, ['source', 'canonical_url', 'canonicalurl', 'canonical', 'url', 'permalink', 'link']));
  const date = pick(data, ['date', 'published', 'pubdate', 'publishdate', 'published_at', 'created']);
  const site = pick(data, ['organisation', 'organization', 'company', 'site', 'site_name', 'sitename', 'publisher', 'blog']);
  return {
    title: text(pick(data, ['title'])),
    authors: names(pick(data, ['authors', 'author', 'by', 'auteurs', 'auteur'])),
    organisation: text(site) ?? text((site as Record<string, unknown> | undefined)?.name),
    lang: text(pick(data, ['lang', 'language', 'locale', 'langue'])),
    date: isoDate(date),
    source: sourceUrl && /^https?:\/\//i.test(sourceUrl) ? sourceUrl : undefined,
    keywords: [...words(pick(data, ['tags'])), ...words(pick(data, ['categories', 'category'])), ...words(pick(data, ['keywords'])), ...words(pick(data, ['series']))],
  };
}
