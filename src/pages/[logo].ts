import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteConfig } from '../config.ts';
import { contentDir } from '../parse/load-content.ts';
import { contentTypeOf } from '../site/content-types.ts';


/** The logo named in site.yaml, copied from the content folder to the site's root. */
export const getStaticPaths: GetStaticPaths = () => (siteConfig.logo ? [{ params: { logo: siteConfig.logo } }] : []);

export const GET: APIRoute = async ({ params }) => {
  const name = params.logo!;
  return new Response(await readFile(join(contentDir(), name)), { headers: { 'content-type': contentTypeOf(name) } });
};
