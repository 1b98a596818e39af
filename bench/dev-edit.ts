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
// The last talk of the first recap: an edit to its notes leaves its URL as it is.
const recap = content.recaps[0];
const talk = content.talks.find((t) => t.id === recap.talks.at(-1))!;
const file = resolve(dir, 'recaps', `${recap.id}${recap.file.endsWith('.mdx') ? '.mdx' : '.md'}`);
const path = urls.talk(talk.id);

const started = performance.now();
const dev = await startDev(dir, path);
console.log(`${content.talks.length} talks: dev server ready, ${path} served after ${((performance.now() - started) / 1000).toFixed(1)} s`);
const times: number[] = [];
try {
  for (let i = 1; i <= Number(values.edits); i++) {
    const word = `edited${i}x${Date.now().toString(36)}`;
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.trimEnd()}\n\nA sentence added by the bench: ${word}.\n`);
    const { after } = await waitFor(dev.url + path.slice(1), (status, body) => status === 200 && body.includes(word), 60_000);
    times.push(after);
    console.log(`edit ${i}: on the page after ${Math.round(after)} ms`);
  }
} finally {
  dev.stop();
  rmSync(dir, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`median ${Math.round(sorted[Math.floor(sorted.length / 2)])} ms, worst ${Math.round(sorted.at(-1)!)} ms over ${times.length} edits`);
