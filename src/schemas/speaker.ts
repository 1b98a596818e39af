import { z } from 'zod';
import { httpUrlSchema } from './common.ts';

/** What content/speakers/*.yaml may say of a person. */
export const speakerFileSchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  links: z.array(httpUrlSchema).default([]),
  bio: z.string().optional(),
});

export const speakerSchema = speakerFileSchema.extend({
  id: z.string(),
  talks: z.array(z.string()),
});
export type Speaker = z.infer<typeof speakerSchema>;
