import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticServer as StaticSite } from './static-server.ts';

/** A real Chromium on a built site (the shipped content's unless named), under its base path, for the tests of one file. */
export function useBrowserOnSite(dist: 'siteDist' | 'hostileDist' | 'settingsDist' | 'languagesDist' = 'siteDist', base = '/') {
  const state = {} as { browser: Browser; site: StaticSite };
  beforeAll(async () => {
    state.site = await serveStatic(inject(dist), {}, base);
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return {
    /** A fresh page (own storage) at a path of the site; page errors fail the test. */
    async open(path: string, options: { width?: number; colorScheme?: 'light' | 'dark'; javaScript?: boolean } = {}): Promise<Page> {
      const context = await state.browser.newContext({
        viewport: { width: options.width ?? 1280, height: 900 },
        colorScheme: options.colorScheme ?? 'light',
        javaScriptEnabled: options.javaScript ?? true,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // The site lives with its Content-Security-Policy: anything it refuses is a fault of the page.
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
      });
      // A dialog is a script that ran: content never opens one, and nothing waits for it to be answered.
      page.on('dialog', (dialog) => {
        errors.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('close', () => {
        if (errors.length) throw new Error(`errors on ${path}: ${errors.join('; ')}`);
      });
      await page.goto(state.site.url + path);
      (page as Page & { errors: string[] }).errors = errors;
      return page;
    },
    url: (path: string) => state.site.url + path,
  };
}
