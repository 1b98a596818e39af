import { z } from 'zod';
import { httpUrlSchema, idSchema, langSchema } from './common.ts';

export const talkKinds = ['keynote', 'talk', 'panel', 'lightning', 'workshop', 'deep-dive'] as const;
export const talkKindSchema = z.enum(talkKinds);
export type TalkKind = z.infer<typeof talkKindSchema>;

/** A speaker on a talk, with the affiliation they had at that talk. */
export const talkSpeakerSchema = z.object({
  speaker: z.string(),
  company: z.string().optional(),
});

/** One tool mention: the tool and the sentence it stands in, for context. */
export const mentionSchema = z.object({
  tool: idSchema,
  excerpt: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

/** What one recap says of a talk. */
export const talkNoteSchema = z.object({
  recap: idSchema,
  title: z.string(),
  lang: langSchema,
  line: z.number().int(),
  anchor: z.string(),
  /** Depth of the talk's heading in the recap: the notes' own headings are deeper. */
  depth: z.number().int().min(2).max(6),
  /** The notes as HTML, headings at their depth in the recap. */
  html: z.string(),
  /** The start of the notes as plain text, for descriptions. */
  summary: z.string(),
});
export type TalkNote = z.infer<typeof talkNoteSchema>;

export const talkSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  /** Other titles recaps gave the same talk. */
  otherTitles: z.array(z.string()),
  edition: idSchema,
  kind: talkKindSchema,
  speakers: z.array(talkSpeakerSchema),
  /** The recaps do not say who spoke. */
  speakersUnknown: z.boolean(),
  companies: z.array(z.string()),
  video: httpUrlSchema.optional(),
  slides: httpUrlSchema.optional(),
  tools: z.array(idSchema),
  mentions: z.array(mentionSchema),
  notes: z.array(talkNoteSchema).min(1),
});
export type Talk = z.infer<typeof talkSchema>;

/**
 * A talk as Astro's content store keeps it: each note's HTML is held beside the store, named by
 * its digest (src/collections/notes-html.ts), and put back when the site's data is loaded.
 */
export const storedTalkSchema = talkSchema.extend({
  notes: z.array(talkNoteSchema.omit({ html: true }).extend({ htmlDigest: z.string() })).min(1),
});
export type StoredTalk = z.infer<typeof storedTalkSchema>;
