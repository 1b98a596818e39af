import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { speakerFileSchema } from '../schemas/speaker.ts';
import { toolFileSchema } from '../schemas/tool.ts';
import { assembleContent, type Content } from './assemble.ts';
import { ContentError, ContentReport } from './content-error.ts';
import { parseCatalogue, type CatalogueFile } from './parse-catalogue.ts';
import { parseCncf } from './parse-cncf.ts';
import { parseConferences } from './parse-conferences.ts';
import { parseRecap, type RecapDraft } from './parse-recap.ts';

export interface LoadedContent {
  content: Content;
  report: ContentReport;
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

/** Parses sources (path -> text) into collections; never throws on bad content, reports it. */
export function parseContent(sources: Map<string, string>, dir: string): LoadedContent {
  const report = new ContentReport();
  const inFolder = (folder: string): CatalogueFile[] =>
    [...sources].filter(([file]) => file.startsWith(`${folder}/`)).map(([file, text]) => ({ file, text }));
  const required = (file: string) => {
    const text = sources.get(file);
    if (text === undefined)
      report.error({ file, line: 1, field: '(file)', message: 'the file is missing', expected: `${file} in the content folder` });
    return text;
  };

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
  // Parsed one at a time as assembly asks for them: no recap's syntax tree outlives its assembly.
  const recapFiles = inFolder(`${dir}/recaps`).sort((a, b) => a.file.localeCompare(b.file));
  function* recaps(): Generator<RecapDraft> {
    for (const { file, text } of recapFiles) {
      const draft = parseRecap(file, text, report);
      if (draft) yield draft;
    }
  }

  const content = assembleContent({ conferences, recaps: recaps(), tools, speakers, projects }, report);
  return { content, report };
}

let cache: { digest: string; loaded: LoadedContent } | undefined;

/**
 * Reads and parses the content folder. Memoised by a digest of the sources: Astro's loaders,
 * one per collection and run in parallel, share a single parse.
 */
export function loadContent(root = process.cwd()): LoadedContent {
  const dir = contentDir(root);
  const sources = readSources(dir, root);
  const hash = createHash('sha256');
  for (const [file, text] of sources) hash.update(file).update('\0').update(text).update('\0');
  const digest = hash.digest('hex');
  if (cache?.digest !== digest) cache = { digest, loaded: parseContent(sources, displayPath(root, dir) || '.') };
  return cache.loaded;
}

/** Drops the memoised parse (its collections are in Astro's store by then: half the memory at scale). */
export function forgetContent(): void {
  cache = undefined;
}

/** The collections, or a ContentError listing every problem at once. */
export function loadValidContent(root = process.cwd()): LoadedContent {
  const loaded = loadContent(root);
  if (!loaded.report.ok) throw new ContentError(loaded.report.errors);
  return loaded;
}
