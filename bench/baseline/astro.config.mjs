// @ts-check
import { defineConfig } from 'astro/config';

// The bench copies this folder into a temporary one and links the project's node_modules there.
export default defineConfig({
  site: 'https://baseline.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // node_modules is a link to the project's: keep Astro's and Vite's caches in this folder.
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
});
