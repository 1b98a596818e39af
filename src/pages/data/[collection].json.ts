import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../site/data.ts';
import { exportNames, exports, type ExportName } from '../../site/export.ts';

export const getStaticPaths: GetStaticPaths = () => exportNames.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params }) => {
  const data = exports[params.collection as ExportName](await siteData());
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
