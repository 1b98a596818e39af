import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { codeDigest } from '../cache/code-fingerprint.ts';
import { join, relative, resolve } from 'node:path';
import { speakerFileSchema } from '../schemas/speaker.ts';
import { toolFileSchema } from '../schemas/tool.ts';
import { assembleContent, type Content } from './assemble.ts';
import { checkCncfLinks } from './check-cncf-links.ts';
import { ContentError, ContentReport } from './content-error.ts';
import { parseCatalogue, type CatalogueFile } from './parse-catalogue.ts';
import { parseCncf } from './parse-cncf.ts';
import { parseConferences } from './parse-conferences.ts';
import { compileInWorkers } from './compile-in-workers.ts';
import { compileFiles, type CompiledRecap, type CompileResult } from './compile-recap.ts';
import type { MatchableTool } from './tool-matcher.ts';
import { parseSiteSettings, resolveSiteSettings, SETTINGS_FILE, type SiteSettings } from '../settings/site-settings.ts';
import { siteUrls } from '../urls.ts';

/** How the content is read: for which base path, and whether drafts are in. */
export interface ContentOptions {
  /** The site's base path, which links in the notes carry; default: the settings' base. */
  base?: string;
  /** Recaps marked `draft: true` are in (npm run dev) or left out (the build, the check's counts). */
  drafts?: boolean;
  /** Keep each recap's compiled result for the next load (npm run dev: only edited recaps are compiled again). */
  reuse?: boolean;
  /**
   * A folder where each recap's compiled result is kept for the next process (`astro build`):
   * a rebuild compiles only the recaps that changed. Safe to delete.
   */
  cache?: string;
}

export interface LoadedContent {
  content: Content;
  report: ContentReport;
  /** The settings of content/site.yaml with the environment's over them. */
  settings: SiteSettings;
  /** The files of the recaps marked `draft: true`, whether or not they are in. */
  drafts: string[];
}

/**
 * The content folder: CONFNOTES_CONTENT when set (the benchmark points it at generated
 * content), else content/ at the project root.
 */
export function contentDir(root = process.cwd()): string {
  return resolve(root, process.env.CONFNOTES_CONTENT ?? 'content');
}

function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** A path as a writer would open it: relative inside the project, absolute outside it. */
function displayPath(root: string, file: string): string {
  const path = relative(root, file);
  return path.startsWith('..') ? file : path;
}

/** Every file the site is made of, read once, named relative to the project root. */
function readSources(dir: string, root: string): Map<string, string> {
  const files = [
    join(dir, SETTINGS_FILE),
    join(dir, 'conferences.yaml'),
    join(dir, 'cncf', 'projects.json'),
    join(dir, 'cncf', 'corrections.yaml'),
    ...listFiles(join(dir, 'tools'), /\.ya?ml$/),
    ...listFiles(join(dir, 'speakers'), /\.ya?ml$/),
    ...listFiles(join(dir, 'recaps'), /\.mdx?$/),
  ];
  const sources = new Map<string, string>();
  for (const file of files) {
    if (existsSync(file)) sources.set(displayPath(root, file), readFileSync(file, 'utf8'));
  }
  return sources;
}

/** Everything but the recaps, parsed; the recaps still as text, in file order. */
function readFolder(sources: Map<string, string>, dir: string, report: ContentReport) {
  const inFolder = (folder: string): CatalogueFile[] =>
    [...sources].filter(([file]) => file.startsWith(`${folder}/`)).map(([file, text]) => ({ file, text }));
  const required = (file: string) => {
    const text = sources.get(file);
    if (text === undefined)
      report.error({ file, line: 1, field: '(file)', message: 'the file is missing', expected: `${file} in the content folder` });
    return text;
  };

  const settingsFile = `${dir}/${SETTINGS_FILE}`;
  const settingsText = sources.get(settingsFile);
  const settings = resolveSiteSettings(settingsText === undefined ? {} : parseSiteSettings(settingsFile, settingsText, report));

  const conferencesFile = `${dir}/conferences.yaml`;
  const conferencesText = required(conferencesFile);
  const conferences = conferencesText !== undefined
    ? parseConferences(conferencesFile, conferencesText, report)
    : { series: [], editions: [], editionLines: new Map<string, number>() };

  const projectsFile = `${dir}/cncf/projects.json`;
  const projectsText = required(projectsFile);
  const correctionsFile = `${dir}/cncf/corrections.yaml`;
  const correctionsText = sources.get(correctionsFile);
  const projects = projectsText !== undefined
    ? parseCncf({ file: projectsFile, text: projectsText }, correctionsText === undefined ? undefined : { file: correctionsFile, text: correctionsText }, report)
    : [];

  const tools = parseCatalogue(inFolder(`${dir}/tools`), toolFileSchema, report);
  const speakers = parseCatalogue(inFolder(`${dir}/speakers`), speakerFileSchema, report);
  const recapFiles = inFolder(`${dir}/recaps`).sort((a, b) => a.file.localeCompare(b.file));
  const matchable: MatchableTool[] = tools.map(({ id, value }) => ({ id, name: value.name, aliases: value.aliases, commonWord: value.commonWord }));
  return { settings, conferences, projects, tools, speakers, recapFiles, matchable };
}

