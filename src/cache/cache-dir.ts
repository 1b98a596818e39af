import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Where builds keep what the next build may reuse: CONFNOTES_CACHE when set (the benchmark keeps
 * each run's apart), else node_modules/.cache/confnotes. Safe to delete at any time: a build
 * without it does all the work and writes the same site.
 */
export function cacheDir(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.CONFNOTES_CACHE ?? 'node_modules/.cache/confnotes');
}

/**
 * The cache of one kind for one folder (the recaps compiled from a content folder, the pages and
 * the search bundle written to an output folder): two sites built from one checkout never share one.
 */
export function cacheFor(kind: 'recaps' | 'pages' | 'search', folder: string, root = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const id = createHash('sha256').update(resolve(root, folder)).digest('hex').slice(0, 16);
  return resolve(cacheDir(root, env), kind, id);
}
