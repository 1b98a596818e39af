import { load, type CheerioAPI } from 'cheerio';
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
