import type { CncfProject } from '../schemas/cncf-project.ts';
import type { Tool } from '../schemas/tool.ts';
import { urls } from '../urls.ts';

/**
 * What has a page, and where: one page per thing, and no page without a talk.
 *
 * A tool whose id is its CNCF project's id (content/tools/cilium.yaml, `project: cilium`) IS
 * that project: one entity, one page at the tool's URL, holding the talks of the project and of
 * its sub-tools (Hubble, Tetragon). A project without a tool of its own keeps a page of its own,
 * grouping its tools (Carvel: kapp). A thing nothing connects to a talk has no page: its old URL
 * redirects to its entry in the index.
 */
export interface Entities {
  /** The page of a tool, if it has one. */
  toolPage(id: string): string | undefined;
  /** The page of a project (its own tool's page when it has one), if it has one. */
  projectPage(id: string): string | undefined;
  /** The tool that is the project itself, if any. */
  ownTool(projectId: string): Tool | undefined;
  /** The talks of a tool's page: its own, or its project's when the tool is the project. */
  talksOf(tool: Tool): readonly string[];
  /** Project pages the site renders (projects without a tool of their own, with talks). */
  projectsWithPages: CncfProject[];
  /** Tool pages the site renders. */
  toolsWithPages: Tool[];
  /** Every URL of a tool or project page that no longer holds it, and where its content went. */
  redirects: { from: string; to: string }[];
  /** The redirects of one list's pages (urls.tools(), urls.projects()), by the id in their URL. */
  movedFrom(list: string): { id: string; to: string }[];
}

/** The anchor of a thing's entry in its index (the /tools/ and /cncf/ lists). */
export const entryAnchor = (id: string) => id;

export function resolveEntities(tools: readonly Tool[], projects: readonly CncfProject[]): Entities {
  const toolById = new Map(tools.map((tool) => [tool.id, tool]));
  const projectById = new Map(projects.map((project) => [project.id, project]));
  const ownTool = (projectId: string) => {
    const tool = toolById.get(projectId);
    return tool?.project === projectId ? tool : undefined;
  };
  const projectOf = (tool: Tool) => (tool.project === tool.id ? projectById.get(tool.id) : undefined);
  const talksOf = (tool: Tool) => projectOf(tool)?.talks ?? tool.talks;

  const toolsWithPages = tools.filter((tool) => talksOf(tool).length > 0);
  const projectsWithPages = projects.filter((project) => !ownTool(project.id) && project.talks.length > 0);
  const toolPages = new Set(toolsWithPages.map((tool) => tool.id));
  const projectPages = new Set(projectsWithPages.map((project) => project.id));
  const toolPage = (id: string) => (toolPages.has(id) ? urls.tool(id) : undefined);
  const projectPage = (id: string) => (projectPages.has(id) ? urls.project(id) : ownTool(id) ? toolPage(id) : undefined);

  const redirects: { from: string; to: string }[] = [];
  for (const tool of tools) {
    if (!toolPages.has(tool.id)) redirects.push({ from: urls.tool(tool.id), to: `${urls.tools()}#${entryAnchor(tool.id)}` });
  }
  for (const project of projects) {
    if (projectPages.has(project.id)) continue;
    redirects.push({ from: urls.project(project.id), to: projectPage(project.id) ?? `${urls.projects()}#${entryAnchor(project.id)}` });
  }
  const movedFrom = (list: string) => redirects.filter((r) => r.from.startsWith(list)).map(({ from, to }) => ({ id: from.slice(list.length, -1), to }));
  return { toolPage, projectPage, ownTool, talksOf, projectsWithPages, toolsWithPages, redirects, movedFrom };
}
