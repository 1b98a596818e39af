import type { APIRoute } from 'astro';
import { t } from '../i18n/ui.ts';
import { searchNameKey } from '../search/name-key.ts';
import { siteData } from '../site/data.ts';

/**
 * Every spelling of every tool, to its name: the search puts the page of the tool a query
 * names first, which full-text ranking alone does not guarantee ("kubernetes" is in most
 * pages). A few kilobytes, fetched with the first query.
 */
export const GET: APIRoute = async () => {
  const site = await siteData();
  // Spelling -> the tool's name, which is also the value of the "tool" filter on its page.
  const names: Record<string, string> = {};
  for (const tool of site.tools) {
    for (const spelling of [tool.id, tool.name, ...tool.aliases]) names[searchNameKey(spelling)] ??= tool.name;
  }
  return new Response(JSON.stringify({ type: t.types.tool, names }), { headers: { 'content-type': 'application/json' } });
};
