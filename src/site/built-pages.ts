import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file of a built site, as site paths ("/tools/argo-cd/index.html"). */
export async function builtFiles(dist: string): Promise<Set<string>> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((e) => e.isFile()).map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`));
}

/**
 * The HTML pages of a built site, each read once: the link check and the search index both walk
 * them, and reading 20,000 pages twice costs seconds. Each is visited in the order of its path:
 * the search index is then the same whatever the disk does. Read at once, not through the thread
 * pool: the pages were just written and the disk cache holds them (21,843 pages: 0.7-1.1 s of CPU
 * instead of 2.8-3.1 s with 32 reads in flight).
 */
export async function forEachPage(dist: string, files: Set<string>, visit: (path: string, html: string) => Promise<void> | void): Promise<void> {
  for (const path of [...files].filter((f) => f.endsWith('.html')).sort()) await visit(path, readFileSync(join(dist, path), 'utf8'));
}
