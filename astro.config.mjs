// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { postBuild } from './src/integrations/post-build.ts';

export default defineConfig({
  site: process.env.CONFNOTES_SITE ?? 'https://confnotes.example.org',
  // CONFNOTES_OUT lets the benchmark build elsewhere than dist/.
  outDir: process.env.CONFNOTES_OUT ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), postBuild()],
  devToolbar: { enabled: false },
});
