import { z } from 'zod';
import { httpUrlSchema, idSchema, isoDateSchema, reviewSchema } from './common.ts';

export const seriesSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  shortName: z.string().min(1),
  website: httpUrlSchema.optional(),
});
export type Series = z.infer<typeof seriesSchema>;

/** One edition of a series: what a recap's `conference` field points at. */
export const editionSchema = z.strictObject({
  id: idSchema,
  series: idSchema,
  year: z.number().int().min(1990).max(2100),
  city: z.string().min(1),
  country: z.string().min(1),
  start: isoDateSchema,
  end: isoDateSchema,
  website: httpUrlSchema.optional(),
  review: reviewSchema,
});
export type Edition = z.infer<typeof editionSchema>;

export const conferencesFileSchema = z.strictObject({
  series: z.array(z.unknown()),
  editions: z.array(z.unknown()),
});
