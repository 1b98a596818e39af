import type { APIRoute, GetStaticPaths } from 'astro';
import { clientScripts, minifiedClientScript } from '../search/client-scripts.ts';
import { contentTypeOf } from '../site/content-types.ts';

/** The search page's scripts, minified, at the site's root (src/search/client-scripts.ts). */
export const getStaticPaths: GetStaticPaths = () => clientScripts.map((script) => ({ params: { script } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await minifiedClientScript(params.script!), { headers: { 'content-type': contentTypeOf('.js') } });
