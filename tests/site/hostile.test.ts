import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { urls } from '../../src/urls.ts';
import { KEPT_WORDS, parseHostileFixture } from '../helpers/fixtures.ts';
import { builtPages, pageAt, scriptingAttributes } from '../helpers/built-site.ts';

const dist = inject('hostileDist');
const { content } = parseHostileFixture();
const hostileTalk = (start: string) => content.talks.find((t) => t.title.startsWith(start))!;
const debugging = hostileTalk('Debugging with');
const second = hostileTalk('Second talk');

describe('the hostile fixture site', () => {
  it('builds, and every page of it, read with an HTML parser, has no on* attribute, no script URL and no script from content', async () => {
    const files = await builtPages(dist);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const $ = load(readFileSync(join(dist, file), 'utf8'));
      expect(scriptingAttributes($), file).toEqual([]);
      $('script').each((_, script) => expect($(script).html() ?? '', file).not.toMatch(/alert|msgbox/));
      expect($('iframe, math, object, embed, main section.note form').length, file).toBe(0);
    }
  });

  it('keeps the words around removed markup on the talk page, and drops comments', () => {
    const $ = pageAt(dist, urls.talk(debugging.id));
    const text = $('main').text();
    for (const word of KEPT_WORDS) expect(text).toContain(word);
    expect($('main img[alt="data dugongword"]').attr('src')).toBeUndefined();
    expect(text).not.toContain('hiddenword');
    expect(text).toContain("<script>alert('code')</script>");
    expect($('main code').text()).toContain("<script>alert('code')</script>");
    expect(pageAt(dist, urls.recap('kcd-hostile')).text()).toContain('wombatprose');
  });

  it("makes the talk's embedded YouTube player its video, and an iframe of a talk that has one a link", () => {
    expect(debugging.video).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    const first = pageAt(dist, urls.talk(debugging.id));
    expect(first('.video a').attr('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(first('.video-play').attr('data-embed')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(second.video).toBe('https://www.youtube.com/watch?v=abcdefghijk');
    const $ = pageAt(dist, urls.talk(second.id));
    const link = $('main a[href="https://vimeo.com/123456789"]');
    expect(link.text()).toBe('The Vimeo recording');
    expect(link.attr('rel')).toBe('noopener noreferrer external');
    expect($('main').text()).toContain('marmosetword');
    expect($('main').text()).toContain('gibbonword');
  });

  it('shows titles with code spans and tags as their text in page titles, meta, feeds, the JSON export and search metadata', () => {
    const title = 'Debugging with kubectl debug and bold words';
    expect(debugging.title).toBe(title);
    const $ = pageAt(dist, urls.talk(debugging.id));
    expect($('title').text()).toBe(`${title} · Confnotes`);
    expect($('meta[property="og:title"]').attr('content')).toBe(title);
    expect($('h1').text()).toBe(title);
    expect($('[data-pagefind-meta^="title:"]').attr('data-pagefind-meta')).toBe(`title:${title}`);
    const talks = JSON.parse(readFileSync(join(dist, 'data', 'talks.json'), 'utf8')) as { title: string }[];
    expect(talks.map((t) => t.title)).toContain(title);
    const recapTitle = 'Hostile notes on kubectl from KCD France';
    const feed = load(readFileSync(join(dist, 'rss.xml'), 'utf8'), { xml: true });
    expect(feed('item > title').map((_, t) => feed(t).text()).get()).toContain(recapTitle);
    expect(pageAt(dist, urls.recap('kcd-hostile'))('title').text()).toBe(`${recapTitle} · Confnotes`);
  });
});

describe('npm run check and the build on the hostile fixture', () => {
  const expected = [
    'kcd-hostile.md:10  HTML: script at line 10 removed with its content',
    'kcd-hostile.md:12  HTML: onclick at line 12 dropped',
    "kcd-hostile.md:16  HTML: iframe at line 16 became the talk's video",
    'kcd-hostile.md:20  HTML: div at line 20 removed, its text kept',
    'kcd-hostile.md:24  HTML: onmouseover at line 24 dropped',
    'kcd-hostile.md:32  HTML: onerror at line 32 dropped',
    `kcd-hostile.md:34  HTML: href="javascript:alert('link')" at line 34 dropped; href="vbscript:msgbox(1)" dropped`,
    'kcd-hostile.md:35  HTML: src="data:image/png;base64,AAAA" at line 35 dropped; svg removed, its text kept',
    'kcd-hostile.md:39  HTML: script at line 39 removed with its content',
    'kcd-hostile.md:41  HTML: span at line 41 removed, its text kept',
    'kcd-hostile.md:47  HTML: iframe at line 47 replaced by a link',
    'kcd-hostile.md:49  HTML: iframe at line 49 removed, its text kept',
  ];

  it('lists each removal with its file and line, and passes', () => {
    const result = spawnSync(process.execPath, ['src/cli/check.ts'], { encoding: 'utf8', env: { ...process.env, CONFNOTES_CONTENT: inject('hostileContent') } });
    expect(result.status).toBe(0);
    const warnings = [...result.stderr.matchAll(/^warning {2}\S*\/(kcd-hostile\.md:\d+ {2}HTML: .*)$/gm)].map((m) => m[1]);
    expect(warnings).toEqual(expected);
    expect(result.stdout).toContain('(0 errors, 12 warnings');
  });

  it("says the same in the build's log", () => {
    const log = inject('hostileBuildLog');
    for (const line of expected) expect(log).toContain(line.replace(/^kcd-hostile\.md/, 'recaps/kcd-hostile.md'));
  });
});
