import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file of a built site, as site paths ("/tools/argo-cd/index.html"). */
export async function builtFiles(dist: string): Promise<Set<string>> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return new Set(entries.filter((e) => e.isFile()).map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`));
}

/**
 * The HTML pages of a built site, each read once: the link check and the
 * search index both walk them, and reading 20,000 pages twice costs seconds. Many at a time:
 * Pagefind's service then always has the next page waiting (32 indexed 10,000 talks' pages
 * in ~33 s where 8 took ~38-48 s).
 */
export async function forEachPage(dist: string, files: Set<string>, visit: (path: string, html: string) => Promise<void> | void, concurrency = 32): Promise<void> {
  const queue = [...files].filter((f) => f.endsWith('.html'));
  const worker = async () => {
    for (let path = queue.pop(); path; path = queue.pop()) await visit(path, await readFile(join(dist, path), 'utf8'));
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
