import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { cacheFor } from '../../src/cache/cache-dir.ts';
import { readManifest } from '../../src/cache/page-cache.ts';
import { checkLinks, readPage } from '../../src/site/check-links.ts';
import { childEnv } from '../helpers/child-env.ts';

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
      { page: '/a/', href: '/feed.xml' },
      { page: '/', href: '/missing/' },
      { page: '/', href: '/a/#gone' },
    ]);
  });

  it('reports a link with a malformed escape as broken, without stopping', async () => {
    const dir = site({
      'index.html': '<a href="/a%zz/">p</a><a href="/b/#%zz">a</a><a href="/b/#caf%C3%A9">ok</a>',
      'b/index.html': '<h2 id="café">C</h2>',
    });
    const { broken } = await checkLinks(dir);
    expect(broken.map((b) => b.href)).toEqual(['/a%zz/', '/b/#%zz']);
  });

  it('reads links from tags only, never from text or code samples', () => {
    const { links, ids } = readPage('<pre><code>&lt;a href="/not-a-link/"&gt;</code></pre><a title="a > b" href="/real/" id="x">r</a><a href="https://example.org/">e</a>');
    expect(links).toEqual(['/real/']);
    expect([...ids]).toEqual(['x']);
  });

  it('reads src as well as href, so a broken internal image or script is a broken link', async () => {
    const dir = site({
      'index.html': '<img src="/img/there.png" alt="ok"><img src="/img/gone.png" alt="x"><script src="/app.js"></script><img src="https://example.org/x.png" alt="out">',
      'img/there.png': 'png',
    });
    const { broken } = await checkLinks(dir);
    expect(broken).toEqual([
      { page: '/', href: '/img/gone.png' },
      { page: '/', href: '/app.js' },
    ]);
  });
});

describe('npm run build', () => {
  it('fails on a broken internal link or image, naming the page and the target', async () => {
    const { spawnSync } = await import('node:child_process');
    const { cpSync } = await import('node:fs');
    const { VALID } = await import('../helpers/fixtures.ts');
    const content = mkdtempSync(join(tmpdir(), 'confnotes-broken-link-'));
    cpSync(VALID, content, { recursive: true });
    writeFileSync(
      join(content, 'recaps', 'kcd-broken-link.md'),
      '---\ntitle: Lien cassé\nconference: kcd-france-2023\nauthors: [A]\norganisation: O\nlang: fr\npublished: 2023-03-10\n---\n\n## Un talk\n- Speakers: Ada Lovelace\n\nVoir [cet outil](/tools/nope/) et ![le schéma](/images/nope.png).\n',
    );
    const env = { CONFNOTES_CONTENT: content, CONFNOTES_OUT: join(content, 'dist'), CONFNOTES_CACHE: join(content, 'cache') };
    const result = spawnSync('sh', ['src/cli/build.sh'], { encoding: 'utf8', env: childEnv(env) });
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('/talks/kcd-france-2023/un-talk/ -> /tools/nope/');
    expect(result.stdout + result.stderr).toContain('/talks/kcd-france-2023/un-talk/ -> /images/nope.png');
    // A build that fails leaves nothing to reuse.
    expect(readManifest(cacheFor('pages', env.CONFNOTES_OUT, process.cwd(), env))).toBeUndefined();
  }, 120_000);
});
