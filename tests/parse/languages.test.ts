import { describe, expect, it } from 'vitest';
import { canonicalLanguage, langAttributes, languageName } from '../../src/languages/language-tag.ts';
import { isStemmed } from '../../src/search/stemming.ts';
import { parseFixture, parseLanguagesFixture } from '../helpers/fixtures.ts';

const recap = (lang: string) =>
  `---\ntitle: Notes\nconference: kcd-france-2023\nauthors: [A]\norganisation: B\nlang: ${lang}\npublished: 2023-03-08\n---\n\n## Un talk\n- Speakers: Ada Lovelace\n\nTexte.\n`;

describe('the language of a recap', () => {
  it('the six-language fixture checks without an error or a warning', () => {
    const { report, content } = parseLanguagesFixture();
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(content.recaps.map((r) => r.lang).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt-BR']);
  });

  it.each(['de', 'es', 'pt', 'pt-BR', 'it', 'ja', 'zh-Hans', 'ar', 'ca-ES-valencia'])('accepts %s', (lang) => {
    const { report, content } = parseFixture(undefined, { 'recaps/other.md': recap(lang) });
    expect(report.errors).toEqual([]);
    expect(content.recaps.find((r) => r.id === 'other')!.lang).toBe(lang);
  });

  it('writes a tag the canonical way', () => {
    const { content } = parseFixture(undefined, { 'recaps/other.md': recap('pt-br') });
    expect(content.recaps.find((r) => r.id === 'other')!.lang).toBe('pt-BR');
  });

  it.each([
    ['klingon', 'did you mean tlh (Klingon)?'],
    ['german', 'did you mean de (German)?'],
    ['xx', 'a language code of two or three letters (ISO 639), then an optional script or region: pt-BR, zh-Hans'],
    ['und', 'a language code of two or three letters (ISO 639), then an optional script or region: pt-BR, zh-Hans'],
    ['en-XX', 'a language code of two or three letters (ISO 639), then an optional script or region: pt-BR, zh-Hans'],
  ])('refuses "%s", which names no language, with the file, the line and a hint', (lang, hint) => {
    const { report } = parseFixture(undefined, { 'recaps/other.md': recap(lang) });
    expect(report.errors).toMatchObject([{ file: 'content/recaps/other.md', line: 6, field: 'lang', message: `"${lang}" is not valid`, hint }]);
    expect(report.errors[0].expected).toMatch(/BCP 47/);
  });
});

describe('what a language gets', () => {
  it('a name in the interface language', () => {
    expect(languageName('de', 'en')).toBe('German');
    expect(languageName('de', 'fr')).toBe('Allemand');
    expect(languageName('pt-BR', 'fr')).toBe('Portugais brésilien');
  });

  it('dir="rtl" for the languages written right to left, nothing for the others', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur']) expect(langAttributes(lang)).toEqual({ lang, dir: 'rtl' });
    for (const lang of ['de', 'ja', 'zh-Hans']) expect(langAttributes(lang)).toEqual({ lang });
  });

  it('stemming where Pagefind has a stemmer for its base language', () => {
    for (const lang of ['de', 'es', 'pt-BR', 'it', 'fr', 'en']) expect(isStemmed(lang), lang).toBe(true);
    for (const lang of ['ja', 'zh-Hans', 'ko', 'he']) expect(isStemmed(lang), lang).toBe(false);
  });

  it('no canonical form for what names no language', () => {
    expect(canonicalLanguage('ZH-hans')).toBe('zh-Hans');
    expect(canonicalLanguage('klingon')).toBeUndefined();
    expect(canonicalLanguage('not a tag')).toBeUndefined();
  });
});

describe('npm run check on the six-language fixture', () => {
  it('passes, and says for each language whether search stems it', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, ['src/cli/check.ts'], { encoding: 'utf8', env: { ...process.env, CONFNOTES_CONTENT: 'tests/fixtures/languages' } });
    expect(result.status, result.stderr).toBe(0);
    for (const line of ['de (German): 1 talk note, stemmed by search', 'es (Spanish): 1 talk note, stemmed by search', 'it (Italian): 1 talk note, stemmed by search', 'pt-BR (Brazilian Portuguese): 1 talk note, stemmed by search']) {
      expect(result.stdout).toContain(line);
    }
  });

  it('says a language Pagefind has no stemmer for is indexed unstemmed', async () => {
    const { spawnSync } = await import('node:child_process');
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'confnotes-ja-'));
    cpSync('tests/fixtures/languages', dir, { recursive: true });
    writeFileSync(join(dir, 'recaps', 'ja.md'), recap('ja').replace('kcd-france-2023', 'kubecon-eu-2024').replace('2023-03-08', '2024-03-29'));
    const result = spawnSync(process.execPath, ['src/cli/check.ts'], { encoding: 'utf8', env: { ...process.env, CONFNOTES_CONTENT: dir } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('ja (Japanese): 1 talk note, indexed unstemmed (exact words and prefixes, accents folded)');
  });
});
