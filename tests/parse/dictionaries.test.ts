import { describe, expect, it } from 'vitest';
import { dictionariesFrom, dictionaries, uiLanguages } from '../../src/i18n/dictionaries.ts';
import en from '../../src/i18n/en.ts';
import fr from '../../src/i18n/fr.ts';
import de from '../fixtures/i18n/de.ts';
import badName from '../fixtures/i18n/bad-name.ts';

describe('interface dictionaries', () => {
  it('the interface languages are the dictionary files of src/i18n', async () => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync('src/i18n').filter((f) => !['dictionaries.ts', 'ui.ts'].includes(f)).map((f) => f.replace(/\.ts$/, ''));
    expect(uiLanguages).toEqual(files.sort());
    expect(uiLanguages).toEqual(['en', 'fr']);
  });

  it('every dictionary has the keys of English, no more and no fewer', () => {
    const keys = (m: object): string[] => Object.entries(m).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((n) => `${k}.${n}`) : [k])).sort();
    for (const [lang, messages] of dictionaries) expect(keys(messages), lang).toEqual(keys(en));
  });

  it('a third dictionary file adds a third interface language', () => {
    const three = dictionariesFrom({ './en.ts': { default: en }, './fr.ts': { default: fr }, '../fixtures/i18n/de.ts': { default: de } });
    expect([...three.keys()]).toEqual(['de', 'en', 'fr']);
    expect(three.get('de')!.search).toBe('Suche');
    expect(three.get('de')!.results(2)).toBe('2 Ergebnisse');
    // What it does not translate yet reads as English.
    expect(three.get('de')!.notFound).toBe(en.notFound);
  });

  it('refuses a dictionary that lacks a word, naming it', () => {
    const { searchHelp: _, ...partial } = de;
    expect(() => dictionariesFrom({ './en.ts': { default: en }, './de.ts': { default: partial as typeof de } })).toThrow(/dictionary de: missing searchHelp/);
  });

  it('refuses a dictionary with a word English does not have, and one whose file name is no language', () => {
    expect(() => dictionariesFrom({ './en.ts': { default: en }, './de.ts': { default: { ...de, kinds: { ...de.kinds, talkk: 'x' } as typeof de.kinds } } })).toThrow(/unknown kinds\.talkk/);
    expect(() => dictionariesFrom({ './en.ts': { default: en }, '../fixtures/i18n/bad-name.ts': { default: badName } })).toThrow(/"bad-name" is not one/);
  });
});
