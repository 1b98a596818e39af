import { describe, expect, it } from 'vitest';
import { useBrowserOnSite } from '../helpers/browser-site.ts';

// The site of tests/fixtures/site-settings, served only under /notes/ as a project site is.
const BASE = '/notes/';
const browser = useBrowserOnSite('settingsDist', BASE);

describe('a site served under a base path', () => {
  it('searches from the home page: the header box, then results that open under the base', async () => {
    const page = await browser.open(BASE);
    const failed: string[] = [];
    page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
    await page.keyboard.press('/');
    await page.keyboard.type('kubernetes');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/notes\/search\/\?q=kubernetes$/);
    await page.waitForSelector('#search-results li a.title');
    const hrefs = await page.locator('#search-results a.title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href!.startsWith(BASE) && !href!.startsWith(`${BASE}${BASE.slice(1)}`))).toBe(true);
    // Every result, not only the first: the tool found by name and the pages Pagefind found.
    for (const href of hrefs) expect((await page.request.get(new URL(href!, page.url()).href)).status(), href!).toBe(200);
    await page.locator('#search-results a.title').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('loads the stylesheet, the logo and the theme toggle under the base', async () => {
    const page = await browser.open(`${BASE}talks/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    expect(await page.locator('.brand img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.click('.theme-toggle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.close();
  });
});
