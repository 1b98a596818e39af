import type { APIRoute } from 'astro';
import { t } from '../i18n/ui.ts';
import { searchNameKey } from '../search/name-key.ts';
import { namedTypes } from '../search/named-types.ts';
import { projectSpellings } from '../search/spellings.ts';
import { siteData } from '../site/data.ts';

/**
 * Every spelling of every tool and CNCF project, to its page: the search puts the page of the
 * thing a query names first, which full-text ranking alone does not guarantee ("kubernetes" is
 * in most pages). A thing no talk discusses has no page (an empty url): the search then says
 * so plainly. A few kilobytes, fetched once the first results are shown; no index lookup needed.
 */
export const GET: APIRoute = async () => {
  const site = await siteData();
  const { entities } = site;
  /** [url ('' when the thing has no page), title, description, type]: what a named result shows. */
  const things: [string, string, string, string][] = [];
  const names: Record<string, number> = {};
  const add = (thing: (typeof things)[number], spellings: string[]) => {
    // A thing without a page needs only its name, for the plain answer: a third of the file.
    const i = things.push(thing[0] ? thing : ['', thing[1], '', '']) - 1;
    // A tool's own spellings come first: "Kubernetes" the project is Kubernetes the tool.
    for (const spelling of spellings) names[searchNameKey(spelling)] ??= i;
  };
  for (const tool of site.tools) add([entities.toolPage(tool.id) ?? '', tool.name, tool.description, t.types.tool], [tool.id, tool.name, ...tool.aliases]);
  for (const project of site.projects) {
    const own = entities.ownTool(project.id);
    const url = entities.projectPage(project.id) ?? '';
    add([url, own?.name ?? project.name, own?.description ?? `${t[project.maturity]} · ${project.category}`, own ? t.types.tool : t.types.project], projectSpellings(project.id, project.name));
  }
  // Results of these types are shown as a row of "also" links, the talks coming first; a speaker
  // is named by their page's title (no file grows with the speakers).
  return new Response(JSON.stringify({ things, names, alsoTypes: namedTypes, speakerType: t.types.speaker }), { headers: { 'content-type': 'application/json' } });
};
