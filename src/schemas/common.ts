import { z } from 'zod';
import { canonicalLanguage, languageCodeNamed, languageName } from '../languages/language-tag.ts';

/** Lowercase ASCII words joined by hyphens: the shape of every id a writer types by hand. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens (e.g. kubecon-eu-2019)');

/** A calendar date written YYYY-MM-DD; YAML may already have turned it into a Date. */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date('a date written YYYY-MM-DD (e.g. 2019-05-20)'),
);

// A quote, space or angle bracket ends an address in HTML and Markdown: a URL holding one raw
// is a pasted fragment of markup ('...?v=abc"><script>'), not the address it claims to be.
const NOT_IN_URL = /["'<>\s`\\]/;

export const httpUrlSchema = z
  .url({ protocol: /^https?$/, error: 'an http(s) URL (e.g. https://example.org/)' })
  .refine((url) => !NOT_IN_URL.test(url), {
    error: 'an http(s) URL with no raw quote, space or angle bracket (e.g. https://example.org/)',
    params: { hint: 'end the address where it ends, or percent-encode the character (%22 for ", %20 for a space, %3C for <)' },
  });

/** A person's, company's or tool's name: text, never markup (`<svg onload=...>`). */
export const plainNameSchema = z
  .string()
  .min(1)
  .refine((name) => !/[<>]/.test(name), {
    error: 'a plain name, without < or >',
    params: { hint: 'names are text: remove the markup (a name may not hold an HTML tag)' },
  });

/**
 * The language of a recap: any BCP 47 tag naming a real language (de, es, pt-BR, ja, zh-Hans),
 * written canonically (pt-br -> pt-BR). A tag naming none (klingon, xx) fails with a hint.
 */
export const langSchema = z.string().transform((tag, ctx) => {
  const canonical = canonicalLanguage(tag);
  if (canonical) return canonical;
  const named = languageCodeNamed(tag);
  ctx.addIssue({
    code: 'custom',
    message: 'a BCP 47 language tag naming a real language (e.g. en, fr, de, es, pt-BR, it, ja, zh-Hans)',
    params: { hint: named ? `did you mean ${named} (${languageName(named, 'en')})?` : 'a language code of two or three letters (ISO 639), then an optional script or region: pt-BR, zh-Hans' },
  });
  return z.NEVER;
});
export type Lang = z.infer<typeof langSchema>;

/**
 * What is left to check by hand (the importer's guesses, a writer's doubts): short sentences,
 * each printed as a warning by `npm run check` until a writer deletes it.
 */
export const reviewSchema = z.array(z.string().min(1)).optional();
