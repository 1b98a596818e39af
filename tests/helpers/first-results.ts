import type { Page } from 'playwright-core';

/** What a search page asked for (fetch), and had shown, when its first result was added to the list. */
export interface FirstResults {
  /** Every path fetched, until now. */
  asked: string[];
  /** The paths fetched before the query was typed (while the page was idle). */
  askedBeforeTyping: string[];
  /** The paths fetched before the first result was added. */
  askedAtFirstPaint: string[];
  /** The result links shown at that moment. */
  firstPainted: string[];
}

/**
 * Opens the search page afresh, types `query` and waits until every language is in. What was
 * asked for at the first result is seen from the page itself (a test looking from outside sees
 * it late, when the rest may be on its way).
 */
export async function searchFromColdPage(page: Page, query: string): Promise<FirstResults> {
  await page.addInitScript(() => {
    const w = window as unknown as Partial<FirstResults>;
    w.asked = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      w.asked!.push(new URL(input instanceof Request ? input.url : String(input), location.href).pathname);
      return original(input, init);
    };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('#search-results li')) return;
      w.askedAtFirstPaint = [...w.asked!];
      w.firstPainted = [...document.querySelectorAll('#search-results a.title')].map((a) => a.getAttribute('href')!);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await page.locator('#search-input').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as FirstResults;
    w.askedBeforeTyping = [...w.asked];
  });
  await page.fill('#search-input', query);
  await page.waitForSelector('#search-results[aria-busy="false"]');
  return page.evaluate(() => {
    const w = window as unknown as FirstResults;
    return { asked: w.asked, askedBeforeTyping: w.askedBeforeTyping, askedAtFirstPaint: w.askedAtFirstPaint, firstPainted: w.firstPainted };
  });
}
