import { describe, expect, it } from 'vitest';
import { ContentReport, formatIssue } from '../../src/parse/content-error.ts';
import { inLanguage, parseSiteSettings, resolveSiteSettings } from '../../src/settings/site-settings.ts';
import { parseContent } from '../../src/parse/load-content.ts';
import { fixtureSources, parseFixture } from '../helpers/fixtures.ts';

const FILE = 'content/site.yaml';
const parse = (text: string) => {
  const report = new ContentReport();
  return { value: parseSiteSettings(FILE, text, report), report };
};

describe('content/site.yaml', () => {
  it('reads every field', () => {
    const { value, report } = parse(
      'title:\n  en: Acme Field Notes\n  fr: Carnets Acme\ntagline: Our notes\nurl: https://acme.github.io/notes/\nuiLang: fr\norganisation: Acme\nlogo: logo.svg\n',
    );
    expect(report.errors).toEqual([]);
    const settings = resolveSiteSettings(value, {});
    expect(settings).toEqual({
      title: { en: 'Acme Field Notes', fr: 'Carnets Acme' },
      tagline: 'Our notes',
      url: 'https://acme.github.io/notes/',
      base: '/notes/',
      uiLang: 'fr',
      organisation: 'Acme',
      logo: 'logo.svg',
    });
    expect(inLanguage(settings.title, 'fr')).toBe('Carnets Acme');
    expect(inLanguage(settings.title, 'en')).toBe('Acme Field Notes');
  });

  it('gives every field its default without a file', () => {
    expect(resolveSiteSettings({}, {})).toEqual({
      title: 'Confnotes',
      tagline: undefined,
      url: 'https://confnotes.example.org',
      base: '/',
      uiLang: 'en',
      organisation: undefined,
      logo: undefined,
    });
  });

  it('takes the base from the url path unless base is given, and writes it with both slashes', () => {
    expect(resolveSiteSettings({ url: 'https://acme.github.io/notes' }, {}).base).toBe('/notes/');
    expect(resolveSiteSettings({ url: 'https://notes.acme.org/', base: '/kb' }, {}).base).toBe('/kb/');
  });

  it('lets the environment win over the file', () => {
    const settings = resolveSiteSettings({ url: 'https://a.example/', base: '/a/', uiLang: 'en' }, { CONFNOTES_SITE: 'https://b.example/', CONFNOTES_BASE: '/b/', CONFNOTES_UI_LANG: 'fr' });
    expect(settings).toMatchObject({ url: 'https://b.example/', base: '/b/', uiLang: 'fr' });
  });

  const bad: [string, string, { line: number; field: string; message: RegExp; hint?: RegExp }][] = [
    ['a url that is not http(s)', 'title: X\nurl: ftp://acme.org/\n', { line: 2, field: 'url', message: /not valid/ }],
    ['a base without its leading slash', 'base: notes/\n', { line: 1, field: 'base', message: /not valid/ }],
    ['an interface language with no dictionary', 'uiLang: de\n', { line: 1, field: 'uiLang', message: /"de" has no interface dictionary/ }],
    ['a misspelt key', 'titel: Acme\n', { line: 1, field: 'titel', message: /unknown key "titel"/, hint: /did you mean title/ }],
    ['a title in a language with no dictionary', 'title:\n  en: Acme\n  fx: Acmé\n', { line: 3, field: 'title.fx', message: /not an interface language/, hint: /did you mean fr/ }],
    ['an empty tagline', 'tagline: ""\n', { line: 1, field: 'tagline', message: /"" is too small/ }],
    ['a logo that is not an image file name', 'logo: ../secret.txt\n', { line: 1, field: 'logo', message: /not valid/ }],
  ];
  it.each(bad)('reports %s with its line, field, what was expected', (_, text, where) => {
    const { report } = parse(text);
    expect(report.errors).toHaveLength(1);
    const [error] = report.errors;
    expect(error).toMatchObject({ file: FILE, line: where.line, field: where.field });
    expect(error.message).toMatch(where.message);
    expect(error.expected.length).toBeGreaterThan(5);
    if (where.hint) expect(error.hint).toMatch(where.hint);
  });

  it('fails the content check with the rest of the content errors, all in one run', () => {
    const { report } = parseFixture(undefined, { 'site.yaml': 'uiLang: xx\nurl: nope\n' });
    const messages = report.errors.map(formatIssue);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^content\/site\.yaml:\d+ {2}/);
    expect(messages.join('\n')).toContain('uiLang');
    expect(messages.join('\n')).toContain('url');
  });
});

describe('drafts', () => {
  const draft = '---\ntitle: Draft\nconference: kcd-france-2023\nauthors: [A]\norganisation: Acme\nlang: en\npublished: 2023-03-11\ndraft: true\n---\n\n## A drafted talk\n- Speakers: Jane Doe (Acme)\n\nWombats.\n';

  it('are listed, and left out unless asked for', () => {
    const without = parseFixture(undefined, { 'recaps/zz-draft.md': draft });
    expect(without.report.errors).toEqual([]);
    expect(without.drafts).toEqual(['content/recaps/zz-draft.md']);
    expect(without.content.recaps.map((r) => r.id)).not.toContain('zz-draft');
    expect(without.content.talks.map((t) => t.title)).not.toContain('A drafted talk');
    const shown = parseContent(fixtureSources(undefined, { 'recaps/zz-draft.md': draft }), 'content', { drafts: true });
    expect(shown.drafts).toEqual(['content/recaps/zz-draft.md']);
    expect(shown.content.recaps.map((r) => r.id)).toContain('zz-draft');
    expect(shown.content.talks.map((t) => t.title)).toContain('A drafted talk');
  });
});

describe('interface languages', () => {
  it('are the dictionaries of src/i18n, for the settings as for the pages', async () => {
    const { uiLangs } = await import('../../src/settings/ui-languages.ts');
    const { uiLanguages } = await import('../../src/i18n/dictionaries.ts');
    expect(uiLangs).toEqual(['en', 'fr']);
    expect([...uiLangs]).toEqual([...uiLanguages].sort());
  });

  it('refuse an unknown CONFNOTES_UI_LANG, naming the dictionaries', () => {
    expect(() => resolveSiteSettings({}, { CONFNOTES_UI_LANG: 'xx' })).toThrow(/CONFNOTES_UI_LANG=xx: no dictionary src\/i18n\/xx\.ts \(interface languages: en, fr\)/);
  });
});
