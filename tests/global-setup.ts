import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { childEnv } from './helpers/child-env.ts';
import { FIXTURES, materialiseFixture } from './helpers/fixtures.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/, as `npm run build` makes it. */
    siteDist: string;
    /** What that build printed. */
    siteBuildLog: string;
    /** The site built from tests/fixtures/valid with a French interface, for facts the shipped content lacks. */
    fixtureDist: string;
    /** The valid fixture with tests/fixtures/site-settings over it: a team's site.yaml (title, base /notes/, logo) and a draft. */
    settingsDist: string;
    /** Its content folder. */
    settingsContent: string;
    /** The content folder of the hostile fixture: tests/fixtures/valid with tests/fixtures/hostile laid over it. */
    hostileContent: string;
    /** The site built from it, and what that build printed. */
    hostileDist: string;
    hostileBuildLog: string;
    /** The site built from tests/fixtures/languages: recaps in six languages, English interface. */
    languagesDist: string;
    /** The same site with only its English and French recaps: the two-language baseline of the first-search cost. */
    twoLanguagesDist: string;
  }
}

function build(out: string, env: Record<string, string> = {}): string {
  const result = spawnSync('sh', ['src/cli/build.sh'], {
    encoding: 'utf8',
    env: childEnv({ ...env, CONFNOTES_OUT: out }),
  });
  if (result.status !== 0) throw new Error(`npm run build failed (${JSON.stringify(env)}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Builds the sites the tests read, once for the whole run. */
export default function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'confnotes-test-'));
  const siteDist = join(root, 'site');
  const fixtureDist = join(root, 'fixture');
  const siteBuildLog = build(siteDist);
  // The fixture site also proves the French interface, and lists split into pages of two talks.
  build(fixtureDist, { CONFNOTES_CONTENT: 'tests/fixtures/valid', CONFNOTES_UI_LANG: 'fr', CONFNOTES_LIST_PAGE_SIZE: '2' });
  // A team's own settings, deployed below its host's root (the base path comes from site.yaml's url).
  const settingsContent = materialiseFixture('site-settings', FIXTURES);
  const settingsDist = join(root, 'settings');
  build(settingsDist, { CONFNOTES_CONTENT: settingsContent });
  // The hostile fixture: raw HTML, handlers and script URLs in notes that must build, keep their text and run nothing.
  const hostileContent = materialiseFixture('hostile', FIXTURES);
  const hostileDist = join(root, 'hostile');
  const hostileBuildLog = build(hostileDist, { CONFNOTES_CONTENT: hostileContent });
  project.provide('hostileContent', hostileContent);
  project.provide('hostileDist', hostileDist);
  project.provide('hostileBuildLog', hostileBuildLog);
  const languagesDist = join(root, 'languages');
  build(languagesDist, { CONFNOTES_CONTENT: 'tests/fixtures/languages' });
  const twoLanguages = join(root, 'two-languages-content');
  cpSync('tests/fixtures/languages', twoLanguages, { recursive: true, filter: (path) => !/recaps\/(?!en\.md|fr\.md)[^/]+\.md$/.test(path) });
  const twoLanguagesDist = join(root, 'two-languages');
  build(twoLanguagesDist, { CONFNOTES_CONTENT: twoLanguages });
  project.provide('siteDist', siteDist);
  project.provide('siteBuildLog', siteBuildLog);
  project.provide('fixtureDist', fixtureDist);
  project.provide('settingsDist', settingsDist);
  project.provide('settingsContent', settingsContent);
  project.provide('languagesDist', languagesDist);
  project.provide('twoLanguagesDist', twoLanguagesDist);
  return () => {
    rmSync(root, { recursive: true, force: true });
    for (const content of [settingsContent, hostileContent]) rmSync(content, { recursive: true, force: true });
  };
}
