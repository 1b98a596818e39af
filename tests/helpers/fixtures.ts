import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseContent } from '../../src/parse/load-content.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VALID = join(FIXTURES, 'valid');
export const BROKEN = join(FIXTURES, 'broken');
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

/** Parses a fixture as the site would; the report holds every error and warning. */
export function parseFixture(brokenCase?: string, extra: Record<string, string> = {}) {
  return parseContent(fixtureSources(brokenCase, extra), 'content');
}

/** Parses the six-language fixture as the site would. */
export const parseLanguagesFixture = () => parseContent(new Map([...filesOf(LANGUAGES)].sort(([a], [b]) => a.localeCompare(b))), 'content');

/** A content folder on disk for a broken case, for running the CLI on it. */
export function materialiseFixture(brokenCase: string): string {
  const dir = mkdtempSync(join(tmpdir(), `confnotes-${brokenCase}-`));
  cpSync(VALID, dir, { recursive: true });
  cpSync(join(BROKEN, brokenCase), dir, { recursive: true, force: true });
  return dir;
}

export const brokenCases = () => readdirSync(BROKEN).sort();
