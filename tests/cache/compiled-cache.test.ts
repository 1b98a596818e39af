import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileFiles } from '../../src/parse/compile-recap.ts';
import { CompiledCache } from '../../src/parse/load-content.ts';
import { fixtureSources } from '../helpers/fixtures.ts';

const recaps = () => [...fixtureSources()].filter(([file]) => file.startsWith('content/recaps/')).map(([file, text]) => ({ file, text }));
let dir: string;
let compiled: string[];
const compile = async (files: readonly { file: string; text: string }[]) => {
  compiled.push(...files.map((f) => f.file));
  return compileFiles(files, [], '/');
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'confnotes-compiled-'));
  compiled = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('compiled recaps kept on disk between builds', () => {
  it('are compiled once, then read back the same in another process\'s cache', async () => {
    const files = recaps();
    const first = await new CompiledCache(dir).compile(files, 'key', compile);
    expect(compiled.length).toBe(files.length);
    compiled = [];
    const second = await new CompiledCache(dir).compile(files, 'key', compile);
    expect(compiled).toEqual([]);
    expect(second).toEqual(first);
  });

  it('compile again only the recap whose text changed', async () => {
    const files = recaps();
    await new CompiledCache(dir).compile(files, 'key', compile);
    compiled = [];
    files[0] = { ...files[0], text: `${files[0].text}\nUne phrase de plus.\n` };
    const results = await new CompiledCache(dir).compile(files, 'key', compile);
    expect(compiled).toEqual([files[0].file]);
    expect(JSON.stringify(results[0])).toContain('Une phrase de plus.');
  });

  it('compile everything again under another key (other code, tools or base path)', async () => {
    const files = recaps();
    await new CompiledCache(dir).compile(files, 'key', compile);
    compiled = [];
    await new CompiledCache(dir).compile(files, 'other key', compile);
    expect(compiled.length).toBe(files.length);
  });

  it('leave nothing behind for a deleted recap', async () => {
    const files = recaps();
    await new CompiledCache(dir).compile(files, 'key', compile);
    await new CompiledCache(dir).compile(files.slice(1), 'key', compile);
    expect(readdirSync(dir).length).toBe(files.length - 1);
  });

  it('compile a recap again when its cached result is damaged', async () => {
    const files = recaps();
    await new CompiledCache(dir).compile(files, 'key', compile);
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), 'not a serialised result');
    compiled = [];
    const results = await new CompiledCache(dir).compile(files, 'key', compile);
    expect(compiled.length).toBe(files.length);
    expect(results.every((r) => r.recap !== undefined || r.errors.length > 0)).toBe(true);
  });
});
