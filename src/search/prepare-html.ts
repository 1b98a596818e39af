// French elisions ("d’automatiser", "l’opérateur") are one word to Pagefind: split them with a
// space (Pagefind does not break words at a zero-width space) so the word after the apostrophe
// is indexed on its own. Only text between tags is touched; the search page joins them again
// in excerpts.
const ELISION = /(^|[\s(«"“\[—–-])(qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])(['’])(?=\p{L})/giu;
const CONTENT_LANG = /<meta name="confnotes:content-lang" content="([a-z]{2})"/;

/**
 * The HTML handed to the indexer (not the page served): only what Pagefind reads (the
 * language, the title and the main element: the header, navigation and footer are never
 * indexed, so they are not sent), filed under the language of its content (a French talk
 * under an English interface is indexed, and stemmed, as French), elisions split in its text.
 */
export function prepareForIndex(html: string): string {
  const lang = CONTENT_LANG.exec(html)?.[1] ?? /<html lang="([^"]*)"/.exec(html)?.[1] ?? 'en';
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const main = start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html;
  return `<!doctype html><html lang="${lang}"><head>${title}</head><body>${splitElisions(main)}</body></html>`;
}

function splitElisions(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(ELISION, '$1$2$3 ')))
    .join('');
}
