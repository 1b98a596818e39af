import { posix } from 'node:path';
import { pathUnderBase } from '../urls.ts';
import { builtFiles, forEachPage } from './built-pages.ts';

export interface BrokenLink {
  page: string;
  href: string;
}

export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

// A start tag of serialised HTML, attribute values quoted. In text, "<" is always escaped,
// so this never matches inside text or code samples. Regular expressions rather than a full
// HTML parser: the site is checked whole on every build, and a parser was ten times slower.
const TAG = /<([a-z][a-z0-9-]*)(\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/?>/g;
const ATTRIBUTE = /\s(href|src|id|name)\s*=\s*"([^"]*)"/g;
// What a page loads or links to: a broken internal image or script is as broken as a link.
const LINKS_BY = { href: new Set(['a', 'link']), src: new Set(['img', 'script', 'iframe', 'source', 'audio', 'video']) };

/**
 * Keeps strings matched in pages without keeping the pages: a matched value is a slice of its
 * page, and V8 keeps a whole string alive for any slice of it. Each value is copied once, and
 * the copy is shared by every page that has it (the same nav links on 20,000 pages).
 */
export type Interned = Map<string, string>;
const keep = (seen: Interned, value: string) => {
  let kept = seen.get(value);
  if (kept === undefined) {
    kept = structuredClone(value);
    seen.set(kept, kept);
  }
  return kept;
};

/**
 * The ids and the internal link targets (href or src starting with / or #, each once) of one HTML page.
 * Pass one `seen` to every page of a site so that they share their strings.
 */
export function readPage(html: string, seen: Interned = new Map()): PageLinks {
  const ids = new Set<string>();
  const links = new Set<string>();
  for (const [, tag, attributes] of html.matchAll(TAG)) {
    if (!attributes) continue;
    for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
      if (name === 'id' || (name === 'name' && tag === 'a')) ids.add(keep(seen, value));
      else if ((name === 'href' || name === 'src') && LINKS_BY[name].has(tag) && /^\/(?!\/)|^#/.test(value)) links.add(keep(seen, value.replaceAll('&amp;', '&')));
    }
  }
  return { ids, links: [...links] };
}

/** decodeURIComponent, or undefined for a malformed escape (a broken link, not a crash). */
const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
};

/**
 * The links of `pages` that lead to no file of `files`, or to no id of their target page. Links
 * carry the site's base path (`/notes/talks/x/`) and files do not (`/talks/x/index.html`): a
 * root link that misses the base leads nowhere once the site is served under it.
 */
export function findBrokenLinks(files: Set<string>, pages: Map<string, PageLinks>, base = '/'): { links: number; broken: BrokenLink[] } {
  // The file a site path is served from: itself, or the index.html of the folder it names.
  const fileFor = (path: string) => [path, `${path.replace(/\/?$/, '/')}index.html`, `${path}.html`].find((f) => files.has(f));
  // Most links are the same few thousand targets from page to page: each is resolved once.
  const resolved = new Map<string, { target: string | undefined; anchor: string | undefined }>();
  const resolve = (href: string) => {
    let found = resolved.get(href);
    if (!found) {
      const [pathPart, anchor] = href.split('#', 2);
      const path = decoded(pathPart.split('?')[0]);
      const inSite = path === undefined ? undefined : pathUnderBase(path, base);
      found = { target: inSite ? fileFor(posix.normalize(inSite)) : undefined, anchor };
      resolved.set(href, found);
    }
    return found;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [file, { links: hrefs }] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    const page = file.replace(/index\.html$/, '');
    for (const href of hrefs) {
      links++;
      const { target: linked, anchor } = resolve(href);
      // A link with no path ("#notes") leads into its own page.
      const target = href.startsWith('#') ? file : linked;
      if (!target) broken.push({ page, href });
      else if (anchor && target.endsWith('.html') && !pages.get(target)?.ids.has(decoded(anchor) ?? '')) broken.push({ page, href });
    }
  }
  return { links, broken };
}

/** Every internal link and anchor of a built site, checked against the files and ids there. */
export async function checkLinks(dist: string, base = '/'): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const files = await builtFiles(dist);
  const pages = new Map<string, PageLinks>();
  const seen: Interned = new Map();
  await forEachPage(dist, files, (path, html) => void pages.set(path, readPage(html, seen)));
  return { pages: pages.size, ...findBrokenLinks(files, pages, base) };
}
