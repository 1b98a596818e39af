import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitStoreLiteral } from '../../src/integrations/data-store-module.ts';

const exported = async (code: string) => ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;

describe('the content store module', () => {
  it('exports the same store once cut into small literals, whatever the text holds where it is cut', async () => {
    // Quotes, backslashes, accents, a line break and an emoji, repeated past several pieces, so
    // that cuts fall inside escapes and between the two halves of the emoji.
    const entry = { title: 'Réseau "zéro confiance" \\ 🚀 — Kyverno\nPolicies', n: 1 };
    const store = JSON.stringify(Array.from({ length: 6000 }, (_, i) => ({ ...entry, n: i })));
    const code = `export default JSON.parse(${JSON.stringify(store)})`;
    const split = splitStoreLiteral(code);
    expect(split).toBeDefined();
    expect(split!.split('\n').length).toBeGreaterThan(4);
    expect(await exported(split!)).toEqual(await exported(code));
  });

  it('leaves a small store and any other module as they are', () => {
    expect(splitStoreLiteral('export default JSON.parse("[]")')).toBeUndefined();
    expect(splitStoreLiteral('export default new Map()')).toBeUndefined();
  });

  it('matches the module Astro writes: if Astro changes it, this says so', () => {
    const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const consts = readFileSync(join(astro, 'dist/content/consts.js'), 'utf8');
    const plugin = readFileSync(join(astro, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
  });
});
