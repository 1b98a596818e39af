import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseContent } from '../../src/parse/load-content.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VALID = join(FIXTURES, 'valid');
export const BROKEN = join(FIXTURES, 'broken');
/** Recaps with raw HTML, handlers and script URLs, laid over the valid fixture. */
export const HOSTILE = join(FIXTURES, 'hostile');
/** Recaps in six languages: en, fr, de, es, pt-BR, it. */
export const LANGUAGES = join(FIXTURES, 'languages');

/** Files of a fixture folder as path -> text, paths under `content/`. */
function filesOf(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(`content/${relative(root, path)}`, readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}

/** The valid fixture with a broken case's files laid over it (same path: replaced; new path: added). */
export function fixtureSources(brokenCase?: string, extra: Record<string, string> = {}): Map<string, string> {
  const sources = filesOf(VALID);
  if (brokenCase) for (const [file, text] of filesOf(join(BROKEN, brokenCase))) sources.set(file, text);
  for (const [file, text] of Object.entries(extra)) sources.set(`content/${file}`, text);
  return new Map([...sources].sort(([a], [b]) => a.localeCompare(b)));
}

/** The hostile fixture parsed as the site parses it (tests/global-setup.ts builds the same overlay). */
export function parseHostileFixture() {
  return parseContent(new Map([...filesOf(VALID), ...filesOf(HOSTILE)].sort(([a], [b]) => a.localeCompare(b))), 'content');
}

/** Words the hostile recap writes next to removed markup: each must reach the talk page and the index. */
export const KEPT_WORDS = [
  'quokkafirst', 'quokkasecond', 'quokkathird', 'pangolinword', 'axolotlword', 'narwhalword', 'okapiword',
  'ibexword', 'capybaraword', 'tapirword', 'lemurword', 'meerkatword', 'jerboaword',
];

/** Parses a fixture as the site would; the report holds every error and warning. */
export function parseFixture(brokenCase?: string, extra: Record<string, string> = {}) {
  return parseContent(fixtureSources(brokenCase, extra), 'content');
}

/** Parses the six-language fixture as the site would. */
export const parseLanguagesFixture = () => parseContent(new Map([...filesOf(LANGUAGES)].sort(([a], [b]) => a.localeCompare(b))), 'content');

/**
 * A content folder on disk: the valid fixture with an overlay laid over it (a broken case by
 * default, or any folder of tests/fixtures), for running the CLI or a server on it.
 */
export function materialiseFixture(overlay?: string, under = BROKEN): string {
  const dir = mkdtempSync(join(tmpdir(), `confnotes-${overlay ?? 'valid'}-`));
  cpSync(VALID, dir, { recursive: true });
  if (overlay) cpSync(join(under, overlay), dir, { recursive: true, force: true });
  return dir;
}

export const brokenCases = () => readdirSync(BROKEN).sort();
