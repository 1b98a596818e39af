import { describe, expect, it } from 'vitest';
import { cacheFor } from '../../src/cache/cache-dir.ts';
import { codeFingerprint } from '../../src/cache/code-fingerprint.ts';
import { today } from '../../src/site/today.ts';

const root = process.cwd();

describe('what a build is made by', () => {
  it('is the same for two builds of the same code, settings and day', () => {
    const env = { CONFNOTES_UI_LANG: 'fr', SOURCE_DATE_EPOCH: '1764547200' };
    expect(codeFingerprint(root, { base: '/' }, env)).toBe(codeFingerprint(root, { base: '/' }, env));
  });

  it('changes with a CONFNOTES_ setting or the base path, not with the day or where the output or the cache go', () => {
    const env = { SOURCE_DATE_EPOCH: '1764547200' };
    const same = codeFingerprint(root, { base: '/' }, env);
    expect(codeFingerprint(root, { base: '/' }, { ...env, CONFNOTES_LIST_PAGE_SIZE: '2' })).not.toBe(same);
    expect(codeFingerprint(root, { base: '/notes/' }, env)).not.toBe(same);
    // Pages that show the day read it from the site data: a new day renders those, not every page.
    expect(codeFingerprint(root, { base: '/' }, { SOURCE_DATE_EPOCH: '1764633600' })).toBe(same);
    expect(codeFingerprint(root, { base: '/' }, { ...env, CONFNOTES_OUT: '/tmp/x', CONFNOTES_CACHE: '/tmp/y' })).toBe(same);
  });
});

describe('the day pages call today', () => {
  it('is pinned by SOURCE_DATE_EPOCH', () => {
    expect(today({ SOURCE_DATE_EPOCH: '1764547200' })).toBe('2025-12-01');
  });

  it('is the day of the build without it', () => {
    expect(today({})).toBe(new Date().toISOString().slice(0, 10));
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, and says what it takes', () => {
    expect(() => today({ SOURCE_DATE_EPOCH: '2025-12-01' })).toThrow(/whole seconds since 1970/);
  });
});

describe('the cache folders', () => {
  it('are one per content or output folder, under CONFNOTES_CACHE', () => {
    const env = { CONFNOTES_CACHE: '/tmp/confnotes-cache' };
    expect(cacheFor('pages', 'dist', root, env)).toMatch(/^\/tmp\/confnotes-cache\/pages\/[0-9a-f]{16}$/);
    expect(cacheFor('pages', 'dist', root, env)).not.toBe(cacheFor('pages', 'other-dist', root, env));
    expect(cacheFor('recaps', 'content', root, {})).toContain('node_modules/.cache/confnotes/recaps/');
  });
});
