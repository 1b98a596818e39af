import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import type { PageLinks } from '../site/check-links.ts';
import { readDigest } from './tracked-site.ts';

/**
 * The HTML of the last build's pages, reused by the next build for every page whose inputs did
 * not change: its props, and each read it made of the site's data (tracked-site.ts), under the
 * same code fingerprint (code-fingerprint.ts). A reused page is the bytes the last build wrote,
 * taken from its dist/, which is moved into the cache before Astro empties the output folder;
 * Astro never renders it (src/integrations/page-reuse.ts).
 *
 * The manifest is deleted when a build starts and written when it succeeds: a build that fails
 * leaves nothing to reuse, and the next one renders everything.
 *
 * It also keeps what the link check read from each page (its ids and internal links): a reused
 * page is the same bytes, so the link check takes them from here instead of reading the page
 * again (21,717 reused pages: 3.6 s of reading links and 1.5 s of reading files, in the render stage).
 */
export interface Manifest {
  version: 2;
  fingerprint: string;
  /** Builds made with this cache so far, this one included. */
  build: number;
  /** Every read key of the build, and what it read then (same index). */
  keys: string[];
  digests: string[];
  /** By page file (/talks/x/index.html): its props' digest, the indexes of its reads and the build that rendered it. */
  pages: Record<string, { props: string; reads: number[]; renderedIn: number; ids?: number[]; links?: number[] }>;
  /** The ids and links of every page, each string once (the same nav links are on every page). */
  strings: string[];
}

export interface PageCacheStats {
  reused: number;
  rendered: number;
  /** Why nothing was reused, when nothing was. */
  cold?: string;
}

export class PageCache {
  private readonly old: Manifest | undefined;
  private readonly previous: string;
  private readonly next: Manifest;
  private readonly keyIndex = new Map<string, number>();
  // What each key reads in this build, digested once.
  private readonly now = new Map<string, string>();
  private changedKeys: boolean[] | undefined;
  readonly stats: PageCacheStats = { reused: 0, rendered: 0 };
  private readonly dir: string;
  private readonly outDir: string;
  // Each page's props digest, given before it renders.
  private readonly propsKeys = new Map<string, string>();
  private readonly folders = new Set<string>();
  // What the link check read from each page of this build.
  private pageLinks: ReadonlyMap<string, PageLinks> = new Map();

  /** Opens the cache in `dir` for a build writing `outDir`, moving the last build's pages aside. */
  constructor(dir: string, outDir: string, fingerprint: string) {
    this.dir = dir;
    this.outDir = outDir;
    const file = join(dir, MANIFEST);
    this.previous = join(dir, 'previous-dist');
    discard(this.previous);
    const old = readManifest(dir);
    this.next = { version: 2, fingerprint, build: (old?.build ?? 0) + 1, keys: [], digests: [], pages: {}, strings: [] };
    rmSync(file, { force: true });
    if (!old) this.stats.cold = 'no cache from a successful build';
    else if (old.fingerprint !== fingerprint) this.stats.cold = 'the code or settings changed since the last build';
    else if (!existsSync(outDir)) this.stats.cold = 'the last build\'s output folder is gone';
    else {
      mkdirSync(dir, { recursive: true });
      try {
        renameSync(outDir, this.previous);
        this.old = old;
      } catch (error) {
        this.stats.cold = `the output folder could not be moved into the cache (${(error as NodeJS.ErrnoException).code}): keep the cache on the same disk as the output (CONFNOTES_CACHE)`;
      }
    }
  }

  /**
   * Whether the last build's page can stand for this build's: same props (their digest, as
   * `propsKey`), and every read it made gives the same now. A page reused is recorded at once;
   * `restore` puts it into the output folder.
   */
  reuse(file: string, propsKey: string, site: object): boolean {
    this.propsKeys.set(file, propsKey);
    const entry = this.old?.pages[file];
    if (!entry || entry.props !== propsKey) return false;
    const changed = this.changed(site);
    if (entry.reads.some((i) => changed[i])) return false;
    if (!existsSync(join(this.previous, file))) return false;
    this.stats.reused++;
    this.record(file, propsKey, entry.reads.map((i) => this.old!.keys[i]), site, entry.renderedIn);
    return true;
  }

  /**
   * Moves a reused page from the last build's output into this one's, and gives its HTML. Read
   * at once: fs.promises.readFile takes four trips through the thread pool, for a file of
   * ~15 KB the disk cache holds.
   */
  restore(file: string): string {
    const html = readFileSync(join(this.previous, file), 'utf8');
    this.move(file);
    return html;
  }

