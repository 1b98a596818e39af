import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { urls } from '../../src/urls.ts';
import { useBrowserOnSite } from '../helpers/browser-site.ts';
import { loadValidContent } from '../../src/parse/load-content.ts';
import { pageTypes } from '../helpers/page-types.ts';

const browser = useBrowserOnSite();
const withVideo = loadValidContent().content.talks.find((t) => t.video?.includes('youtu'))!;
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;
const policyOf = (page: Page) => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

describe('the Content-Security-Policy in Chromium', () => {
  it.each(pageTypes)('the %s page runs under the policy with no violation', async (_, path) => {
    const page = await browser.open(path);
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
    expect(await policyOf(page)).toMatch(/script-src 'self' 'wasm-unsafe-eval' blob: 'sha256-/);
    if (path.startsWith('/search/')) await page.waitForSelector('#search-results li');
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('refuses a script that is not one of the page\'s own, and reports it', async () => {
    const page = await browser.open(urls.talks());
    const refused = page.waitForEvent('console', (m) => /Content Security Policy/.test(m.text()));
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
    });
    expect((await refused).text()).toContain("script-src");
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    errorsOf(page).length = 0;
    await page.close();
  });

  it('searches with Pagefind under the policy, in both languages', async () => {
    const page = await browser.open(`${urls.search()}?q=kubernetes`);
    await page.waitForSelector('#search-results li');
    await page.fill('#search-input', 'automatiser');
    await page.waitForFunction(() => /^\d+ /.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('lets the YouTube player load from youtube-nocookie when asked', async () => {
    const page = await browser.open(urls.talk(withVideo.id));
    await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ body: '<html><body>player</body></html>', contentType: 'text/html' }));
    await page.click('.video-play');
    // A frame the policy refused would show Chromium's error page, not the player.
    await expect.poll(() => page.frameLocator('.video iframe').locator('body').textContent()).toBe('player');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});
