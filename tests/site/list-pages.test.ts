import { describe, expect, inject, it } from 'vitest';
import { loadValidContent } from '../../src/parse/load-content.ts';
import { urls } from '../../src/urls.ts';
import { hasPage, pageAt } from '../helpers/built-site.ts';
import { parseFixture } from '../helpers/fixtures.ts';

// The fixture site is built with lists of two talks a page (CONFNOTES_LIST_PAGE_SIZE=2).
const fixture = inject('fixtureDist');
const dist = inject('siteDist');
const { content } = loadValidContent();
const fixtureContent = parseFixture().content;
const page = (path: string) => pageAt(fixture, path);

/** Every page of a split list, from its first, following the "next" links; and the talks they list. */
function walk(list: string, selector = '.talk-list a.title') {
  const pages: string[] = [];
  const talks: string[] = [];
  for (let path: string | undefined = list; path; ) {
    const $ = page(path);
    pages.push(path);
    talks.push(...$(selector).map((_, a) => $(a).attr('href')!).get());
    path = $('.list-pager a[rel="next"]').first().attr('href');
  }
  return { pages, talks };
}

describe('long lists split into static pages', () => {
  it('/talks/ lists every talk once over its numbered pages, newest first, each page linking the others', () => {
    const { pages, talks } = walk(urls.talks());
    // Two talks a page on the fixture site.
    const count = Math.ceil(fixtureContent.talks.length / 2);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(pages).toEqual(Array.from({ length: count }, (_, i) => urls.listPage(urls.talks(), i + 1)));
    expect([...talks].sort()).toEqual(fixtureContent.talks.map((t) => urls.talk(t.id)).sort());
    const $ = page(urls.listPage(urls.talks(), 2));
    expect($('.list-pager a[rel="prev"]').first().attr('href')).toBe(urls.talks());
    expect($('.list-pager a[aria-current="page"]').first().text()).toBe('2');
    expect($('.list-pager').first().attr('aria-label')).toBe(`Pages (page 2 sur ${count})`);
  });

  it('/recaps/ lists every recap once over its numbered pages, newest first (2,498 recaps on one page weighed 640 KB)', () => {
    const { pages, talks: recaps } = walk(urls.recaps(), 'main ul.plain > li > a');
    const count = Math.ceil(fixtureContent.recaps.length / 2);
    expect(count).toBeGreaterThanOrEqual(2);
    expect(pages).toEqual(Array.from({ length: count }, (_, i) => urls.listPage(urls.recaps(), i + 1)));
    const newestFirst = [...fixtureContent.recaps].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
    expect(recaps).toEqual(newestFirst.map((r) => urls.recap(r.id)));
    expect(page(urls.listPage(urls.recaps(), 2))('.lede').text()).toContain(String(fixtureContent.recaps.length));
  });

  it("a tool's, a year's and an edition's talks are split the same way", () => {
    const kubernetes = fixtureContent.projects.find((p) => p.id === 'kubernetes')!;
    expect([...walk(urls.tool('kubernetes')).talks].sort()).toEqual(kubernetes.talks.map((id) => urls.talk(id)).sort());
    const year = fixtureContent.editions.find((e) => fixtureContent.talks.filter((t) => t.edition === e.id).length > 2)!;
    const inEdition = fixtureContent.talks.filter((t) => t.edition === year.id).map((t) => urls.talk(t.id));
    expect([...walk(urls.edition(year.series, year.year), 'section[aria-labelledby="summary-talks"] .talk-list a.title, main > .talk-list a.title').talks].sort()).toEqual(inEdition.sort());
  });

  it('a list of one page has no pager (the shipped site, at 100 talks a page)', () => {
    expect(content.talks.length).toBeLessThan(100);
    expect(pageAt(dist, urls.talks())('.list-pager')).toHaveLength(0);
    expect(hasPage(dist, urls.listPage(urls.talks(), 2))).toBe(false);
  });

  it('the talks filter is a form that browses the search index by its filter values, with no list of every talk behind it', () => {
    const $ = pageAt(dist, urls.talks());
    expect($('#talks-filter').attr('action')).toBe(urls.search());
    expect($('#talks-filter input[name="type"]').val()).toBe('Talk');
    expect($('#talks-filter select[name="series"] option').map((_, o) => $(o).attr('value')).get()).toContain('KubeCon EU');
    expect($('[data-tools]')).toHaveLength(0);
  });

  it('the home page shows a fixed number of recent things and links the full lists', () => {
    const $ = pageAt(dist, urls.home());
    expect($(`main a[href="${urls.conferences()}"]`).length).toBeGreaterThan(0);
    expect($(`main a[href="${urls.recaps()}"]`).length).toBeGreaterThan(0);
    expect($(`main a[href="${urls.tools()}"]`).length).toBeGreaterThan(0);
    expect($('section:has(h2:contains("Latest conferences")) li').length).toBeLessThanOrEqual(8);
  });
});