  /** Moves a reused page from the last build's output into this one's, unread. */
  move(file: string): void {
    const to = join(this.outDir, file);
    this.makeFolder(dirname(to));
    renameSync(join(this.previous, file), to);
  }

  /** What the link check read from a page reused by this build, when the last build kept it. */
  linksOf(file: string): PageLinks | undefined {
    const entry = this.old?.pages[file];
    // A page reused by this build is recorded with the build that rendered it, as it was last time.
    if (!entry?.ids || !entry.links || this.next.pages[file]?.renderedIn !== entry.renderedIn) return undefined;
    const strings = this.old!.strings;
    return { ids: new Set(entry.ids.map((i) => strings[i])), links: entry.links.map((i) => strings[i]) };
  }

  /** Keeps what the link check read from the pages of this build, by file, for the next. */
  keepLinks(pages: ReadonlyMap<string, PageLinks>): void {
    this.pageLinks = pages;
  }

  // One mkdir per folder of the output, its parents first: `recursive` looks at every parent
  // again, for each page (21,717 pages: 5.5 s).
  private makeFolder(folder: string): void {
    if (this.folders.has(folder)) return;
    const parent = dirname(folder);
    if (parent !== folder) this.makeFolder(parent);
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    this.folders.add(folder);
  }

  /** Records a page this build rendered, with the keys it read. */
  keep(file: string, reads: Iterable<string>, site: object): void {
    this.stats.rendered++;
    // A page Astro rendered without asking first (none is known) is recorded under no props: never reused.
    this.record(file, this.propsKeys.get(file) ?? '', reads, site, this.next.build);
  }

  private record(file: string, props: string, reads: Iterable<string>, site: object, renderedIn: number): void {
    const indexes: number[] = [];
    for (const key of reads) {
      let i = this.keyIndex.get(key);
      if (i === undefined) {
        i = this.next.keys.push(key) - 1;
        this.next.digests.push(this.digestNow(key, site));
        this.keyIndex.set(key, i);
      }
      indexes.push(i);
    }
    this.next.pages[file] = { props, reads: indexes, renderedIn };
  }

  /** Writes the manifest for the next build and drops the last build's pages. */
  commit(): void {
    discard(this.previous);
    const index = new Map<string, number>();
    const indexOf = (text: string) => {
      let i = index.get(text);
      if (i === undefined) index.set(text, (i = this.next.strings.push(text) - 1));
      return i;
    };
    for (const [file, { ids, links }] of this.pageLinks) {
      const entry = this.next.pages[file];
      if (!entry) continue;
      entry.ids = [...ids].map(indexOf);
      entry.links = links.map(indexOf);
    }
    const file = join(this.dir, MANIFEST);
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(this.next));
    renameSync(`${file}.${process.pid}.tmp`, file);
  }

  private digestNow(key: string, site: object): string {
    let value = this.now.get(key);
    if (value === undefined) this.now.set(key, (value = readDigest(site, key)));
    return value;
  }

  /** Which of the last build's keys read something else now, worked out once per build. */
  private changed(site: object): boolean[] {
    this.changedKeys ??= this.old!.keys.map((key, i) => this.digestNow(key, site) !== this.old!.digests[i]);
    return this.changedKeys;
  }
}

const MANIFEST = 'manifest.json';

/**
 * Removes a folder without waiting for it: it is renamed at once, then deleted by a detached
 * process (a last build's 40,000 files took 100 s to delete on a busy disk, longer than the
 * rebuild). It runs at the lowest priority: it overlaps the search index step, which it slowed
 * (16.8 s of deleting a 10,000-talk site's last index beside a 37 s step). A deletion cut short
 * is finished by the next build's.
 */
export function discard(folder: string): ChildProcess | undefined {
  const parent = dirname(folder);
  if (!existsSync(parent)) return undefined;
  const trash = readdirSync(parent).filter((name) => name.startsWith('discarded-')).map((name) => join(parent, name));
  if (existsSync(folder)) {
    const renamed = join(parent, `discarded-${process.pid}-${Date.now()}`);
    renameSync(folder, renamed);
    trash.push(renamed);
  }
  if (trash.length === 0) return undefined;
  const remove = 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true })';
  const deletion = spawn(process.execPath, ['-e', remove, ...trash], { detached: true, stdio: 'ignore' });
  deletion.unref();
  try {
    if (deletion.pid !== undefined) setPriority(deletion.pid, 19);
  } catch {
    // Already done, or not ours to lower: it only runs at the normal priority.
  }
  return deletion;
}

/** The manifest a successful build left in a page cache folder, if any. */
export function readManifest(dir: string): Manifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
    return manifest.version === 2 ? manifest : undefined;
  } catch {
    return undefined;
  }
}

