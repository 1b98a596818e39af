import { z } from 'zod';
import { httpUrlSchema, idSchema, plainNameSchema } from './common.ts';

/** One entry of the tool catalogue (content/tools/<id>.yaml). */
export const toolFileSchema = z.strictObject({
  name: plainNameSchema,
  aliases: z.array(plainNameSchema).default([]),
  homepage: httpUrlSchema,
  repository: httpUrlSchema.optional(),
  category: z.string().min(1),
  description: z.string().min(1),
  project: idSchema.optional(),
  /** The name is also an ordinary word: only the catalogue's exact spelling counts as a mention. */
  commonWord: z.boolean().default(false),
});

export const toolSchema = toolFileSchema.extend({
  id: idSchema,
  talks: z.array(z.string()),
});
export type Tool = z.infer<typeof toolSchema>;
