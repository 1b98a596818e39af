import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  talks: defineCollection({
    loader: glob({ base: './talks', pattern: '**/*.md' }),
    schema: z.object({
      title: z.string(),
      lang: z.enum(['fr', 'en']),
      edition: z.string(),
      speakers: z.array(z.string()),
      tools: z.array(z.string()),
      video: z.url().optional(),
    }),
  }),
};
