import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A search bundle the last build wrote, kept for the next under the digest of everything it was
 * made from: a rebuild whose pages of that bundle did not change takes its files instead of
 * indexing them again (Pagefind's API cannot start from an earlier index). Its files are hard
 * links to those written into dist/ (a copy where the two are on different disks): nothing writes
 * to either once written, and the next build deletes dist/ without touching them.
 */
export interface BundleCache {
  /** Puts the kept bundle into `into` if it was made from `digest`; false when there is none. */
  restore(digest: string, into: string): boolean;
  /** Keeps the bundle written in `from`, made from `digest`, in place of any other. */
  keep(digest: string, from: string): void;
}

const MANIFEST = 'manifest.json';
const FILES = 'bundle';

/** Every file under `from`, into `to`, which must not exist yet. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** The bundle cache in `dir` (one per output folder and bundle: src/cache/cache-dir.ts). */
export function bundleCache(dir: string): BundleCache {
  const manifest = join(dir, MANIFEST);
  const files = join(dir, FILES);
  return {
    restore(digest, into) {
      let kept: { digest?: string } = {};
      try {
        kept = JSON.parse(readFileSync(manifest, 'utf8')) as { digest?: string };
      } catch {
        return false;
      }
      if (kept.digest !== digest || !existsSync(files)) return false;
      linkTree(files, into);
      return true;
    },
    keep(digest, from) {
      // The manifest goes first and comes back last: a build stopped in between leaves no bundle to trust.
      rmSync(manifest, { force: true });
      const next = join(dir, `${FILES}.${process.pid}.tmp`);
      rmSync(next, { recursive: true, force: true });
      linkTree(from, next);
      rmSync(files, { recursive: true, force: true });
      renameSync(next, files);
      writeFileSync(manifest, JSON.stringify({ digest }));
    },
  };
}
