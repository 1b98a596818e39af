import { describe, expect, it } from 'vitest';
import { storedTalks, withNotesHtml } from '../../src/collections/notes-html.ts';
import { storedTalkSchema } from '../../src/schemas/talk.ts';
import { parseFixture } from '../helpers/fixtures.ts';

describe("the talks' notes outside the content store", () => {
  const { content } = parseFixture();

  it('stores every talk without its HTML, and gives every talk back exactly as parsed', () => {
    const stored = storedTalks(content.talks);
    for (const talk of stored) {
      expect(storedTalkSchema.parse(talk)).toEqual(talk);
      expect(JSON.stringify(talk)).not.toContain('<p>');
    }
    // Through JSON, as Astro's store hands entries to the pages.
    expect(withNotesHtml(JSON.parse(JSON.stringify(stored)))).toEqual(content.talks);
  });

  it('names notes by their text: two talks with the same notes share one entry, a changed note gets a new one', () => {
    const [talk] = content.talks;
    const [first] = storedTalks([talk]);
    const [again] = storedTalks([structuredClone(talk)]);
    const [edited] = storedTalks([{ ...talk, notes: talk.notes.map((note) => ({ ...note, html: `${note.html}<p>One more sentence.</p>` })) }]);
    expect(again.notes[0].htmlDigest).toBe(first.notes[0].htmlDigest);
    expect(edited.notes[0].htmlDigest).not.toBe(first.notes[0].htmlDigest);
    expect(withNotesHtml([edited])[0].notes[0].html).toContain('One more sentence.');
  });

  it('fails, naming the talk, on notes this process never stored', () => {
    const [stored] = storedTalks(content.talks.slice(0, 1));
    const unknown = { ...stored, notes: [{ ...stored.notes[0], htmlDigest: 'not-a-digest' }] };
    expect(() => withNotesHtml([unknown])).toThrow(new RegExp(`talk ${stored.id}`));
  });
});
