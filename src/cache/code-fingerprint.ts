import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { INDEX_PLAN_ENV } from '../search/index-plan.ts';

/** The files whose change may change any page or compiled recap: the code, its configuration and its packages. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
// Settings read from the environment (the content folder and site.yaml reach pages through the data or this list),
// except those that only say where things go: the output, the caches, the index plan (a new file each build).
const IGNORED_ENV = new Set(['CONFNOTES_OUT', 'CONFNOTES_CACHE', 'CONFNOTES_BENCH_CACHE', INDEX_PLAN_ENV]);

/** A file, or the files under a folder, named relative to the root. */
function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

// Read once per process: the content loader (compiled recaps) and the page cache both ask.
const codeDigests = new Map<string, string>();

/** A digest of the code, its configuration and its packages: what a cached result was made by. */
export function codeDigest(root: string): string {
  let known = codeDigests.get(root);
  if (known === undefined) {
    const hash = createHash('sha256');
    const files = CODE.flatMap((path) => filesUnder(root, path)).sort();
    for (const file of files) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
    codeDigests.set(root, (known = hash.digest('base64url')));
  }
  return known;
}

/**
 * A digest of everything but the content that decides what a build writes: the code, Node (its
 * ICU formats dates and sorts names), the CONFNOTES_* settings and what the caller adds (the
 * base path, site.yaml). A cache made under another fingerprint is not used. The day pages call
 * today is not in it: the pages that show it read it from the site data (a new day renders
 * those again, not the whole site).
 */
export function codeFingerprint(root: string, extra: unknown = null, env: NodeJS.ProcessEnv = process.env): string {
  const settings = Object.entries(env).filter(([name]) => name.startsWith('CONFNOTES_') && !IGNORED_ENV.has(name)).sort();
  const node = { version: process.version, icu: process.versions.icu };
  return createHash('sha256').update(JSON.stringify({ code: codeDigest(root), node, settings, extra })).digest('base64url');
}
