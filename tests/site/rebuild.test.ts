import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../helpers/child-env.ts';
import { VALID } from '../helpers/fixtures.ts';
import { cacheFor } from '../../src/cache/cache-dir.ts';
import { readManifest } from '../../src/cache/page-cache.ts';

/**
 * A rebuild reuses the last build's compiled recaps and pages (src/cache/): the site it writes
 * must be the one a clean build writes, byte for byte. The fixture is built once, edited the way
 * writers edit, built again with its cache, and built clean into another folder.
 */
const root = mkdtempSync(join(tmpdir(), 'confnotes-rebuild-'));
const content = join(root, 'content');
const cache = join(root, 'cache');
const rebuilt = join(root, 'rebuilt');
const clean = join(root, 'clean');
let firstLog = '';
let secondLog = '';
let nextDayLog = '';
let thirdLog = '';
let cleanLog = '';
// What the page cache recorded after the one-sentence rebuild: which build rendered each page.
let renderedIn: Record<string, number> = {};

function build(out: string, cacheDir: string, epoch = '1764547200'): string {
  const result = spawnSync('sh', ['src/cli/build.sh'], {
    encoding: 'utf8',
    // A pinned "today": two builds on either side of midnight would differ otherwise.
    env: childEnv({ CONFNOTES_CONTENT: content, CONFNOTES_OUT: out, CONFNOTES_CACHE: cacheDir, CONFNOTES_LIST_PAGE_SIZE: '2', SOURCE_DATE_EPOCH: epoch }),
  });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const reuseLine = (log: string) => /reused (\d+) pages from the last build, rendered (\d+)/.exec(log);
const edit = (file: string, from: string, to: string) => {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`"${from}" is not in ${file}`);
  writeFileSync(file, text.replace(from, to));
};
const TALK = '/talks/kcd-france-2023/building-container-images-in-kubernetes-its-been-a-journey/index.html';

