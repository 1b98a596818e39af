import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteConfig } from '../config.ts';
import { contentDir } from '../parse/load-content.ts';

const TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };

/** The logo named in site.yaml, copied from the content folder to the site's root. */
export const getStaticPaths: GetStaticPaths = () => (siteConfig.logo ? [{ params: { logo: siteConfig.logo } }] : []);

export const GET: APIRoute = async ({ params }) => {
  const name = params.logo!;
  const type = TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
  return new Response(await readFile(join(contentDir(), name)), { headers: { 'content-type': type } });
};
