// French elisions ("d’automatiser", "l’opérateur") are one word to Pagefind: split them with a
// space (Pagefind does not break words at a zero-width space) so the word after the apostrophe
// is indexed on its own. Only text between tags is touched; the search page joins them again
// in excerpts.
const ELISION = /(^|[\s(«"“\[—–-])(qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])(['’])(?=\p{L})/giu;
const CONTENT_LANG = /<meta name="confnotes:content-lang" content="([a-z]{2})"/;

/**
 * The HTML handed to the indexer (not the page served): elisions split in its text, and the
 * page filed under the language of its content (a French talk under an English interface is
 * indexed, and stemmed, as French).
 */
export function prepareForIndex(html: string): string {
  const contentLang = CONTENT_LANG.exec(html)?.[1];
  const relabelled = contentLang ? html.replace(/<html lang="[^"]*"/, `<html lang="${contentLang}"`) : html;
  return relabelled
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(ELISION, '$1$2$3 ')))
    .join('');
}
