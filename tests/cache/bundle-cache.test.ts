import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { bundleCache } from '../../src/cache/bundle-cache.ts';

let root: string;
const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')])
    .sort();

/** A bundle as Pagefind writes one: files at its root and in folders. */
function writeBundle(dir: string, text: string): string {
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  writeFileSync(join(dir, 'pagefind-entry.json'), `{"v":"${text}"}`);
  writeFileSync(join(dir, 'fragment', 'en_1.pf_fragment'), text);
  return dir;
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'confnotes-bundle-cache-'));
});

describe('the cache of a search bundle', () => {
  it('gives nothing before a bundle was kept', () => {
    expect(bundleCache(join(root, 'cache')).restore('a', join(root, 'out'))).toBe(false);
    expect(existsSync(join(root, 'out'))).toBe(false);
  });

  it('gives back the files it kept, for the digest they were made from only', () => {
    const cache = bundleCache(join(root, 'cache'));
    const written = writeBundle(join(root, 'dist-1', 'named'), 'first');
    cache.keep('digest-1', written);
    expect(cache.restore('digest-2', join(root, 'dist-2', 'named'))).toBe(false);
    expect(cache.restore('digest-1', join(root, 'dist-2', 'named'))).toBe(true);
    expect(filesOf(join(root, 'dist-2', 'named'))).toEqual(filesOf(written));
  });

  it('keeps only the last bundle, and is not changed when the output it came from is deleted', () => {
    const cache = bundleCache(join(root, 'cache'));
    cache.keep('digest-1', writeBundle(join(root, 'dist-1', 'named'), 'first'));
    const second = writeBundle(join(root, 'dist-2', 'named'), 'second');
    cache.keep('digest-2', second);
    const expected = filesOf(second);
    // The next build deletes its output folder before it writes the index again.
    rmSync(join(root, 'dist-2'), { recursive: true });
    expect(cache.restore('digest-1', join(root, 'out-1'))).toBe(false);
    expect(cache.restore('digest-2', join(root, 'out-2'))).toBe(true);
    expect(filesOf(join(root, 'out-2'))).toEqual(expected);
  });
});
