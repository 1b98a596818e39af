/**
 * Every internal URL of the site, in one place: pages, links in notes, feeds, the search client
 * and the search index agree on them. Clean URLs with a trailing slash, under the site's base
 * path (`/` or, for a site served below its host's root, `/notes/`).
 */
export function siteUrls(base: string) {
  const root = normaliseBase(base);
  const at = (path: string) => `${root}${path}`;
  return {
    base: root,
    home: () => root,
    talks: () => at('talks/'),
    talk: (talkId: string) => at(`talks/${talkId}/`),
    speakers: () => at('speakers/'),
    speaker: (id: string) => at(`speakers/${id}/`),
    tools: () => at('tools/'),
    tool: (id: string) => at(`tools/${id}/`),
    projects: () => at('cncf/'),
    project: (id: string) => at(`cncf/${id}/`),
    conferences: () => at('conferences/'),
    series: (id: string) => at(`conferences/${id}/`),
    edition: (seriesId: string, year: number) => at(`conferences/${seriesId}/${year}/`),
    year: (year: number) => at(`years/${year}/`),
    recaps: () => at('recaps/'),
    recap: (id: string) => at(`recaps/${id}/`),
    search: () => at('search/'),
    /** Page n of a long list split into pages (a list URL from above): the first is the list itself. */
    listPage: (list: string, n: number) => (n === 1 ? list : `${list}page/${n}/`),
    data: () => at('data/'),
    dataFile: (name: string) => at(`data/${name}.json`),
    feed: () => at('rss.xml'),
    seriesFeed: (id: string) => at(`conferences/${id}/rss.xml`),
    sitemap: () => at('sitemap-index.xml'),
    /** A file at the site's root: the search client, the search data files, the logo. */
    file: (name: string) => at(name),
    pagefind: () => at('pagefind/'),
  };
}

export type SiteUrls = ReturnType<typeof siteUrls>;

/** `notes`, `/notes` and `/notes/` are one base: a leading and a trailing slash, nothing doubled. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The site path of a URL under the base (`/notes/talks/x/` -> `/talks/x/`), or undefined when it is not under it. */
export function pathUnderBase(pathname: string, base: string): string | undefined {
  const root = normaliseBase(base);
  if (root === '/') return pathname;
  if (pathname === root.slice(0, -1)) return '/';
  return pathname.startsWith(root) ? pathname.slice(root.length - 1) : undefined;
}

/** The URL a built file is served at, under the base (`/talks/x/index.html` -> `/notes/talks/x/`). */
export const urlOfFile = (file: string, base: string) => `${normaliseBase(base)}${file.slice(1).replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * The URLs of the pages being rendered: Astro's configured base (site.yaml, CONFNOTES_BASE or
 * `astro build --base`). Code that runs outside Astro (the parser's threads, the check) is
 * handed a base and calls siteUrls itself.
 */
export const urls = siteUrls((import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/');
