import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { storeFromFile } from '../../src/integrations/data-store-module.ts';

const exported = async (code: string) => ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;

describe('the content store module', () => {
  it('exports the store Astro would have inlined, read from its file, whatever the text holds', async () => {
    // Quotes, backslashes, accents, a line break and an emoji: JSON the module must read back exactly.
    const entry = { title: 'Réseau "zéro confiance" \\ 🚀 — Kyverno\nPolicies', n: 1 };
    const json = JSON.stringify(Array.from({ length: 6000 }, (_, i) => ({ ...entry, n: i })));
    const file = join(mkdtempSync(join(tmpdir(), 'confnotes-store-')), "data 'store\".json");
    writeFileSync(file, json);
    const astrosOwn = `export default JSON.parse(${JSON.stringify(json)})`;
    const code = storeFromFile(file);
    expect(code.length).toBeLessThan(300);
    expect(await exported(code)).toEqual(await exported(astrosOwn));
  });

  it("takes the place of Astro's inlined store in a build of the site", () => {
    // The plugin says so only when it has replaced Astro's module: the site's pages then read the file.
    expect(inject('siteBuildLog')).toMatch(/\[confnotes-data-store-module\] the content store is read from .*data-store\.json when the pages load, not bundled/);
  });

  it('matches the module and the file Astro writes: if Astro changes them, this says so', () => {
    const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const consts = readFileSync(join(astro, 'dist/content/consts.js'), 'utf8');
    const plugin = readFileSync(join(astro, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    const paths = readFileSync(join(astro, 'dist/content/paths.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    expect(consts).toContain('const DATA_STORE_FILE = "data-store.json"');
    expect(paths).toContain('return new URL(DATA_STORE_FILE, isDev ? settings.dotAstroDir : settings.config.cacheDir)');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    // Astro's own plugin loads the module first, so ours can only transform it.
    expect(plugin).toMatch(/name: "astro-content-virtual-mod-plugin",\s+enforce: "pre"/);
  });
});