beforeAll(() => {
  cpSync(VALID, content, { recursive: true });
  firstLog = build(rebuilt, cache);
  // The writer adds a sentence to one talk's notes.
  edit(join(content, 'recaps', 'kcd-a.md'), 'Ils utilisent Argo CD et kind pour tester.', 'Ils utilisent Argo CD et kind pour tester, tous les jours.');
  secondLog = build(rebuilt, cache);
  renderedIn = Object.fromEntries(Object.entries(readManifest(cacheFor('pages', rebuilt, process.cwd(), { CONFNOTES_CACHE: cache }))!.pages).map(([file, page]) => [file, page.renderedIn]));
  // Then adds a talk to another recap, rewrites a tool's description and deletes a recap.
  appendFileSync(join(content, 'recaps', 'kcd-b.md'), '\n## Un talk ajouté après coup\n- Speakers: Laurent Bernaille (Datadog)\n- Tools: Flux\n\nQuelques notes sur Flux, prises après la conférence.\n');
  edit(join(content, 'tools', 'kind.yaml'), 'description: Kubernetes in Docker.', 'description: Kubernetes clusters in Docker containers.');
  rmSync(join(content, 'recaps', 'kcd-search-words.md'));
  thirdLog = build(rebuilt, cache);
  cleanLog = build(clean, join(root, 'no-cache'));
  // Then builds again the next day: only the pages that show "now" depend on the day.
  nextDayLog = build(join(root, 'next-day'), join(root, 'next-day-cache'));
  nextDayLog = build(join(root, 'next-day'), join(root, 'next-day-cache'), '1764633600');
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a rebuild with the cache', () => {
  it('renders every page the first time, with nothing to reuse', () => {
    expect(firstLog).toContain('rendering every page: no cache from a successful build');
    expect(reuseLine(firstLog)?.[1]).toBe('0');
  });

  it('after one sentence, renders again the pages that show the talk and reuses the others', () => {
    const [, reused, rendered] = reuseLine(secondLog)!.map(Number);
    const again = Object.keys(renderedIn).filter((file) => renderedIn[file] === 2);
    expect(again.length).toBe(rendered);
    expect(reused).toBeGreaterThan(0);
    // The talk itself, the recap it is in, its speakers, and the lists of its edition.
    expect(again).toEqual(expect.arrayContaining([TALK, '/recaps/kcd-a/index.html', '/speakers/laurent-bernaille/index.html', '/conferences/kcd-france/2023/index.html']));
    // A talk of another conference, a tool and a speaker it has nothing to do with.
    for (const untouched of ['/speakers/jerome-petazzoni/index.html', '/recaps/kubecon-2019/index.html']) expect(renderedIn[untouched]).toBe(1);
  });

  it("after one sentence, takes the last build's index of the pages found by name, none of which changed", () => {
    expect(firstLog).not.toMatch(/pages found by name had not changed/);
    expect(secondLog).toMatch(/\[confnotes-index\] indexed \d+ pages in [\d.]+ s \(the \d+ pages found by name had not changed: their bundle is the last build's\)/);
  });

  it('is told the props of every route\'s pages before they render, so none is rendered every time', () => {
    expect(secondLog).not.toMatch(/no cacheKey/);
    expect(renderedIn['/talks/page/2/index.html'] ?? renderedIn['/speakers/page/2/index.html']).toBeDefined();
  });

  it('on the next day, renders again the pages that show "now" and reuses the others', () => {
    const [, reused, rendered] = reuseLine(nextDayLog)!.map(Number);
    expect(nextDayLog).not.toContain('rendering every page');
    expect(rendered).toBeGreaterThan(0);
    expect(reused).toBeGreaterThan(rendered);
  });

  it("takes the next day's index of the pages found by name from the day before, the bytes a clean build writes", () => {
    expect(nextDayLog).toMatch(/pages found by name had not changed/);
    const named = (dist: string) => join(dist, 'pagefind', 'named');
    expect(filesOf(named(join(root, 'next-day')))).toEqual(filesOf(named(clean)));
    const different = filesOf(named(clean)).filter((file) => !readFileSync(join(named(join(root, 'next-day')), file)).equals(readFileSync(join(named(clean), file))));
    expect(different).toEqual([]);
  });

  it('checks as many links on as many pages as a clean build, the reused pages\' links taken from the cache', () => {
    const checked = (log: string) => /checked \d+ internal links on \d+ pages: none broken/.exec(log)?.[0];
    expect(checked(cleanLog)).toBeDefined();
    expect(checked(thirdLog)).toBe(checked(cleanLog));
    // Every page the cache recorded has its links kept for the next build.
    const manifest = readManifest(cacheFor('pages', rebuilt, process.cwd(), { CONFNOTES_CACHE: cache }))!;
    expect(Object.values(manifest.pages).filter((page) => !page.links)).toEqual([]);
  });

  it('writes the same files as a clean build of the same content', () => {
    expect(filesOf(rebuilt)).toEqual(filesOf(clean));
  });

  it('lists every page in the sitemap, the pages reused as well as those rendered', () => {
    const pages = filesOf(rebuilt).filter((file) => file.endsWith('index.html'));
    const listed = [...readFileSync(join(rebuilt, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>https?:\/\/[^/]+\/([^<]*)<\/loc>/g)].map(([, path]) => `${path}index.html`);
    expect(listed.sort()).toEqual(pages);
  });

  it('writes every file byte for byte as a clean build does, search index included', () => {
    const different = filesOf(clean).filter((file) => !readFileSync(join(rebuilt, file)).equals(readFileSync(join(clean, file))));
    expect(different).toEqual([]);
  });

  it('shows the edits: the new sentence, the added talk, the new description, and no page of the deleted recap', () => {
    expect(readFileSync(join(rebuilt, TALK), 'utf8')).toContain('tous les jours');
    expect(filesOf(rebuilt).some((file) => file.startsWith('talks/kcd-france-2023/un-talk-ajoute-apres-coup/'))).toBe(true);
    expect(readFileSync(join(rebuilt, 'tools', 'kind', 'index.html'), 'utf8')).toContain('Kubernetes clusters in Docker containers.');
    expect(filesOf(rebuilt).some((file) => file.startsWith('recaps/kcd-search-words/'))).toBe(false);
  });
});
