import { z } from 'zod';

/** Lowercase ASCII words joined by hyphens: the shape of every id a writer types by hand. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens (e.g. kubecon-eu-2019)');

/** A calendar date written YYYY-MM-DD; YAML may already have turned it into a Date. */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date('a date written YYYY-MM-DD (e.g. 2019-05-20)'),
);

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'an http(s) URL (e.g. https://example.org/)' });

export const langSchema = z.enum(['fr', 'en']);
export type Lang = z.infer<typeof langSchema>;

/**
 * What is left to check by hand (the importer's guesses, a writer's doubts): short sentences,
 * each printed as a warning by `npm run check` until a writer deletes it.
 */
export const reviewSchema = z.array(z.string().min(1)).optional();
