import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { prepareForIndex } from '../../src/search/prepare-html.ts';

const dist = inject('siteDist');

/** Every file of an index Pagefind writes from these pages, by path, as a digest of its bytes. */
async function indexOf(pages: { url: string; html: string }[]): Promise<Record<string, string>> {
  const { index } = await pagefind.createIndex({});
  for (const { url, html } of pages) {
    const added = await index!.addHTMLFile({ url, content: html });
    expect(added.errors).toEqual([]);
  }
  const out = mkdtempSync(join(tmpdir(), 'confnotes-index-html-'));
  await index!.writeFiles({ outputPath: out });
  await index!.deleteIndex();
  const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((f) => [join(f.parentPath, f.name).slice(out.length), createHash('sha256').update(readFileSync(join(f.parentPath, f.name))).digest('hex')]));
}

afterAll(() => pagefind.close());

describe('the HTML handed to the indexer', () => {
  it('gives Pagefind the same index as the pages themselves, for less to read', async () => {
    // Every indexed page, without the two things the indexer's HTML is meant to change: no
    // apostrophe (elisions are split), no content language (the page is filed under it).
    const pages = (readdirSync(dist, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.html'))
      .sort()
      .map((file) => ({ url: `/${file.replace(/index\.html$/, '')}`, html: readFileSync(join(dist, file), 'utf8') }))
      .filter(({ html }) => html.includes('data-pagefind-body'))
      .map(({ url, html }) => ({ url, html: html.replace(/[’']|&#39;/g, ' ').replace(/<meta name="confnotes:content-lang"[^>]*>/, '') }));
    const kinds = new Set(pages.map(({ url }) => url.split('/')[1]));
    expect(pages.length).toBeGreaterThan(100);
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['cncf', 'speakers', 'talks', 'tools']));
    const prepared = pages.map(({ url, html }) => ({ url, html: prepareForIndex(html) }));
    const sent = (list: { html: string }[]) => list.reduce((sum, { html }) => sum + html.length, 0);
    expect(sent(prepared)).toBeLessThan(sent(pages) * 0.6);
    expect(await indexOf(prepared)).toEqual(await indexOf(pages));
  });
});
