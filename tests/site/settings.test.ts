import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { builtFiles } from '../../src/site/built-pages.ts';
import { checkLinks } from '../../src/site/check-links.ts';
import { childEnv } from '../helpers/child-env.ts';
import { openNodeSearch } from '../helpers/pagefind-node.ts';

// The valid fixture with tests/fixtures/site-settings/site.yaml: "Acme Field Notes", served at
// https://acme.github.io/notes/ (so under /notes/), with a logo and a draft recap.
const dist = inject('settingsDist');
const BASE = '/notes/';
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const $ = (file: string) => cheerio.load(read(file));

describe('a site built with its own site.yaml', () => {
  it('shows the title and tagline in the header, <title>, home page, 404 page and footer', () => {
    const home = $('index.html');
    expect(home('title').text()).toBe('Acme Field Notes');
    expect(home('.brand').text()).toBe('Acme Field Notes');
    expect(home('h1').text()).toBe('Acme Field Notes');
    expect(home('.lede').first().text()).toContain("What Acme's engineers brought back from conferences");
    expect(home('.site-footer').text()).toContain("Acme Field Notes (Acme Corp): What Acme's engineers brought back from conferences");
    const talks = $('talks/index.html');
    expect(talks('title').text()).toMatch(/ · Acme Field Notes$/);
    const notFound = $('404.html');
    expect(notFound('title').text()).toMatch(/Acme Field Notes/);
    expect(notFound('main a').first().text()).toBe('Acme Field Notes');
    expect(read('index.html')).not.toContain('Confnotes');
  });

  it('names itself in the RSS feed, OpenGraph and the JSON export', () => {
    const feed = read('rss.xml');
    expect(feed).toContain('<title>Acme Field Notes: Recaps</title>');
    expect(feed).toContain('<description>What Acme&apos;s engineers brought back from conferences</description>');
    expect(feed).toContain('<link>https://acme.github.io/notes/</link>');
    const home = $('index.html');
    expect(home('meta[property="og:site_name"]').attr('content')).toBe('Acme Field Notes');
    expect(home('link[rel=canonical]').attr('href')).toBe('https://acme.github.io/notes/');
    expect(JSON.parse(read('data/site.json'))).toEqual({ title: 'Acme Field Notes', tagline: "What Acme's engineers brought back from conferences", organisation: 'Acme Corp', uiLang: 'en' });
  });

  it('copies the logo from the content folder and shows it in the header', () => {
    expect(read('logo.svg')).toBe(readFileSync(join(inject('settingsContent'), 'logo.svg'), 'utf8'));
    expect($('index.html')('.brand img').attr('src')).toBe(`${BASE}logo.svg`);
  });

  it('leaves the draft recap out', () => {
    expect(existsSync(join(dist, 'recaps/kcd-draft/index.html'))).toBe(false);
    expect(read('talks/index.html')).not.toContain('A talk still in draft');
  });

  it('and npm run check lists the draft', () => {
    const check = spawnSync(process.execPath, ['src/cli/check.ts'], { encoding: 'utf8', env: childEnv({ CONFNOTES_CONTENT: inject('settingsContent') }) });
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/draft {2}.*recaps\/kcd-draft\.md: shown by npm run dev, left out of the build/);
    expect(check.stdout).toMatch(/1 draft left out/);
  });
});

describe('a site under a base path', () => {
  it('starts every internal href and src with the base, on every page', async () => {
    const offenders = new Set<string>();
    for (const file of await builtFiles(dist)) {
      if (!file.endsWith('.html')) continue;
      const page = cheerio.load(read(file.slice(1)));
      page('[href], [src]').each((_, element) => {
        for (const name of ['href', 'src']) {
          const value = page(element).attr(name);
          if (value?.startsWith('/') && !value.startsWith('//') && !value.startsWith(BASE)) offenders.add(`${file}: ${name}="${value}"`);
        }
      });
      // The search page reads the base from its script tag.
      if (file === '/search/index.html') expect(page('script[data-base]').attr('data-base')).toBe(BASE);
    }
    expect([...offenders].slice(0, 10)).toEqual([]);
  });

  it('passes the link check under the base, and the check sees a root link that misses it', async () => {
    const { pages, broken } = await checkLinks(dist, BASE);
    expect(pages).toBeGreaterThan(20);
    expect(broken).toEqual([]);
    // The same pages read as if served from the root: every link leads nowhere.
    expect((await checkLinks(dist, '/')).broken.length).toBeGreaterThan(pages);
  });

  it('writes the sitemap, the feed and the export with the base', () => {
    expect(read('sitemap-0.xml')).toContain('<loc>https://acme.github.io/notes/talks/</loc>');
    expect(read('rss.xml')).toMatch(/<link>https:\/\/acme\.github\.io\/notes\/recaps\/[\w-]+\/<\/link>/);
    const talks = JSON.parse(read('data/talks.json')) as { notes: { html: string }[] }[];
    const links = talks.flatMap((t) => t.notes.flatMap((n) => [...n.html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1])));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith(BASE))).toEqual([]);
  });

  it('finds talks and tools through the search client, with result URLs under the base', async () => {
    const search = await openNodeSearch(dist, { base: BASE });
    const { results } = await search.search('kubernetes');
    expect(results.length).toBeGreaterThan(0);
    const urls = await Promise.all(results.slice(0, 5).map(async (r) => (await r.data()).url));
    expect(urls.every((url) => url.startsWith(BASE))).toBe(true);
  });
});