/** The collections from the folder's catalogues and its compiled recaps, with every problem reported. */
type Folder = ReturnType<typeof readFolder>;
function assembleCompiled({ settings, recapFiles, matchable, ...catalogues }: Folder, compiled: CompileResult[], report: ContentReport, options: ContentOptions): LoadedContent {
  const recaps: CompiledRecap[] = [];
  const drafts: string[] = [];
  for (const { recap, errors, warnings } of compiled) {
    for (const issue of errors) report.error(issue);
    for (const issue of warnings) report.warn(issue);
    if (recap?.frontmatter?.draft === true) drafts.push(recap.file);
    if (recap && (options.drafts || recap.frontmatter?.draft !== true)) recaps.push(recap);
  }
  checkCncfLinks(catalogues.tools, catalogues.projects, report);
  const urls = siteUrls(baseOf(settings, options));
  return { content: assembleContent({ ...catalogues, recaps, urls }, report), report, settings, drafts };
}

const baseOf = (settings: SiteSettings, options: ContentOptions) => options.base ?? settings.base;

/** Parses sources (path -> text) into collections; never throws on bad content, reports it. */
export function parseContent(sources: Map<string, string>, dir: string, options: ContentOptions = {}): LoadedContent {
  const report = new ContentReport();
  const folder = readFolder(sources, dir, report);
  return assembleCompiled(folder, compileFiles(folder.recapFiles, folder.matchable, baseOf(folder.settings, options)), report, options);
}

/**
 * The same, with the recaps compiled in worker threads (Markdown parsing is most of the
 * work at scale); used by the build and `npm run check`. Same result as parseContent.
 */
export async function parseContentInParallel(sources: Map<string, string>, dir: string, options: ContentOptions = {}): Promise<LoadedContent> {
  const report = new ContentReport();
  const folder = readFolder(sources, dir, report);
  const base = baseOf(folder.settings, options);
  const compile = (files: readonly CatalogueFile[]) => compileInWorkers(files, folder.matchable, base);
  const cache = options.cache ? new CompiledCache(options.cache) : options.reuse ? compiledCache : undefined;
  const key = catalogueKey(folder.matchable, base, options.cache ? codeDigest(process.cwd()) : '');
  const compiled = cache ? await cache.compile(folder.recapFiles, key, compile) : await compile(folder.recapFiles);
  return assembleCompiled(folder, compiled, report, options);
}

/** What, besides its own text, decides how a recap compiles: the tool catalogue, the base path (and, kept on disk, the code). */
function catalogueKey(tools: MatchableTool[], base: string, code: string): string {
  return createHash('sha256').update(JSON.stringify(tools)).update('\0').update(base).update('\0').update(code).digest('hex');
}

/**
 * Each recap's compiled result, keyed by the file's name, its text and what changes how it
 * compiles: an edit re-reads one file and compiles only it. In memory, between loads of a running
 * dev server; or, given a folder, on disk between builds (one file per recap, in V8's own
 * serialisation: exact and fast). Only this load's recaps are kept, so a deleted recap leaves nothing behind.
 */
export class CompiledCache {
  private entries = new Map<string, CompileResult>();
  /** How many recaps the last call compiled (the others came from the cache). */
  compiledLastTime = 0;

  private readonly dir: string | undefined;

