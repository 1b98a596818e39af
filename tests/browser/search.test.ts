import { describe, expect, inject, it } from 'vitest';
import { loadValidContent } from '../../src/parse/load-content.ts';
import { urls } from '../../src/urls.ts';
import { useBrowserOnSite } from '../helpers/browser-site.ts';
import { searchFromColdPage } from '../helpers/first-results.ts';
import { openNodeSearch, showResults } from '../helpers/pagefind-node.ts';

const browser = useBrowserOnSite();
const dist = inject('siteDist');
const { content } = loadValidContent();
const resultsReady = (page: import('playwright-core').Page) => page.waitForSelector('#search-results li');

describe('the search page', () => {
  it('shows the filters, with a count for each value, before anything is typed', async () => {
    const page = await browser.open(urls.search());
    await page.waitForFunction(() => (document.querySelector('select[name="type"]') as HTMLSelectElement).options.length > 1);
    const types = await page.locator('select[name="type"] option').allTextContents();
    expect(types).toContain(`Talk (${content.talks.length})`);
    const years = await page.locator('select[name="year"] option').allTextContents();
    expect(years.slice(1, 3)).toEqual([expect.stringMatching(/^2023 \(\d+\)$/), expect.stringMatching(/^2022 \(\d+\)$/)]);
    // Browsing with no query at all: a filter alone lists its pages.
    await page.selectOption('select[name="edition"]', 'KubeCon EU 2019');
    await page.selectOption('select[name="type"]', 'Talk');
    await page.waitForFunction((n) => document.querySelector('#search-status')?.textContent?.startsWith(`${n} `), content.talks.filter((t) => t.edition === 'kubecon-eu-2019').length);
    expect(page.url()).toMatch(/\?type=Talk&edition=KubeCon\+EU\+2019$/);
    await page.close();
  });

  it("loads a query's counts per filter value only when the reader reaches for a filter", async () => {
    const page = await browser.open(`${urls.search()}?q=cluster`);
    await resultsReady(page);
    await page.waitForLoadState('networkidle');
    const filterFiles = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pagefind/filter/')).length);
    expect(await filterFiles()).toBe(0);
    // Until then the values are listed without numbers: the site's totals would mislead.
    expect(await page.locator('select[name="year"] option').allTextContents()).toEqual([expect.any(String), '2023', '2022', '2019']);
    await page.focus('select[name="year"]');
    await page.waitForFunction(() => [...(document.querySelector('select[name="year"]') as HTMLSelectElement).options].some((o) => /^\d{4} \(\d+\)$/.test(o.text)));
    expect(await filterFiles()).toBeGreaterThan(0);
    const status = await page.locator('#search-status').textContent();
    const types = await page.locator('select[name="type"] option').allTextContents();
    const counted = types.slice(1).reduce((sum, text) => sum + Number(text.match(/\((\d+)\)$/)![1]), 0);
    expect(`${counted} `).toBe(status!.match(/^\d+ /)![0]);
    await page.close();
  });

  it("puts a named tool's page first, and shows it once", async () => {
    const page = await browser.open(`${urls.search()}?q=argocd`);
    await resultsReady(page);
    await page.waitForFunction(() => /^\d+ /.test(document.querySelector('#search-status')?.textContent ?? ''));
    const hrefs = await page.locator('#search-results a.title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs[0]).toBe(urls.tool('argo-cd'));
    expect(hrefs.filter((href) => href === urls.tool('argo-cd'))).toHaveLength(1);
    const status = (await page.locator('#search-status').textContent())!;
    // Every result fits on one page here: the count is that of the links shown, the "also" row's included.
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    const alsoLinks = await page.locator('#search-also a').count();
    expect(status).toMatch(new RegExp(`^${hrefs.length + alsoLinks} `));
    await page.close();
  });

  it('for a topic, lists talks, with the matching tools and speakers as a row of "also" links', async () => {
    const page = await browser.open(`${urls.search()}?q=chaos`);
    await resultsReady(page);
    await page.waitForFunction(() => /^\d+ /.test(document.querySelector('#search-status')?.textContent ?? ''));
    const badges = await page.locator('#search-results li .badge').allTextContents();
    for (const badge of badges) expect(badge).toMatch(/^(Talk|Edition)/);
    const also = await page.locator('#search-also a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(also).toContain(urls.tool('chaos-toolkit'));
    expect(await page.locator('#search-also').isVisible()).toBe(true);
    // A talk result: its speakers, and the words that matched in its notes.
    const first = page.locator('#search-results li').first();
    expect(await first.locator('p.meta').textContent()).toMatch(/\w/);
    expect(await first.locator('.snippet mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('says plainly when no talk mentions the thing searched for, with no other result', async () => {
    const page = await browser.open(`${urls.search()}?q=Jenkins`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('no talk'));
    expect(await page.locator('#search-status').textContent()).toBe('Jenkins: no talk mentions it yet.');
    expect(await page.locator('#search-results li').count()).toBe(0);
    expect(await page.locator('#search-also').isHidden()).toBe(true);
    await page.close();
  });

  it('says so when a search fails', async () => {
    const page = await browser.open(urls.search());
    await page.locator('#search-input').waitFor();
    await page.waitForFunction(() => (document.querySelector('select[name="type"]') as HTMLSelectElement).options.length > 1);
    // Results whose data is gone, as after a redeploy that rewrote the index.
    await page.route('**/pagefind/fragment/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.fill('#search-input', 'cluster');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('The search failed'));
    expect(await page.locator('#search-results li').count()).toBe(0);
    // And the next words typed are searched again.
    await page.unroute('**/pagefind/fragment/**');
    await page.fill('#search-input', 'kubernetes');
    await resultsReady(page);
    await page.close();
  });

  it('shows the type, the edition and an excerpt with the match highlighted', async () => {
    const page = await browser.open(`${urls.search()}?q=rootless`);
    await resultsReady(page);
    const first = page.locator('#search-results li', { has: page.locator('.badge', { hasText: /^Talk/ }) }).first();
    expect(await first.locator('.badge').textContent()).toBe('Talk · KCD France 2023');
    expect(await first.locator('mark').first().textContent()).toMatch(/rootless/i);
    await page.close();
  });

  it('restores the query and filters from the URL, and the back button steps through them', async () => {
    const page = await browser.open(`${urls.search()}?q=kubernetes&year=2019`);
    await resultsReady(page);
    expect(await page.inputValue('#search-input')).toBe('kubernetes');
    expect(await page.inputValue('select[name="year"]')).toBe('2019');
    const badges = await page.locator('#search-results li .badge').allTextContents();
    for (const badge of badges.filter((b) => b.startsWith('Talk'))) expect(badge).toMatch(/2019$/);
    await page.selectOption('select[name="year"]', '2023');
    await page.waitForFunction(() => location.search === '?q=kubernetes&year=2023');
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('select[name="year"]') as HTMLSelectElement).value === '2019');
    expect(page.url()).toMatch(/\?q=kubernetes&year=2019$/);
    await page.close();
  });

  it('works from the keyboard alone: / to search, arrows through the results, Enter to open', async () => {
    const page = await browser.open(urls.tools());
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('argo cd');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=argo+cd');
    // Every language in, so the list is not drawn again under the keys.
    await page.waitForSelector('#search-results[aria-busy="false"] li');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/tools/argo-cd/');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).not.toBe('/tools/argo-cd/');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/tools/argo-cd/');
    await page.close();
  });

  it('finds a French talk from the English interface', async () => {
    const page = await browser.open(`${urls.search()}?q=opérateurs`);
    // Every language searched and merged in.
    await page.waitForSelector('#search-results[aria-busy="false"] li');
    const links = await page.locator('#search-results a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(urls.talk(content.talks.find((t) => t.title.startsWith('L’enfer des DB SQL'))!.id));
    await page.close();
  });

  it("shows a query's first talks before it asks for the names, the filter counts, the pages found by name or another language, then the whole search's results", async () => {
    const page = await browser.open(urls.search());
    const { asked, askedBeforeTyping, askedAtFirstPaint, firstPainted } = await searchFromColdPage(page, 'kubernetes');
    await page.waitForFunction(() => /^\d+ /.test(document.querySelector('#search-status')?.textContent ?? ''));
    const offThePath = (path: string) => ['/search-names.json', '/search-filters.json'].includes(path) || path.startsWith('/pagefind/named/') || /^\/pagefind\/(wasm\.fr|pagefind\.fr_)/.test(path);
    // The names, the pages found by name and other languages come after the first results. The
    // site's filter counts (a few KB) may come before, while the page waits for the reader: the
    // next test shows the first results do not wait for them.
    expect(askedAtFirstPaint.filter(offThePath).filter((path) => path !== '/search-filters.json')).toEqual([]);
    expect(askedBeforeTyping.filter(offThePath).filter((path) => path !== '/search-filters.json')).toEqual([]);
    expect(askedAtFirstPaint).toContain('/pagefind/wasm.en.pagefind');
    // Then each of them is fetched, and the page shows what the whole search gives.
    for (const wanted of ['/search-names.json', '/search-filters.json', '/pagefind/named/pagefind-entry.json', '/pagefind/wasm.fr.pagefind']) expect(asked, wanted).toContain(wanted);
    const whole = await showResults(dist, await openNodeSearch(dist), 'kubernetes', 10);
    const shown = await page.locator('#search-results a.title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const also = await page.locator('#search-also a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(shown).toEqual(whole.list.map((r) => r.url));
    expect(also).toEqual(whole.also.map((r) => r.url));
    // The first results are talks and editions from the first language's index, found again by the whole search.
    const { results } = await (await openNodeSearch(dist)).search('kubernetes');
    const every = await Promise.all(results.map(async (r) => (await r.data()).url));
    expect(firstPainted.length).toBeGreaterThan(0);
    for (const href of firstPainted) expect(every).toContain(href);
    await page.close();
  });

  it('paints the first results while the filter counts, the names, the pages found by name and other languages are held back', async () => {
    const page = await browser.open(urls.search());
    const heldBack: string[] = [];
    // Never answered: if the first results waited for any of them, they would never show.
    await page.route(/\/(search-filters\.json|search-names\.json)$|\/pagefind\/named\/|\/pagefind\/(wasm\.fr|pagefind\.fr_)/, (route) => void heldBack.push(new URL(route.request().url()).pathname));
    await page.reload();
    await page.locator('#search-input').fill('kubernetes');
    await resultsReady(page);
    expect(await page.locator('#search-results a.title').count()).toBeGreaterThan(0);
    expect(heldBack.length).toBeGreaterThan(0);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.close();
  });

  it('finds a speaker by name once the pages found by name are merged in, and shows their page first', async () => {
    const speaker = content.speakers.find((s) => s.talks.length > 0)!;
    const page = await browser.open(`${urls.search()}?q=${encodeURIComponent(speaker.name)}`);
    await page.waitForSelector('#search-results[aria-busy="false"] li');
    const hrefs = await page.locator('#search-results a.title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs[0]).toBe(urls.speaker(speaker.id));
    expect(hrefs).toContain(urls.talk(speaker.talks[0]));
    await page.close();
  });

  it('without JavaScript, says so and links the static listings', async () => {
    const page = await browser.open(urls.search(), { javaScript: false });
    expect(await page.locator('main').textContent()).toContain('needs JavaScript');
    expect(await page.locator('main a[href="/talks/"]').count()).toBe(1);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    await page.close();
  });
});
