import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discard, PageCache, readManifest } from '../../src/cache/page-cache.ts';
import { propsKey } from '../../src/cache/props-key.ts';
import type { PageLinks } from '../../src/site/check-links.ts';

let root: string;
let dir: string;
let out: string;
const site = (title: string) => ({ talkById: new Map([['a', { title }]]) });
const PAGE = '/talks/a/index.html';

const PROPS = propsKey({ id: 'a' });

/**
 * One build: opens the cache, reuses the page (moves it into the output) or "renders" it (writes
 * it, and keeps `links` as the link check would), commits.
 */
async function buildOnce(fingerprint: string, data: object, html: string, commit = true, links?: PageLinks) {
  const cache = new PageCache(dir, out, fingerprint);
  const reused = cache.reuse(PAGE, PROPS, data) ? cache.restore(PAGE) : undefined;
  if (reused === undefined) {
    mkdirSync(join(out, 'talks', 'a'), { recursive: true });
    writeFileSync(join(out, PAGE), html);
    cache.keep(PAGE, ['["talkById","a"]'], data);
    if (links) cache.keepLinks(new Map([[PAGE, links]]));
  }
  if (commit) cache.commit();
  return { cache, reused };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'confnotes-page-cache-'));
  dir = join(root, 'cache');
  out = join(root, 'dist');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the page cache', () => {
  it('gives back the last build\'s HTML when the props and every read are the same, moved into the output', async () => {
    await buildOnce('code', site('A'), '<p>A</p>');
    const { reused, cache } = await buildOnce('code', site('A'), 'never rendered');
    expect(reused).toBe('<p>A</p>');
    expect(readFileSync(join(out, PAGE), 'utf8')).toBe('<p>A</p>');
    expect(cache.stats).toEqual({ reused: 1, rendered: 0 });
    // Reused again the build after: a reused page is recorded as a rendered one is.
    expect((await buildOnce('code', site('A'), 'never rendered')).reused).toBe('<p>A</p>');
  });

  it('gives back what the link check read from a page it reuses, so the page is moved into the output unread', async () => {
    await buildOnce('code', site('A'), '<p id="top"><a href="/speakers/b/">B</a></p>', true, { ids: new Set(['top']), links: ['/speakers/b/', '#top'] });

    const second = new PageCache(dir, out, 'code');
    // Nothing is given for a page before it is reused.
    expect(second.linksOf(PAGE)).toBeUndefined();
    expect(second.reuse(PAGE, PROPS, site('A'))).toBe(true);
    expect(second.linksOf(PAGE)).toEqual({ ids: new Set(['top']), links: ['/speakers/b/', '#top'] });
    second.move(PAGE);
    expect(readFileSync(join(out, PAGE), 'utf8')).toBe('<p id="top"><a href="/speakers/b/">B</a></p>');
    // Kept again by the link check, as a page of this build: given back the build after.
    second.keepLinks(new Map([[PAGE, second.linksOf(PAGE)!]]));
    second.commit();
    const third = new PageCache(dir, out, 'code');
    expect(third.reuse(PAGE, PROPS, site('A'))).toBe(true);
    expect(third.linksOf(PAGE)?.links).toEqual(['/speakers/b/', '#top']);
  });

  it('gives no links for a page rendered again, nor for one whose links the last build did not keep', async () => {
    await buildOnce('code', site('A'), '<p>A</p>', true, { ids: new Set(), links: ['/'] });
    const changed = new PageCache(dir, out, 'code');
    expect(changed.reuse(PAGE, PROPS, site('A, renamed'))).toBe(false);
    expect(changed.linksOf(PAGE)).toBeUndefined();
    // Rendered and kept without links (a build with no link check): reused next time, read from its file.
    mkdirSync(join(out, 'talks', 'a'), { recursive: true });
    writeFileSync(join(out, PAGE), '<p>A, renamed</p>');
    changed.keep(PAGE, ['["talkById","a"]'], site('A, renamed'));
    changed.commit();
    const next = new PageCache(dir, out, 'code');
    expect(next.reuse(PAGE, PROPS, site('A, renamed'))).toBe(true);
    expect(next.linksOf(PAGE)).toBeUndefined();
    expect(next.restore(PAGE)).toBe('<p>A, renamed</p>');
  });

  it('renders a page again when something it read changed', async () => {
    await buildOnce('code', site('A'), '<p>A</p>');
    const { reused } = await buildOnce('code', site('A, renamed'), '<p>A, renamed</p>');
    expect(reused).toBeUndefined();
  });

  it('renders a page again when its props changed', async () => {
    await buildOnce('code', site('A'), '<p>A</p>');
    const cache = new PageCache(dir, out, 'code');
    expect(cache.reuse(PAGE, propsKey({ id: 'a', title: 'new' }), site('A'))).toBe(false);
  });

  it('reuses nothing made by other code or settings, and says so', async () => {
    await buildOnce('code', site('A'), '<p>A</p>');
    const cache = new PageCache(dir, out, 'other code');
    expect(cache.stats.cold).toBe('the code or settings changed since the last build');
    expect(cache.reuse(PAGE, PROPS, site('A'))).toBe(false);
  });

  it('reuses nothing after a build that did not finish', async () => {
    await buildOnce('code', site('A'), '<p>A</p>');
    await buildOnce('code', site('A'), '<p>A</p>', false);
    expect(readManifest(dir)).toBeUndefined();
    const cache = new PageCache(dir, out, 'code');
    expect(cache.stats.cold).toBe('no cache from a successful build');
  });

  it('moves the last output aside while the build runs, and leaves only the manifest soon after it is done', async () => {
    await buildOnce('code', site('A'), '<p>A</p>');
    const cache = new PageCache(dir, out, 'code');
    expect(readdirSync(root).sort()).toEqual(['cache']);
    expect(readdirSync(dir)).toContain('previous-dist');
    cache.commit();
    // The last output is renamed at once and deleted in the background.
    expect(readdirSync(dir)).not.toContain('previous-dist');
    for (let i = 0; i < 100 && readdirSync(dir).length > 1; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir)).toEqual(['manifest.json']);
  });

  it('deletes a discarded folder at the lowest priority, so that it does not slow the index step beside it', async () => {
    const folder = join(dir, 'previous-dist');
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < 200; i++) writeFileSync(join(folder, `${i}.html`), '<p>old</p>');
    const deletion = discard(folder)!;
    // Read before the process has started Node, let alone deleted anything.
    expect(getPriority(deletion.pid)).toBe(19);
    expect(readdirSync(dir)).not.toContain('previous-dist');
    for (let i = 0; i < 100 && readdirSync(dir).length > 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir)).toEqual([]);
  });
});
