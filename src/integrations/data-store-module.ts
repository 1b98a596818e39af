import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Astro's module of the content store (astro/dist/content/consts.js), as Vite resolves it. */
const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The file Astro writes the store to in a build, under its cacheDir (astro/dist/content/paths.js). */
const DATA_STORE_FILE = 'data-store.json';

/** The module's code: the store read from its file when the pages load. */
export function storeFromFile(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

/** How Astro's own module starts when it inlines the whole store (not the chunked form). */
const INLINED_STORE = 'export default JSON.parse(';

/**
 * Astro hands the content store to the pages as one module, `export default JSON.parse("…")`:
 * the whole store (24 MB at 10,000 talks) as a string literal, which Vite's bundler parses into
 * its own memory and V8 then compiles (5.5 s of a 10,000-talk build). In a build, this module
 * reads the same file at run time instead: the value is the same, nothing large is bundled, and
 * JSON.parse reads it at full speed. (The pages are prerendered in this process and the bundle
 * is deleted after, so the file's path on this machine is where it will be.)
 *
 * A transform, not a load: Astro's own plugin loads the module first (it is `enforce: 'pre'`
 * and comes before any integration's), and the first load wins, where every transform runs.
 */
export function dataStoreModule(): AstroIntegration {
  return {
    name: 'confnotes-data-store-module',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'confnotes-data-store-module',
                transform: {
                  filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
                  handler(code: string) {
                    // Without a store file (Astro's empty store), or in Astro's chunked form, Astro's own module stands.
                    if (!code.startsWith(INLINED_STORE) || !existsSync(file)) return undefined;
                    logger.info(`the content store is read from ${file} when the pages load, not bundled`);
                    return { code: storeFromFile(file), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
