import { splitElisions } from './client/elisions.js';

const CONTENT_LANG = /<meta name="confnotes:content-lang" content="([^"]+)"/;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /^<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>$/;
const LANG_ATTRIBUTE = /\slang="([^"]*)"/;

/**
 * The HTML handed to the indexer (not the page served): only what Pagefind reads (the
 * language, the title and the main element: the header, navigation and footer are never
 * indexed, so they are not sent), filed under the language of its content (a German talk
 * under an English interface is indexed, and stemmed, as German), elisions split in the text
 * of each language that has them (client/elisions.js).
 */
export function prepareForIndex(html: string): string {
  const pageLang = /<html lang="([^"]*)"/.exec(html)?.[1] ?? 'en';
  const lang = CONTENT_LANG.exec(html)?.[1] ?? pageLang;
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const main = start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html;
  return `<!doctype html><html lang="${lang}"><head>${title}</head><body>${splitByLanguage(main, pageLang)}</body></html>`;
}

/**
 * Splits elisions in each text by the language it is in: the nearest element with a `lang`
 * (a French note under an English interface), else the page's. The site's HTML is well formed
 * (every element closed), so a stack of open elements follows the language.
 */
function splitByLanguage(html: string, pageLang: string): string {
  const open: { name: string; lang?: string }[] = [];
  let lang = pageLang;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (!part.startsWith('<')) return part && splitElisions(part, lang);
      const tag = TAG.exec(part);
      if (!tag) return part;
      const [, closing, rawName, attributes, selfClosing] = tag;
      const name = rawName.toLowerCase();
      if (closing) {
        const at = open.findLastIndex((element) => element.name === name);
        if (at >= 0) open.length = at;
      } else if (!selfClosing && !VOID.has(name)) {
        open.push({ name, lang: LANG_ATTRIBUTE.exec(attributes)?.[1] });
      }
      lang = open.findLast((element) => element.lang)?.lang ?? pageLang;
      return part;
    })
    .join('');
}
