/**
 * Lays out the bare Astro baseline: the template in bench/baseline/ copied into a folder, the
 * project's node_modules linked in (same Astro, same Pagefind), and each generated talk written
 * as one Markdown file, its notes from every recap that covers it.
 */
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedTalk } from './generate-content.ts';

const TEMPLATE = join(import.meta.dirname, 'baseline');

function talkMarkdown(talk: GeneratedTalk): string {
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(talk.title)}`,
    `lang: ${talk.lang}`,
    `edition: ${talk.edition}`,
    `speakers: ${JSON.stringify(talk.speakers)}`,
    `tools: ${JSON.stringify(talk.tools)}`,
    ...(talk.video ? [`video: ${talk.video}`] : []),
    '---',
    '',
  ];
  const notes =
    talk.notes.length === 1 ? [talk.notes[0].markdown] : talk.notes.map((note) => `## ${note.recapTitle}\n\n${note.markdown}`);
  return `${frontmatter.join('\n')}${notes.join('\n\n')}\n`;
}

/** Writes the baseline site into `dir` (which must not exist yet); returns the number of talk files. */
export function prepareBaseline(dir: string, talks: readonly GeneratedTalk[], projectRoot: string): number {
  cpSync(TEMPLATE, dir, { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const talk of talks) {
    const file = join(dir, 'talks', talk.edition, `${talk.slug}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, talkMarkdown(talk));
  }
  return talks.length;
}
