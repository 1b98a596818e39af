import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkLinks, readPage } from '../../src/site/check-links.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'confnotes-links-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('the link check', () => {
  it('finds no broken link in the built site', async () => {
    const { broken, links } = await checkLinks(inject('siteDist'));
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(1000);
  });

  it('names the page and the target of every broken link and anchor', async () => {
    const dir = site({
      'index.html': '<a href="/a/">a</a><a href="/missing/">x</a><a href="/a/#here">ok</a><a href="/a/#gone">bad</a><a href="#top">self</a><p id="top"></p>',
      'a/index.html': '<h2 id="here">Here</h2><a href="/index.html">home</a><link rel="alternate" href="/feed.xml">',
    });
    const { broken } = await checkLinks(dir);
    expect(broken).toEqual([
      { page: '/', href: '/missing/' },
      { page: '/', href: '/a/#gone' },
      { page: '/a/', href: '/feed.xml' },
    ]);
  });

  it('reads links from tags only, never from text or code samples', () => {
    const { links, ids } = readPage('<pre><code>&lt;a href="/not-a-link/"&gt;</code></pre><a title="a > b" href="/real/" id="x">r</a><a href="https://example.org/">e</a>');
    expect(links).toEqual(['/real/']);
    expect([...ids]).toEqual(['x']);
  });
});
