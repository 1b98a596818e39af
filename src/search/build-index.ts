import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from './prepare-html.ts';

export interface IndexStats {
  pages: number;
  seconds: number;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Builds the Pagefind index of a built site into <dist>/pagefind through Pagefind's Node API.
 * Any error Pagefind reports throws: a site without a complete index must not ship.
 */
export async function buildSearchIndex(dist: string): Promise<IndexStats> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    const files = await htmlFiles(dist);
    // A few files at a time: Pagefind's service does the work, we only keep it fed.
    const queue = [...files];
    const worker = async () => {
      for (let file = queue.pop(); file; file = queue.pop()) {
        const html = await readFile(file, 'utf8');
        // Pages outside the index (lists, recaps) would only be parsed to be dropped.
        if (!html.includes('data-pagefind-body')) continue;
        const result = await index.addHTMLFile({ sourcePath: relative(dist, file), content: prepareForIndex(html) });
        if (result.errors.length) throw new Error(`Pagefind failed on ${relative(dist, file)}: ${result.errors.join('; ')}`);
        if (result.file) pages++;
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}
