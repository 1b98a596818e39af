import type { APIRoute } from 'astro';
import { t } from '../i18n/ui.ts';
import { searchNameKey } from '../search/name-key.ts';
import { siteData } from '../site/data.ts';
import { urls } from '../urls.ts';

/**
 * Every spelling of every tool, to the tool's page: the search puts the page of the tool a
 * query names first, which full-text ranking alone does not guarantee ("kubernetes" is in
 * most pages). A few kilobytes, fetched with the first query.
 */
export const GET: APIRoute = async () => {
  const site = await siteData();
  const names: Record<string, [url: string, title: string, description: string]> = {};
  for (const tool of site.tools) {
    for (const spelling of [tool.id, tool.name, ...tool.aliases]) {
      names[searchNameKey(spelling)] ??= [urls.tool(tool.id), tool.name, tool.description];
    }
  }
  return new Response(JSON.stringify({ type: t.types.tool, names }), { headers: { 'content-type': 'application/json' } });
};
