import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built from content/, as `npm run build` makes it. */
    siteDist: string;
    /** What that build printed. */
    siteBuildLog: string;
    /** The site built from tests/fixtures/valid with a French interface, for facts the shipped content lacks. */
    fixtureDist: string;
  }
}

function build(out: string, env: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ...env, CONFNOTES_OUT: out },
  });
  if (result.status !== 0) throw new Error(`astro build failed (${JSON.stringify(env)}):\n${result.stdout}\n${result.stderr}`);
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
  project.provide('siteDist', siteDist);
  project.provide('siteBuildLog', siteBuildLog);
  project.provide('fixtureDist', fixtureDist);
  return () => rmSync(root, { recursive: true, force: true });
}
