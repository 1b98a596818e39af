import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { urls } from '../../src/urls.ts';
import { useBrowserOnSite } from '../helpers/browser-site.ts';
import { builtPages } from '../helpers/built-site.ts';
import { KEPT_WORDS, parseHostileFixture } from '../helpers/fixtures.ts';

const browser = useBrowserOnSite('hostileDist');
const { content } = parseHostileFixture();
const debugging = content.talks.find((t) => t.title.startsWith('Debugging with'))!;
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;

describe('the hostile fixture in Chromium', () => {
  it('opens no dialog and throws nothing on any page, even when its notes are hovered and clicked', async () => {
    const files = await builtPages(inject('hostileDist'));
    const paths = files.map((file) => file.replace(/index\.html$/, ''));
    // Pages that moved send the reader on at once (a meta refresh).
    const moved = new Set(files.filter((file) => readFileSync(join(inject('hostileDist'), file), 'utf8').includes('http-equiv="refresh"')).map((file) => file.replace(/index\.html$/, '')));
    expect(paths.length).toBeGreaterThan(20);
    const page = await browser.open('/');
    for (const path of paths) {
      await page.goto(browser.url(path));
      await page.waitForLoadState('load');
      // Arrive where a moved page sends the reader before going elsewhere.
      if (moved.has(path)) await page.waitForURL((url) => url.pathname !== path);
    }
    await page.goto(browser.url(urls.talk(debugging.id)));
    for (const element of await page.locator('main section.note :is(p, a, span, img, summary, figure)').all()) {
      await element.hover();
      if (await element.evaluate((e) => e.tagName === 'SUMMARY')) await element.click();
    }
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  it('finds the words written around removed markup, and runs nothing a query holds', async () => {
    const page = await browser.open(urls.search());
    for (const query of [...KEPT_WORDS, `<img src=x onerror=alert(1)>`, `"><script>alert(1)</script>`]) {
      await page.fill('#search-input', query);
      if (query.startsWith('<') || query.startsWith('"')) {
        await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.trim());
        continue;
      }
      await page.waitForFunction(
        (href) => [...document.querySelectorAll('#search-results a.title')].some((a) => a.getAttribute('href') === href),
        urls.talk(debugging.id),
      );
    }
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });
});
