import { z } from 'zod';
import { httpUrlSchema } from './common.ts';

/** A text given once, or per interface language (`{ en: ..., fr: ... }`). */
const localisedText = z.union([z.string().trim().min(1), z.record(z.string(), z.string().trim().min(1))]);

/** content/site.yaml: what makes a team's site theirs. Every field is optional. */
export const siteSettingsFileSchema = z.strictObject({
  title: localisedText.optional(),
  tagline: localisedText.optional(),
  /** The public address, for canonical links, feeds and the sitemap. */
  url: httpUrlSchema.optional(),
  /** The path the site is served under; defaults to the path of `url`, else `/`. */
  base: z.string().regex(/^\/(?:[\w.~-]+\/)*(?:[\w.~-]+)?$/, 'a path starting with / (e.g. /notes/)').optional(),
  uiLang: z.string().optional(),
  organisation: z.string().trim().min(1).optional(),
  /** A file of the content folder (e.g. logo.svg), copied into the site. */
  logo: z.string().regex(/^[\w.-]+\.(?:svg|png|jpe?g|webp|gif)$/i, 'a file name in the content folder: logo.svg, logo.png...').optional(),
});
export type SiteSettingsFile = z.infer<typeof siteSettingsFileSchema>;
export type LocalisedText = z.infer<typeof localisedText>;
