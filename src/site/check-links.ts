import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import { Parser } from 'htmlparser2';

export interface BrokenLink {
  page: string;
  href: string;
}

/** The ids and the internal links (href and src starting with / or #) of one HTML page. */
function readPage(html: string): { ids: Set<string>; links: string[] } {
  const ids = new Set<string>();
  const links: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes.id) ids.add(attributes.id);
      if (name === 'a' && attributes.name) ids.add(attributes.name);
      const target = name === 'a' || name === 'link' ? attributes.href : undefined;
      if (target && (target.startsWith('/') || target.startsWith('#')) && !target.startsWith('//')) links.push(target);
    },
  });
  parser.write(html);
  parser.end();
  return { ids, links };
}

/** The file a site path is served from, or undefined. */
function fileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path);
  for (const candidate of [join(dist, clean), join(dist, clean, 'index.html'), join(dist, `${clean}.html`)]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      if (candidate.endsWith('.html') || !existsSync(join(candidate, 'index.html'))) return candidate;
    }
  }
  return undefined;
}

/** Every internal link and anchor of a built site, checked against the files and ids there. */
export async function checkLinks(dist: string): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  const pages = new Map<string, { ids: Set<string>; links: string[] }>();
  for (const file of files) pages.set(file, readPage(await readFile(file, 'utf8')));

  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [file, { links: hrefs }] of pages) {
    const page = `/${relative(dist, file)}`.replace(/index\.html$/, '');
    for (const href of hrefs) {
      links++;
      const [pathPart, anchor] = href.split('#', 2);
      const path = pathPart.split('?')[0];
      const target = path ? fileFor(dist, posix.normalize(path)) : file;
      if (!target) {
        broken.push({ page, href });
        continue;
      }
      if (anchor && target.endsWith('.html')) {
        const ids = pages.get(target)?.ids;
        if (ids && !ids.has(decodeURIComponent(anchor))) broken.push({ page, href });
      }
    }
  }
  return { pages: pages.size, links, broken };
}