  constructor(dir?: string) {
    this.dir = dir;
  }

  async compile(
    files: readonly { file: string; text: string }[],
    key: string,
    compile: (files: readonly { file: string; text: string }[]) => Promise<CompileResult[]>,
  ): Promise<CompileResult[]> {
    const keyOf = (file: string, text: string) => createHash('sha256').update(key).update('\0').update(file).update('\0').update(text).digest('hex');
    const keys = files.map(({ file, text }) => keyOf(file, text));
    const found = keys.map((k) => this.entries.get(k) ?? this.read(k));
    const missing = files.filter((_, i) => found[i] === undefined);
    const fresh = await compile(missing);
    let at = 0;
    const results = found.map((result, i) => result ?? this.write(keys[i], fresh[at++]));
    this.compiledLastTime = missing.length;
    if (this.dir) this.prune(new Set(keys));
    // On disk, nothing stays in memory: the build drops the parse once Astro has stored it.
    else this.entries = new Map(keys.map((k, i) => [k, results[i]]));
    return results;
  }

  private read(key: string): CompileResult | undefined {
    if (!this.dir) return undefined;
    try {
      return deserialize(readFileSync(join(this.dir, `${key}.v8`))) as CompileResult;
    } catch {
      return undefined;
    }
  }

  /** Keeps a result on disk when it can: a cache that cannot be written costs time, never the build. */
  private write(key: string, result: CompileResult): CompileResult {
    if (!this.dir) return result;
    const file = join(this.dir, `${key}.v8`);
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(`${file}.${process.pid}.tmp`, serialize(result));
      renameSync(`${file}.${process.pid}.tmp`, file);
    } catch {
      rmSync(`${file}.${process.pid}.tmp`, { force: true });
    }
    return result;
  }

  private prune(keep: Set<string>): void {
    if (!existsSync(this.dir!)) return;
    for (const name of readdirSync(this.dir!)) if (name.endsWith('.v8') && !keep.has(name.slice(0, -3))) rmSync(join(this.dir!, name), { force: true });
  }
}
const compiledCache = new CompiledCache();

let cache: { digest: string; loaded: LoadedContent | Promise<LoadedContent> } | undefined;

/** The content folder's sources, the folder as files are named from, and their digest. */
export function readFolderSources(root = process.cwd(), options: ContentOptions = {}) {
  const dir = contentDir(root);
  const sources = readSources(dir, root);
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const [file, text] of sources) hash.update(file).update('\0').update(text).update('\0');
  return { sources, dir: displayPath(root, dir) || '.', digest: hash.digest('hex') };
}

/**
 * Reads and parses the content folder. Memoised by a digest of the sources: Astro's loaders,
 * one per collection and run in parallel, share a single parse.
 */
export function loadContent(root = process.cwd(), options: ContentOptions = {}): LoadedContent {
  const { sources, dir, digest } = readFolderSources(root, options);
  if (cache?.digest !== digest || cache.loaded instanceof Promise) cache = { digest, loaded: parseContent(sources, dir, options) };
  return cache.loaded as LoadedContent;
}

/** loadContent, compiling the recaps in worker threads. */
export function loadContentInParallel(root = process.cwd(), options: ContentOptions = {}): Promise<LoadedContent> {
  const { sources, dir, digest } = readFolderSources(root, options);
  if (cache?.digest !== digest) cache = { digest, loaded: parseContentInParallel(sources, dir, options) };
  return Promise.resolve(cache.loaded);
}

/** Drops the memoised parse (its collections are in Astro's store by then: half the memory at scale). */
export function forgetContent(): void {
  cache = undefined;
}

/** The loaded content, or a ContentError listing every problem at once. */
function valid(loaded: LoadedContent): LoadedContent {
  if (!loaded.report.ok) throw new ContentError(loaded.report.errors);
  return loaded;
}

/** The collections, or a ContentError listing every problem at once. */
export function loadValidContent(root = process.cwd(), options: ContentOptions = {}): LoadedContent {
  return valid(loadContent(root, options));
}

/** loadValidContent, compiling the recaps in worker threads. */
export async function loadValidContentInParallel(root = process.cwd(), options: ContentOptions = {}): Promise<LoadedContent> {
  return valid(await loadContentInParallel(root, options));
}
