import { z } from 'zod';
import { httpUrlSchema, idSchema, isoDateSchema } from './common.ts';

export const maturities = ['sandbox', 'incubating', 'graduated', 'archived'] as const;
export const maturitySchema = z.enum(maturities);
export type Maturity = z.infer<typeof maturitySchema>;

/** A move of a project to a maturity level on a date. */
export const maturityEventSchema = z.strictObject({
  date: isoDateSchema,
  maturity: maturitySchema,
  note: z.string().optional(),
});
export type MaturityEvent = z.infer<typeof maturityEventSchema>;

/** A project as content/cncf/projects.json holds it (generated from the CNCF Landscape). */
export const cncfProjectFileSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  maturity: maturitySchema,
  accepted: isoDateSchema.nullable(),
  incubating: isoDateSchema.nullable(),
  graduated: isoDateSchema.nullable(),
  archived: isoDateSchema.nullable(),
  homepage: httpUrlSchema.nullable(),
  repository: httpUrlSchema.nullable(),
  category: z.string(),
  subcategory: z.string(),
});

/** A correction the landscape lacks (content/cncf/corrections.yaml): the project's full history. */
export const cncfCorrectionSchema = z.strictObject({
  history: z.array(maturityEventSchema).min(1),
});

export const cncfProjectSchema = cncfProjectFileSchema.extend({
  history: z.array(maturityEventSchema),
  tools: z.array(idSchema),
  talks: z.array(z.string()),
});
export type CncfProject = z.infer<typeof cncfProjectSchema>;
