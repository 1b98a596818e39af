import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkLinks } from '../site/check-links.ts';

/** Fails the build on any internal link or anchor in dist/ that leads nowhere. */
export function linkCheck(): AstroIntegration {
  return {
    name: 'confnotes-link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, links, broken } = await checkLinks(fileURLToPath(dir));
        if (broken.length) {
          const list = broken.slice(0, 50).map((b) => `  ${b.page} -> ${b.href}`).join('\n');
          throw new Error(`${broken.length} broken internal link(s) in the built site:\n${list}${broken.length > 50 ? '\n  …' : ''}`);
        }
        logger.info(`checked ${links} internal links on ${pages} pages: none broken`);
      },
    },
  };
}
