// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { linkCheck } from './src/integrations/link-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';

export default defineConfig({
  site: process.env.CONFNOTES_SITE ?? 'https://confnotes.example.org',
  // CONFNOTES_OUT lets the benchmark build elsewhere than dist/.
  outDir: process.env.CONFNOTES_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), linkCheck(), searchIndex()],
  devToolbar: { enabled: false },
});
