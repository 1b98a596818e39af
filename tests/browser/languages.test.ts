import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/urls.ts';
import { useBrowserOnSite } from '../helpers/browser-site.ts';
import { parseLanguagesFixture } from '../helpers/fixtures.ts';
import { searchFromColdPage } from '../helpers/first-results.ts';

const browser = useBrowserOnSite('languagesDist');
const { content } = parseLanguagesFixture();
const talkIn = (lang: string) => content.talks.find((t) => t.notes[0].lang === lang)!;
/** Every language searched and merged in. */
const searchComplete = (page: Page) => page.waitForSelector('#search-results[aria-busy="false"]');
const links = (page: Page) => page.locator('#search-results a.title').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('lang')]));

describe('the search page on a site in six languages', () => {
  it('finds the German talk by an inflected form, and shows it in German', async () => {
    const page = await browser.open(`${urls.search()}?q=Bereitstellungen`);
    await searchComplete(page);
    expect(await links(page)).toContainEqual([urls.talk(talkIn('de').id), 'de']);
    const excerpt = page.locator('#search-results li', { has: page.locator(`a[href="${urls.talk(talkIn('de').id)}"]`) }).locator('p.snippet');
    expect(await excerpt.getAttribute('lang')).toBe('de');
    await page.close();
  });

  it('paints the interface language first, before any other stemmer is fetched, then merges in every language', async () => {
    const page = await browser.open(urls.search());
    const { asked, askedAtFirstPaint } = await searchFromColdPage(page, 'Kubernetes');
    const wasm = (list: string[]) => list.filter((path) => path.startsWith('/pagefind/wasm.'));
    expect(wasm(askedAtFirstPaint)).toEqual(['/pagefind/wasm.en.pagefind']);
    const found = await links(page);
    for (const lang of ['en', 'fr', 'de', 'es', 'pt-BR', 'it']) expect(found, lang).toContainEqual([urls.talk(talkIn(lang).id), lang]);
    expect(new Set(wasm(asked)).size).toBe(6);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results$/);
    await page.close();
  });

  it('names every language in the language filter, in the interface language, with its count', async () => {
    const page = await browser.open(urls.search());
    await page.waitForFunction(() => (document.querySelector('select[name="language"]') as HTMLSelectElement).options.length > 1);
    const options = await page.locator('select[name="language"] option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['German (1)', 'Spanish (1)', 'Brazilian Portuguese (1)', 'Italian (1)', 'French (1)', 'English (1)']));
    await page.selectOption('select[name="language"]', 'Italian');
    await searchComplete(page);
    expect(await links(page)).toEqual([[urls.talk(talkIn('it').id), 'it']]);
    await page.close();
  });
});
