/** What a build wrote: sizes and counts of dist/, of its Pagefind bundle, and a typical talk page. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface FolderStats {
  bytes: number;
  files: number;
}

export interface DistStats extends FolderStats {
  /** Pages written (.html files). */
  pages: number;
  pagefind: FolderStats;
  /** A talk page of median size, as a URL path ("/talks/x/y/"), for the browser to load. */
  medianTalkPage?: string;
  /** The largest pages by HTML, largest first, as URL paths: where the heaviest page is looked for. */
  largestPages: string[];
}

/** How many of the largest HTML pages the browser weighs with what they load. */
const LARGEST = 5;

function walk(dir: string, visit: (file: string, bytes: number) => void): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    visit(file, statSync(file).size);
  }
}

export function folderStats(dir: string): FolderStats {
  let bytes = 0;
  let files = 0;
  walk(dir, (_, size) => {
    bytes += size;
    files++;
  });
  return { bytes, files };
}

export function distStats(dist: string): DistStats {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  const talkPages: { path: string; bytes: number }[] = [];
  const htmlPages: { path: string; bytes: number }[] = [];
  walk(dist, (file, size) => {
    bytes += size;
    files++;
    if (!file.endsWith('.html')) return;
    pages++;
    const path = relative(dist, file).split(sep).join('/');
    if (path.endsWith('/index.html') || path === 'index.html') htmlPages.push({ path: `/${path.slice(0, -'index.html'.length)}`, bytes: size });
    if (path.startsWith('talks/') && path.endsWith('/index.html')) talkPages.push({ path: `/${path.slice(0, -'index.html'.length)}`, bytes: size });
  });
  talkPages.sort((a, b) => a.bytes - b.bytes || a.path.localeCompare(b.path));
  return {
    bytes,
    files,
    pages,
    pagefind: folderStats(join(dist, 'pagefind')),
    medianTalkPage: talkPages[Math.floor(talkPages.length / 2)]?.path,
    largestPages: htmlPages.sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).slice(0, LARGEST).map((p) => p.path),
  };
}
