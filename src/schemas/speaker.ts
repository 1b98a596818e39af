import { z } from 'zod';
import { httpUrlSchema, plainNameSchema } from './common.ts';

/** What content/speakers/*.yaml may say of a person. */
export const speakerFileSchema = z.strictObject({
  name: plainNameSchema,
  aliases: z.array(plainNameSchema).default([]),
  links: z.array(httpUrlSchema).default([]),
  bio: z.string().optional(),
});

export const speakerSchema = speakerFileSchema.extend({
  id: z.string(),
  talks: z.array(z.string()),
});
export type Speaker = z.infer<typeof speakerSchema>;
