/**
 * The writer's edits the bench rebuilds after: one sentence added to the notes of one talk, and
 * one talk added to a recap. Both go to the recap in the middle of the folder, edited in place.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Edit {
  file: string;
  /** What was done, for the report. */
  what: string;
}

function middleRecap(contentDir: string): string {
  const dir = join(contentDir, 'recaps');
  const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  return join(dir, files[Math.floor(files.length / 2)]);
}

/** Appends a sentence to the first paragraph of the first talk's notes. */
export function addSentence(contentDir: string): Edit {
  const file = middleRecap(contentDir);
  const lines = readFileSync(file, 'utf8').split('\n');
  const heading = lines.findIndex((line) => line.startsWith('## '));
  const paragraph = lines.findIndex((line, i) => i > heading && line.trim() !== '' && !line.startsWith('- '));
  if (heading < 0 || paragraph < 0) throw new Error(`no talk notes to edit in ${file}`);
  lines[paragraph] += ' We came back to this idea several times during the week.';
  writeFileSync(file, lines.join('\n'));
  return { file, what: `one sentence added to the notes of "${lines[heading].slice(3)}"` };
}

/** Appends a talk, by the first talk's speakers, with notes of a few sentences. */
export function addTalk(contentDir: string): Edit {
  const file = middleRecap(contentDir);
  const text = readFileSync(file, 'utf8');
  const speakers = /^- Speakers: .*$/m.exec(text)?.[0];
  const talk = [
    '',
    '## A talk added for the rebuild bench',
    ...(speakers ? [speakers] : []),
    '- Tools: Kubernetes',
    '',
    'The speakers walked through how their team rebuilds a large site after a small change, and what they keep between builds.',
    '',
  ].join('\n');
  writeFileSync(file, `${text.trimEnd()}\n${talk}`);
  return { file, what: 'one talk added' };
}
