/**
 * node bench/dev-edit.ts [--talks N] [--edits K]: how long `npm run dev` takes to show an edit.
 * Starts the dev server on a copy of the shipped content (or on N generated talks), edits a
 * sentence in the notes of one talk K times, and prints how long each edit took to reach a
 * fresh request of that talk's page (the open page reloads at the same moment).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/parse/load-content.ts';
import { urls } from '../src/urls.ts';
import { startDev, waitFor } from '../tests/helpers/dev-server.ts';
import { generateContent } from './generate-content.ts';

const { values } = parseArgs({ options: { talks: { type: 'string', default: '0' }, edits: { type: 'string', default: '5' } } });
const talks = Number(values.talks);
const dir = mkdtempSync(join(tmpdir(), 'confnotes-dev-edit-'));
if (talks > 0) generateContent({ talks, dir });
else cpSync(resolve(import.meta.dirname, '..', 'content'), dir, { recursive: true });

process.env.CONFNOTES_CONTENT = dir;
const { content } = loadContent();
// The first talk of the first recap: a sentence added to its notes leaves its URL as it is.
const recap = content.recaps[0];
const talk = content.talks.find((t) => t.id === recap.talks[0])!;
const note = talk.notes.find((n) => n.recap === recap.id)!;
const file = resolve(dir, 'recaps', `${recap.id}${recap.file.endsWith('.mdx') ? '.mdx' : '.md'}`);
const path = urls.talk(talk.id);

/** The recap with a sentence opening the talk's notes: after its heading and metadata list. */
function withSentence(text: string, sentence: string): string {
  const lines = text.split('\n');
  let at = note.line; // the line after the heading (lines count from 1)
  while (at < lines.length && lines[at].trim() !== '') at++;
  lines.splice(at, 0, '', sentence);
  return lines.join('\n');
}

const started = performance.now();
const dev = await startDev(dir, path);
console.log(`${content.talks.length} talks: dev server ready, ${path} served after ${((performance.now() - started) / 1000).toFixed(1)} s`);
// The file watcher scans the content folder as the server starts; an edit in the same second can
// come before the scan reaches its file. A writer never edits that fast: let the scan finish.
await new Promise((done) => setTimeout(done, 3000));
const times: number[] = [];
try {
  for (let i = 1; i <= Number(values.edits); i++) {
    const word = `edited${i}x${Date.now().toString(36)}`;
    writeFileSync(file, withSentence(readFileSync(file, 'utf8'), `A sentence added by the bench: ${word}.`));
    const { after } = await waitFor(dev.url + path.slice(1), (status, body) => status === 200 && body.includes(word), 60_000).catch((error: Error) => {
      throw new Error(`${error.message.slice(0, 200)}\nthe server said:\n${dev.output().slice(-1500)}`);
    });
    times.push(after);
    console.log(`edit ${i}: on the page after ${Math.round(after)} ms`);
  }
} finally {
  dev.stop();
  rmSync(dir, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms, worst ${Math.round(sorted.at(-1)!)} ms over ${times.length} edits`);
