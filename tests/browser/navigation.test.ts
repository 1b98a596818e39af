import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { loadValidContent } from '../../src/parse/load-content.ts';
import { urls } from '../../src/urls.ts';
import { useBrowserOnSite } from '../helpers/browser-site.ts';
import { datadog, pageTypes } from '../helpers/page-types.ts';

const browser = useBrowserOnSite();
const { content } = loadValidContent();
const withVideo = content.talks.find((t) => t.video?.includes('youtu'))!;

describe('accessibility', () => {
  it.each(pageTypes)('the %s page has no serious or critical axe violation, in both themes', async (_, path) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.open(path, { colorScheme });
      if (path.startsWith('/search/')) await page.waitForSelector('#search-results li');
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      await page.close();
    }
  });
});

describe('navigation', () => {
  it('goes from the home page to a tool, to a talk, to its speaker, by clicking', async () => {
    const page = await browser.open('/');
    await page.click('ul.chips a[href="/tools/kubernetes/"]');
    await page.waitForURL('**/tools/kubernetes/');
    await page.click(`a.title[href="${urls.talk(datadog.id)}"]`);
    await page.waitForURL(`**${urls.talk(datadog.id)}`);
    await page.click('p.lede a[href="/speakers/laurent-bernaille/"]');
    await page.waitForURL('**/speakers/laurent-bernaille/');
    expect(await page.textContent('h1')).toBe('Laurent Bernaille');
    await page.close();
  });

  it('the skip link moves the keyboard to the main content', async () => {
    const page = await browser.open(urls.tools());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    await page.close();
  });

  it('a page that does not exist shows the 404 page with a search box', async () => {
    const page = await browser.open('/no-such-page/');
    expect(await page.textContent('h1')).toBe('Page not found');
    await page.close();
  });
});

describe('the talks filter', () => {
  const kubeconEu2019 = content.talks.filter((t) => t.edition === 'kubecon-eu-2019').length;
  const visible = (page: import('playwright-core').Page) => page.locator('#talks .talk-list > li:visible').count();

  it('browses the search index by conference and year, its state in the URL of the search page', async () => {
    const page = await browser.open(urls.talks());
    await page.selectOption('#talks-filter select[name="series"]', 'KubeCon EU');
    await page.selectOption('#talks-filter select[name="year"]', '2019');
    await page.click('#talks-filter button[type="submit"]');
    await page.waitForURL(/\/search\/\?type=Talk&series=KubeCon\+EU&year=2019/);
    await page.waitForFunction((n) => document.querySelector('#search-status')?.textContent?.startsWith(`${n} `), kubeconEu2019);
    expect(await page.inputValue('select[name="year"]')).toBe('2019');
    const badges = await page.locator('#search-results li .badge').allTextContents();
    for (const badge of badges) expect(badge).toBe('Talk · KubeCon EU 2019');
    await page.close();
  });

  it('by tool and kind as well', async () => {
    const page = await browser.open(urls.talks());
    await page.selectOption('#talks-filter select[name="tool"]', 'Argo CD');
    await page.click('#talks-filter button[type="submit"]');
    await page.waitForURL(/\/search\/\?type=Talk&.*tool=Argo\+CD/);
    await page.waitForFunction((n) => document.querySelector('#search-status')?.textContent?.startsWith(`${n} `), content.tools.find((t) => t.id === 'argo-cd')!.talks.length);
    await page.close();
  });

  it('without JavaScript, lists the talks and links the static listings, with no filter that cannot work', async () => {
    const page = await browser.open(urls.talks(), { javaScript: false });
    expect(await visible(page)).toBe(content.talks.length);
    expect(await page.locator('a[href="/conferences/kubecon-eu/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#talks-filter').isVisible()).toBe(false);
    await page.close();
  });
});

describe('the tools index', () => {
  it('narrows the list as a name or an alias is typed', async () => {
    const page = await browser.open(urls.tools());
    await page.fill('#tool-filter', 'argocd');
    const shown = await page.locator('#tool-list > li:visible a').allTextContents();
    expect(shown).toEqual(['Argo CD']);
    await page.close();
  });
});

describe('the theme toggle', () => {
  it('follows the system, then switches and remembers the choice across pages', async () => {
    const page = await browser.open('/', { colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(21, 25, 29)');
    await page.click('.theme-toggle'); // auto -> light
    expect(await background()).toBe('rgb(253, 253, 252)');
    expect(await page.textContent('.theme-toggle')).toBe('Theme: Light');
    await page.goto(browser.url(urls.tools()));
    expect(await background()).toBe('rgb(253, 253, 252)');
    await page.click('.theme-toggle'); // light -> dark
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
    await page.close();
  });
});

describe('the video', () => {
  it('loads the player only when asked', async () => {
    const page = await browser.open(urls.talk(withVideo.id));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    expect(await page.locator('iframe').count()).toBe(0);
    expect(requests.filter((u) => u.includes('youtube'))).toEqual([]);
    await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ body: '<html><body>player</body></html>', contentType: 'text/html' }));
    // The player's request may leave a moment after the click: it is waited for, not sampled.
    const playerAsked = page.waitForRequest((r) => r.url().startsWith('https://www.youtube-nocookie.com/embed/'));
    await page.click('.video-play');
    expect(await page.getAttribute('.video iframe', 'src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]+\?autoplay=1$/);
    await playerAsked;
    await page.close();
  });
});
