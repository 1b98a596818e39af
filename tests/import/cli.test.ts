import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../helpers/child-env.ts';
import { VALID } from '../helpers/fixtures.ts';
import { openNodeSearch } from '../helpers/pagefind-node.ts';

const POSTS = join(import.meta.dirname, '..', 'fixtures', 'import', 'posts');

function run(script: string, args: string[], content: string) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, CONFNOTES_CONTENT: content } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const importer = (args: string[], content: string) => run('src/cli/import.ts', args, content);

describe('npm run import into a content folder', () => {
  const content = mkdtempSync(join(tmpdir(), 'confnotes-import-'));
  const posts = mkdtempSync(join(tmpdir(), 'confnotes-posts-'));
  let first: ReturnType<typeof importer>;
  let conferencesAfter: string;

  beforeAll(() => {
    cpSync(VALID, content, { recursive: true });
    cpSync(join(POSTS, '2024-03-25-kubecon-paris-recap.md'), join(posts, '2024-03-25-kubecon-paris-recap.md'));
    cpSync(join(POSTS, 'wordpress-kubecon-valence.html'), join(posts, 'nested', 'wordpress-kubecon-valence.html'), { recursive: true });
    writeFileSync(join(posts, 'broken-front-matter.md'), '---\ntitle: [unclosed\n---\n\n## A talk\n');
    first = importer([posts], content);
    conferencesAfter = readFileSync(join(content, 'conferences.yaml'), 'utf8');
  });

  it('imports every post of a folder, recursively, names the one it cannot read on stderr and exits 1', () => {
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('broken-front-matter.md: cannot read the post');
    expect(existsSync(join(content, 'recaps', 'broken-front-matter.md'))).toBe(false);
    expect(readdirSync(join(content, 'recaps'))).toEqual(expect.arrayContaining(['kubecon-paris-recap.md', 'wordpress-kubecon-valence.md']));
    expect(first.stdout).toContain('line 35: Argo CD at Scale: Lessons from 1,000 Clusters');
    expect(first.stdout).toContain('speakers: Alexander Matyushentsev (Akuity), Jesse Suen (Akuity)');
  });

  it('writes recaps that pass the check, which prints each review entry as a warning at its line', () => {
    const check = run('src/cli/check.ts', [], content);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('(0 errors');
    expect(check.stderr).toMatch(/warning {2}\S*recaps\/kubecon-paris-recap\.md:\d+ {2}review\[\d\]: to review: conference kubecon-eu-2024 guessed from the post/);
    expect(check.stderr).toMatch(/warning {2}\S*conferences\.yaml:\d+ {2}review\[0\]: edition kubecon-eu-2024 to review: edition dates guessed from the year 2024/);
  });

  it('keeps the comments of conferences.yaml when it adds an edition', () => {
    const before = readFileSync(join(VALID, 'conferences.yaml'), 'utf8');
    const firstComment = before.split('\n').find((line) => line.trim().startsWith('#'));
    if (firstComment) expect(conferencesAfter).toContain(firstComment);
    expect(conferencesAfter.startsWith(before.trimEnd().split('\n')[0])).toBe(true);
  });

  it('refuses to overwrite a recap without --force, and changes nothing', () => {
    const recap = readFileSync(join(content, 'recaps', 'kubecon-paris-recap.md'), 'utf8');
    const again = importer([join(posts, '2024-03-25-kubecon-paris-recap.md')], content);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists: nothing written (use --force to overwrite it)');
    expect(readFileSync(join(content, 'recaps', 'kubecon-paris-recap.md'), 'utf8')).toBe(recap);
    expect(readFileSync(join(content, 'conferences.yaml'), 'utf8')).toBe(conferencesAfter);
  });

  it('gives the same file with --force, and adds no second edition', () => {
    const recap = readFileSync(join(content, 'recaps', 'kubecon-paris-recap.md'), 'utf8');
    const forced = importer([join(posts, '2024-03-25-kubecon-paris-recap.md'), '--force'], content);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(content, 'recaps', 'kubecon-paris-recap.md'), 'utf8')).toBe(recap);
    expect(readFileSync(join(content, 'conferences.yaml'), 'utf8')).toBe(conferencesAfter);
    expect(conferencesAfter.match(/id: kubecon-eu-2024\b/g)).toHaveLength(1);
  });

  it('prints only one JSON object with --json, in the shape of the issue, and writes nothing with --dry-run', () => {
    const out = mkdtempSync(join(tmpdir(), 'confnotes-out-'));
    const json = importer([join(POSTS, '2024-03-25-kubecon-paris-recap.md'), join(posts, 'broken-front-matter.md'), '--json', '--dry-run', '--out', out], content);
    const report = JSON.parse(json.stdout);
    expect(Object.keys(report)).toEqual(['recaps', 'errors']);
    expect(report.recaps[0]).toMatchObject({ source: join(POSTS, '2024-03-25-kubecon-paris-recap.md'), file: join(out, 'kubecon-paris-recap.md'), conference: 'kubecon-eu-2024' });
    expect(report.recaps[0].review).toContain('image /assets/img/2024/kubecon-stage.jpg not imported (relative path): copy it and link it by its full URL');
    expect(report.recaps[0].talks[2]).toEqual({
      title: 'Argo CD at Scale: Lessons from 1,000 Clusters',
      line: 35,
      speakers: [{ name: 'Alexander Matyushentsev', company: 'Akuity' }, { name: 'Jesse Suen', company: 'Akuity' }],
      video: 'https://www.youtube.com/watch?v=ZmXvKDnGjpM',
      slides: 'https://speakerdeck.com/akuity/argo-cd-at-scale',
      tools: ['Argo CD'],
    });
    expect(report.errors).toEqual([{ source: join(posts, 'broken-front-matter.md'), message: expect.stringContaining('cannot read the post') }]);
    expect(readdirSync(out)).toEqual([]);
    expect(readFileSync(join(content, 'conferences.yaml'), 'utf8')).toBe(conferencesAfter);
  });

  // Bare `astro build`, not `npm run build`: it makes the search index itself, in its own process.
  it('builds into the site like a hand-written recap, even with bare astro build: its talk pages, recap page and search records', async () => {
    const dist = join(content, 'dist');
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: childEnv({ CONFNOTES_CONTENT: content, CONFNOTES_OUT: dist }),
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(build.stdout).toMatch(/\[confnotes-index-and-link-check\] indexed \d+ pages in/);
    const talkPage = readFileSync(join(dist, 'talks', 'kubecon-eu-2024', 'argo-cd-at-scale-lessons-from-1-000-clusters', 'index.html'), 'utf8');
    expect(talkPage).toContain('Alexander Matyushentsev');
    expect(talkPage).toContain('They sharded the application controller');
    expect(existsSync(join(dist, 'recaps', 'kubecon-paris-recap', 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'speakers', 'aaron-alpar', 'index.html'))).toBe(true);
    const search = await openNodeSearch(dist);
    const { results } = await search.search('sharded');
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
    expect(urls).toContain('/talks/kubecon-eu-2024/argo-cd-at-scale-lessons-from-1-000-clusters/');
  }, 180_000);
});
