import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../bench/generate-content.ts';
import { childEnv } from './helpers/child-env.ts';

const ROOT = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'confnotes-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file of a folder as relative path -> text. */
function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files.set(relative(dir, file), readFileSync(file, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** Runs a script with this Node (the project's Node 24 under npm test). */
function runNode(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv(env as Record<string, string>) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe('bench content generator', () => {
  it('writes the same files for the same seed, other files for another seed', () => {
    const a = generateContent({ talks: 80, dir: join(work, 'seed-7-a'), seed: 7 });
    const b = generateContent({ talks: 80, dir: join(work, 'seed-7-b'), seed: 7 });
    const c = generateContent({ talks: 80, dir: join(work, 'seed-8'), seed: 8 });
    const files = filesOf(a.dir);
    expect(files.size).toBeGreaterThan(100);
    expect(filesOf(b.dir)).toEqual(files);
    expect(filesOf(c.dir)).not.toEqual(files);
  });

  it('writes content that passes npm run check: N talks, 5 to 15 per recap, in both languages', async () => {
    const generated = generateContent({ talks: 300, dir: join(work, 'checked'), seed: 3 });
    expect(generated.talks).toHaveLength(300);
    expect(new Set(generated.talks.map((t) => t.lang))).toEqual(new Set(['fr', 'en']));
    const { code, stdout, stderr } = await runNode([join(ROOT, 'src', 'cli', 'check.ts'), '--talks'], { CONFNOTES_CONTENT: generated.dir });
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/ 300 talks, .*\(0 errors, 0 warnings/);
    const perRecap = [...stdout.matchAll(/\): (\d+) talks$/gm)].map((m) => Number(m[1]));
    expect(perRecap).toHaveLength(generated.recaps);
    expect(perRecap.filter((n) => n < 5 || n > 15)).toEqual([]);
  });
});

describe('npm run bench', () => {
  // End to end at 100 talks: generation, check, both builds, a first search in Chromium.
  // Never skipped: without a browser it fails with launchChromium's message (in stderr).
  it('measures Confnotes and the baseline at 100 talks, and the baseline at the same page count', { timeout: 300_000 }, async () => {
    const out = join(work, 'bench.json');
    const { code, stdout, stderr } = await runNode([join(ROOT, 'bench', 'run.ts'), '--talks', '100', '--out', out, '--same-pages']);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('| **total, s** |');

    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.talks).toBe(100);
    expect(result.check.errors).toBe(0);
    // A page per talk, plus speaker, tool, edition and list pages.
    expect(result.pages).toBeGreaterThan(100);
    expect(result.ours.indexed_pages).toBeGreaterThanOrEqual(100);
    expect(result.baseline.pages).toBe(100);
    expect(result.total_seconds).toBeGreaterThan(0);
    expect(result.baseline_total_seconds).toBeGreaterThan(0);
    expect(result.ratio).toBeGreaterThan(0);
    expect(result.peak_rss_mb).toBeGreaterThan(0);
    // The first search on /search/: what it asked for until its first results, within everything it fetched.
    expect(result.query.mode).toBe('search-page');
    expect(result.query_bytes).toBeGreaterThan(0);
    expect(result.query_bytes).toBe(result.query.rawBytesAtFirstResult);
    expect(result.query_total_bytes).toBe(result.query.rawBytes);
    expect(result.query_total_bytes).toBeGreaterThan(result.query_bytes);
    expect(result.query.results).toBeGreaterThan(0);
    expect(result.first_results_ms).toBeGreaterThan(0);
    expect(stdout).toMatch(/\| issue 14: first search "kubernetes" fetches at most 260\.0 KB until its first results \(query_bytes, search-page\) \| [\d.]+ KB .*\| met \|/);
    expect(stdout).toMatch(/\| issue 14: first results within 300 ms of typing \(first_results_ms\) \| \d+ ms \(bare Pagefind API in this run: \d+ ms; Confnotes. index through it: \d+ ms\) \|/);
    expect(result.talk_page_bytes.html).toBeGreaterThan(0);
    // The heaviest page, HTML plus what it loads, is reported and held to 400 KB (met at 100 talks).
    expect(result.heaviest_page.total).toBeGreaterThanOrEqual(result.heaviest_page.html);
    expect(result.heaviest_page.total).toBeGreaterThanOrEqual(result.talk_page_bytes.total);
    expect(stdout).toMatch(/\| no page over 400\.0 KB, HTML plus load \(issue 12\) \| \/[^|]*: [\d.]+ KB \| met \|/);
    for (const stage of ['startup', 'content', 'bundle', 'render', 'index']) expect(result.ours.seconds[stage], stage).toBeGreaterThan(0);
    // --same-pages: one bare talk page for each page Confnotes wrote.
    expect(stdout).toContain('At the same page count');
    expect(result.same_pages.pages).toBe(result.pages);
    expect(result.same_pages.ratio).toBeCloseTo(result.total_seconds / result.same_pages.total_seconds, 5);
    expect(result.same_pages.query_bytes).toBeGreaterThan(0);
    expect(stdout).toMatch(/\| issue 14: full build at most 1\.1x the bare baseline of as many pages \(same_pages\.ratio\) \| [\d.]+x \|/);
    // The rebuilds, with the cache: a sentence renders a few pages again and reuses the rest; a talk adds its page.
    expect(result.rebuild_ratio).toBeCloseTo(result.rebuild_seconds / result.total_seconds, 5);
    expect(result.rebuild.build.reused_pages).toBeGreaterThan(result.rebuild.build.rendered_pages);
    expect(result.rebuild.build.rendered_pages).toBeGreaterThan(0);
    expect(result.rebuild.build.pages).toBe(result.pages);
    expect(result.rebuild_added.build.reused_pages).toBeGreaterThan(0);
    expect(result.rebuild_added.build.pages).toBeGreaterThan(result.pages);
    expect(result.rebuild_added_ratio).toBeGreaterThan(0);
    expect(stdout).toMatch(/\| issue 14: rebuild after one sentence at most 0\.5x the full build \(rebuild_ratio\) \| [\d.]+x \([\d.]+ s\) \|/);
    expect(stdout).toContain('| pages reused / rendered | 0 / ');
  });
});
