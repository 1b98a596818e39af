import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentReport } from '../parse/content-error.ts';
import { didYouMean } from '../parse/did-you-mean.ts';
import { readYaml } from '../parse/read-yaml.ts';
import { validate } from '../parse/validate.ts';
import { siteSettingsFileSchema, type LocalisedText, type SiteSettingsFile } from '../schemas/site-settings.ts';
import { normaliseBase } from '../urls.ts';
import { uiLangs, type UiLang } from './ui-languages.ts';

/** The settings a site is built with, every field resolved. */
export interface SiteSettings {
  title: LocalisedText;
  tagline: LocalisedText | undefined;
  url: string;
  base: string;
  uiLang: UiLang;
  organisation: string | undefined;
  logo: string | undefined;
}

export const SETTINGS_FILE = 'site.yaml';
const DEFAULT_URL = 'https://confnotes.example.org';

/** content/site.yaml read and checked; every problem goes to the report with its line. */
export function parseSiteSettings(file: string, text: string, report: ContentReport): SiteSettingsFile {
  const yaml = readYaml(text, file, report);
  if (!yaml) return {};
  const raw = (yaml.value ?? {}) as Record<string, unknown>;
  const value = validate(siteSettingsFileSchema, raw, { file, report, lineOf: yaml.lineOf }) ?? {};
  // Checked on what was written, so that these are reported with the schema's errors, in one run.
  if (typeof raw.uiLang === 'string' && !uiLangs.includes(raw.uiLang as UiLang)) {
    report.error({
      file,
      line: yaml.lineOf(['uiLang']),
      field: 'uiLang',
      message: `"${raw.uiLang}" has no interface dictionary`,
      expected: `one of: ${uiLangs.join(', ')} (a dictionary in src/i18n)`,
      hint: didYouMean(raw.uiLang, [...uiLangs]),
    });
    delete value.uiLang;
  }
  for (const field of ['title', 'tagline'] as const) {
    const text = raw[field];
    if (!text || typeof text !== 'object') continue;
    for (const lang of Object.keys(text)) {
      if (uiLangs.includes(lang as UiLang)) continue;
      report.error({ file, line: yaml.lineOf([field, lang]), field: `${field}.${lang}`, message: `"${lang}" is not an interface language`, expected: `one of: ${uiLangs.join(', ')}`, hint: didYouMean(lang, [...uiLangs]) });
    }
  }
  return value;
}

/** What the environment sets; it wins over site.yaml (and `astro build --base` wins over both). */
function fromEnvironment(env: NodeJS.ProcessEnv): SiteSettingsFile {
  const lang = env.CONFNOTES_UI_LANG;
  if (lang && !uiLangs.includes(lang)) throw new Error(`CONFNOTES_UI_LANG=${lang}: no dictionary src/i18n/${lang}.ts (interface languages: ${uiLangs.join(', ')})`);
  return {
    ...(env.CONFNOTES_SITE ? { url: env.CONFNOTES_SITE } : {}),
    ...(env.CONFNOTES_BASE ? { base: env.CONFNOTES_BASE } : {}),
    ...(env.CONFNOTES_UI_LANG ? { uiLang: env.CONFNOTES_UI_LANG } : {}),
  };
}

/** The file's values over the defaults, the environment's over both. */
export function resolveSiteSettings(file: SiteSettingsFile, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const given = { ...file, ...fromEnvironment(env) };
  const url = given.url ?? DEFAULT_URL;
  const urlPath = new URL(url).pathname;
  return {
    title: given.title ?? 'Confnotes',
    tagline: given.tagline,
    url,
    base: normaliseBase(given.base ?? urlPath),
    uiLang: uiLangs.includes(given.uiLang as UiLang) ? (given.uiLang as UiLang) : 'en',
    organisation: given.organisation,
    logo: given.logo,
  };
}

/**
 * The settings of a content folder (its site.yaml, if any, and the environment). Problems are
 * only collected here: the content check reports them with the rest.
 */
export function loadSiteSettings(contentFolder: string, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const path = join(contentFolder, SETTINGS_FILE);
  const file = existsSync(path) ? parseSiteSettings(path, readFileSync(path, 'utf8'), new ContentReport()) : {};
  return resolveSiteSettings(file, env);
}

/** A localised text in one interface language: its own entry, else English, else any. */
export function inLanguage(text: LocalisedText, lang: string): string {
  if (typeof text === 'string') return text;
  return text[lang] ?? text.en ?? Object.values(text)[0]!;
}
