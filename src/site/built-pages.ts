import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file of a built site, as site paths ("/tools/argo-cd/index.html"). */
export async function builtFiles(dist: string): Promise<Set<string>> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((e) => e.isFile()).map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`));
}

/**
 * The HTML pages of a built site, each read once: the link check and the search index both walk
 * them, and reading 20,000 pages twice costs seconds. Many are read at a time, and each is
 * visited in the order of its path: the search index is then the same whatever the disk does.
 */
export async function forEachPage(dist: string, files: Set<string>, visit: (path: string, html: string) => Promise<void> | void, concurrency = 32): Promise<void> {
  const paths = [...files].filter((f) => f.endsWith('.html')).sort();
  const reads: Promise<string>[] = [];
  for (let i = 0; i < paths.length; i++) {
    // Up to `concurrency` reads run ahead of the page being visited.
    for (let j = reads.length; j < Math.min(paths.length, i + concurrency); j++) reads.push(readFile(join(dist, paths[j]), 'utf8'));
    await visit(paths[i], await reads[i]);
    delete reads[i];
  }
}
