import { createHash } from 'node:crypto';
import type { StoredTalk, Talk } from '../schemas/talk.ts';

/**
 * The HTML of the talks' notes, kept beside Astro's content store rather than in it. Astro writes
 * its store to disk and hands it to the pages as one JSON module, parsed whole before the first
 * page renders: at 10,000 talks the notes were 27 MB of its 46, and each is read by two pages
 * (its talk's and its recap's). The loaders and the pages run in one process but not in one
 * module graph (the prerender bundle has its own copy of every module), so they meet on a global
 * key. A note names its HTML by digest: whatever the store holds, it can only find its own text.
 */
const KEY = Symbol.for('confnotes.notesHtml');
const slot = globalThis as { [KEY]?: Map<string, string> };

const digestOf = (html: string) => createHash('sha256').update(html).digest('base64url');

/**
 * The talks as the store keeps them, their notes' HTML set aside. Nothing set aside is dropped:
 * a dev server's pages may still render the last load's talks while the next one is stored, and
 * a build loads once.
 */
export function storedTalks(talks: readonly Talk[]): StoredTalk[] {
  const held = (slot[KEY] ??= new Map());
  return talks.map((talk) => ({
    ...talk,
    notes: talk.notes.map(({ html, ...note }) => {
      const htmlDigest = digestOf(html);
      held.set(htmlDigest, html);
      return { ...note, htmlDigest };
    }),
  }));
}

/** The talks the store gave, their notes' HTML back in place. */
export function withNotesHtml(talks: readonly StoredTalk[]): Talk[] {
  const held = slot[KEY];
  return talks.map((talk) => ({
    ...talk,
    notes: talk.notes.map(({ htmlDigest, ...note }) => {
      const html = held?.get(htmlDigest);
      if (html === undefined) throw new Error(`The notes of ${note.recap} on talk ${talk.id} are not in this process: the content store was filled by another one (${htmlDigest})`);
      return { ...note, html };
    }),
  }));
}
