import { z } from 'zod';
import { httpUrlSchema, idSchema, isoDateSchema, langSchema, plainNameSchema, reviewSchema } from './common.ts';

/** What a writer puts in a recap's frontmatter. */
export const recapFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  conference: idSchema,
  authors: z.array(plainNameSchema).min(1),
  organisation: plainNameSchema,
  lang: langSchema,
  published: isoDateSchema,
  source: httpUrlSchema.optional(),
  /** A recap being written: shown by `npm run dev`, left out of the build, listed by the check. */
  draft: z.boolean().optional(),
  review: reviewSchema,
});
export type RecapFrontmatter = z.infer<typeof recapFrontmatterSchema>;

/** A section of the recap's body: prose, or a talk's heading and metadata (then `talk` names it; its notes are the talk's). */
export const recapSectionSchema = z.object({
  html: z.string(),
  talk: z.string().optional(),
});

export const recapSchema = recapFrontmatterSchema.extend({
  id: idSchema,
  file: z.string(),
  talks: z.array(z.string()),
  sections: z.array(recapSectionSchema),
});
export type Recap = z.infer<typeof recapSchema>;
