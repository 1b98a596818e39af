import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { startDev, waitFor, type DevServer } from '../helpers/dev-server.ts';
import { materialiseFixture } from '../helpers/fixtures.ts';

// Generous timeouts: the machine running the tests may be busy with other builds.
describe('npm run dev follows the content folder', { timeout: 120_000 }, () => {
  let dev: DevServer;
  let content: string;
  let base: string;
  const recap = () => join(content, 'recaps', 'kcd-a.md');
  // The talk whose notes are edited: its URL stays, since its heading does not change.
  const talkPath = 'talks/kcd-france-2023/building-container-images-in-kubernetes-its-been-a-journey/';

  beforeAll(async () => {
    content = materialiseFixture();
    dev = await startDev(content, talkPath, { CONFNOTES_OUT: join(content, 'no-build-here') });
    base = dev.url;
  }, 200_000);

  afterAll(() => {
    dev?.stop();
    rmSync(content, { recursive: true, force: true });
  });

  it('shows an edited sentence of a talk at its URL without a restart', async () => {
    const before = readFileSync(recap(), 'utf8');
    writeFileSync(recap(), before.replace('Ils utilisent Argo CD', 'Ils utilisent désormais Argo CD et Flagger, phrase ajoutée'));
    const { after } = await waitFor(base + talkPath, (status, body) => status === 200 && body.includes('phrase ajoutée'));
    expect(after).toBeLessThan(30_000);
  });

  it('shows a content error in the page and the terminal, located as the check says it, then the page again once fixed', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      // The page follows the server once Vite's client is connected: only then is the file broken.
      // On a cold Vite cache the first visit may optimise dependencies and reload the page itself,
      // and a reload sent meanwhile reaches no page: the page is settled first.
      let navigations = 0;
      page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations++);
      const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 60_000 });
      await page.goto(base + talkPath);
      await connected;
      for (let seen = -1; seen !== navigations; ) {
        seen = navigations;
        await page.waitForLoadState('networkidle');
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
      const good = readFileSync(recap(), 'utf8');
      writeFileSync(recap(), good.replace('- Tools: kubectl', '- Tools: kubectl\n- Vidoe: x'));
      // The open page reloads by itself, into Astro's error overlay.
      const overlay = await page
        .waitForFunction(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent, undefined, { timeout: 60_000 })
        .catch((error: Error) => {
          writeFileSync(recap(), good);
          throw new Error(`${error.message}\nserver: ${dev.output().slice(-1500)}`);
        });
      const shown = String(await overlay.jsonValue());
      expect(shown).toMatch(/recaps\/kcd-a\.md:17 {2}Vidoe: unknown metadata key "Vidoe"/);
      expect(shown).toContain('hint: did you mean video?');
      // A fresh request fails too, and the terminal says the same as npm run check.
      expect((await fetch(base + talkPath)).status).toBe(500);
      expect(dev.output()).toMatch(/recaps\/kcd-a\.md:17 {2}Vidoe: unknown metadata key "Vidoe"\n\s+expected: one of Speakers/);

      writeFileSync(recap(), good);
      await page.waitForSelector('main h1', { timeout: 60_000 });
      expect(await page.textContent('main')).toContain('phrase ajoutée');
    } finally {
      await browser.close();
    }
    // A machine busy with other builds can take seconds to reload a page.
  }, 150_000);

  it('shows a new recap, and forgets a deleted one', async () => {
    const file = join(content, 'recaps', 'kcd-new.md');
    writeFileSync(
      file,
      '---\ntitle: A recap added while the server runs\nconference: kcd-france-2023\nauthors: [Bob]\norganisation: Acme\nlang: en\npublished: 2023-03-11\n---\n\n## Freshly written talk\n- Speakers: Jane Doe (Acme)\n\nNotes about quokkas.\n',
    );
    await waitFor(base + 'recaps/kcd-new/', (status, body) => status === 200 && body.includes('quokkas'));
    rmSync(file);
    await waitFor(base + 'recaps/kcd-new/', (status) => status === 404);
  });

  it('shows a draft recap, which the build leaves out', async () => {
    writeFileSync(
      join(content, 'recaps', 'kcd-draft.md'),
      '---\ntitle: Still a draft\nconference: kcd-france-2023\nauthors: [Bob]\norganisation: Acme\nlang: en\npublished: 2023-03-11\ndraft: true\n---\n\n## A drafted talk\n- Speakers: Jane Doe (Acme)\n\nNotes about wombats.\n',
    );
    await waitFor(base + 'recaps/kcd-draft/', (status, body) => status === 200 && body.includes('wombats'));
  });

  it('says on the search page that search needs a build when none was made', async () => {
    const { body } = await waitFor(base + 'search/', (status) => status === 200);
    expect(body).toContain('Search needs a built index: run npm run build');
  });
});
