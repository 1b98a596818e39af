import type { APIRoute } from 'astro';
import { t } from '../i18n/ui.ts';
import { searchNameKey } from '../search/name-key.ts';
import { siteData } from '../site/data.ts';
import { urls } from '../urls.ts';

/**
 * Every spelling of every tool, to its page: the search puts the page of the tool a query
 * names first, which full-text ranking alone does not guarantee ("kubernetes" is in most
 * pages). A few kilobytes, fetched with the search page; no index lookup needed.
 */
export const GET: APIRoute = async () => {
  const site = await siteData();
  // Every spelling -> the tool's place in `tools`, which holds what a result shows.
  const tools = site.tools.map((tool) => [urls.tool(tool.id), tool.name, tool.description]);
  const names: Record<string, number> = {};
  site.tools.forEach((tool, i) => {
    for (const spelling of [tool.id, tool.name, ...tool.aliases]) names[searchNameKey(spelling)] ??= i;
  });
  return new Response(JSON.stringify({ type: t.types.tool, tools, names }), { headers: { 'content-type': 'application/json' } });
};
