import { load, type CheerioAPI } from 'cheerio';
import { builtFiles } from '../../src/site/built-pages.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A page of a built site, by URL path ("/tools/argo-cd/"), parsed. */
export function pageAt(dist: string, path: string): CheerioAPI {
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  if (!existsSync(file)) throw new Error(`no page at ${path} (${file})`);
  return load(readFileSync(file, 'utf8'));
}

export function hasPage(dist: string, path: string): boolean {
  return existsSync(join(dist, path, 'index.html'));
}

/** The internal link targets of a page, without anchors or queries. */
export function internalLinks($: CheerioAPI): string[] {
  return $('a[href^="/"]')
    .map((_, a) => ($(a).attr('href') ?? '').split(/[?#]/)[0])
    .get();
}

/** The HTML pages of a built site, as site paths ("/tools/argo-cd/index.html"). */
export async function builtPages(dist: string): Promise<string[]> {
  return [...(await builtFiles(dist))].filter((file) => file.endsWith('.html')).sort();
}

// A URL that runs code or carries a document, however it is spelled: browsers skip control
// characters and spaces before the scheme, and tabs and newlines anywhere in it.
const SCRIPT_URL = /^[\s\u0000-\u001f]*(?:javascript|vbscript|data)\s*:/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'srcdoc', 'data', 'xlink:href']);

/** What of a parsed HTML document could run script: on* attributes and script URLs, as "tag attribute=value". */
export function scriptingAttributes($: CheerioAPI): string[] {
  const found: string[] = [];
  $('*').each((_, node) => {
    const element = node as { tagName: string; attribs: Record<string, string> };
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name) || (URL_ATTRIBUTES.has(name) && SCRIPT_URL.test(value.replace(/[\t\n\r]/g, '')))) found.push(`${element.tagName} ${name}=${value}`);
    }
  });
  return found;
}
