import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../site/data.ts';
import { exportCollections, exportNames, type ExportName } from '../../site/export.ts';

export const getStaticPaths: GetStaticPaths = () => exportNames.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params }) => {
  const data = exportCollections(await siteData())[params.collection as ExportName];
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
