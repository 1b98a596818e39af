// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildMemory } from './src/integrations/build-memory.ts';
import { dataStoreModule } from './src/integrations/data-store-module.ts';
import { devServer } from './src/integrations/dev-server.ts';
import { indexAndLinkCheck } from './src/integrations/index-and-link-check.ts';
import { pageReuse, reusedPageUrls } from './src/integrations/page-reuse.ts';
import { contentDir } from './src/parse/load-content.ts';
import { loadSiteSettings } from './src/settings/site-settings.ts';

// content/site.yaml, with CONFNOTES_SITE and CONFNOTES_BASE over it; `astro build --base`
// and `--site` still win over both.
const settings = loadSiteSettings(contentDir());

export default defineConfig({
  site: settings.url,
  base: settings.base,
  // CONFNOTES_OUT lets the benchmark build elsewhere than dist/.
  outDir: process.env.CONFNOTES_OUT ?? './dist',
  trailingSlash: 'always',
  // Four pages in flight: rendering one page while the last ones are written to disk. With one,
  // the build sat idle half of its rendering time waiting on writes (10,000 talks: 38 s -> 24 s).
  build: { format: 'directory', concurrency: 4 },
  // The sitemap lists the pages Astro rendered and, read when the build is done, those reused
  // from the last build. Page reuse comes after the index and link check: a build they fail
  // leaves no cache to reuse.
  integrations: [buildMemory(), dataStoreModule(), mdx(), sitemap({ customPages: reusedPageUrls }), indexAndLinkCheck(), pageReuse(), devServer()],
  devToolbar: { enabled: false },
});
