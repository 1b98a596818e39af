import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { inlineScriptHashes, withContentSecurityPolicy } from '../../src/security/csp.ts';
import { builtPages } from '../helpers/built-site.ts';

describe('the Content-Security-Policy of the built pages', () => {
  it('is on every page, after the charset and before any script, and allows exactly its inline scripts by hash', async () => {
    const dist = inject('siteDist');
    for (const file of await builtPages(dist)) {
      const html = readFileSync(join(dist, file), 'utf8');
      const $ = load(html);
      const policy = $('head > meta[http-equiv="Content-Security-Policy"]');
      expect(policy.length, file).toBe(1);
      expect($('head > *').index(policy), file).toBe(1);
      const allowed = [...(policy.attr('content') ?? '').matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]).sort();
      expect(allowed, file).toEqual([...new Set(inlineScriptHashes(html))].sort());
      expect(policy.attr('content')).toContain("frame-src https://www.youtube-nocookie.com;");
    }
  });

  it('hashes inline scripts only, as browsers do (SHA-256 of the exact text, base64)', () => {
    const page = '<!doctype html><html><head><meta charset="utf-8"><script src="/a.js"></script><script>alert(1)</script></head></html>';
    expect(inlineScriptHashes(page)).toEqual(['sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=']);
    expect(withContentSecurityPolicy(page)).toMatch(/^<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' blob: 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF\+pI='; /);
  });
});
