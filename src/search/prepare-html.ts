// French elisions ("d’automatiser", "l’opérateur") are one word to Pagefind: split them so the
// word after the apostrophe is indexed on its own. Only text between tags is touched.
const ELISION = /(^|[^\p{L}])(qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])(['’])(?=\p{L})/giu;

/** The HTML handed to the indexer (not the page served): elisions split in its text. */
export function prepareForIndex(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replace(ELISION, '$1$2$3 ')))
    .join('');
}
