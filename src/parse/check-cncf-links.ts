import type { z } from 'zod';
import type { toolFileSchema } from '../schemas/tool.ts';
import type { ContentReport } from './content-error.ts';
import type { CatalogueEntry } from './parse-catalogue.ts';
import type { ProjectDraft } from './parse-cncf.ts';

/** A URL as two sources may write the same place: no scheme, "www.", case or trailing slash. */
export function comparableUrl(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

/** Same place, or one inside the other: an organisation and one of its repositories agree. */
function agree(a: string, b: string): boolean {
  const [x, y] = [comparableUrl(a), comparableUrl(b)];
  return x === y || x.startsWith(`${y}/`) || y.startsWith(`${x}/`);
}

/**
 * The catalogue (curated) against the CNCF data (generated): a tool that is its project
 * (`project:` its own id) should give the project's repository and homepage, and a tool with
 * the repository or homepage of a CNCF project should say it belongs to it. Warnings: the
 * landscape is sometimes the one that is wrong, and a writer decides.
 */
export function checkCncfLinks(tools: readonly CatalogueEntry<z.infer<typeof toolFileSchema>>[], projects: readonly ProjectDraft[], report: ContentReport): void {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const byUrl = new Map<string, ProjectDraft>();
  for (const project of projects) {
    for (const url of [project.repository, project.homepage]) if (url) byUrl.set(comparableUrl(url), project);
  }
  for (const entry of tools) {
    const tool = entry.value;
    const own = tool.project === entry.id ? byId.get(entry.id) : undefined;
    if (own) {
      for (const field of ['repository', 'homepage'] as const) {
        const theirs = own[field];
        const ours = tool[field];
        if (!theirs || (ours && agree(ours, theirs))) continue;
        report.warn({
          file: entry.file,
          line: entry.lineOf(ours ? [field] : ['project']),
          field,
          message: ours ? `${ours} contradicts the CNCF data for ${own.name}: ${theirs}` : `missing; the CNCF data for ${own.name} gives ${theirs}`,
          expected: `the ${field} of the project, as content/cncf/projects.json gives it`,
          hint: 'correct the tool, or the landscape upstream if the tool is right',
        });
      }
    } else if (!tool.project) {
      const match = [tool.repository, tool.homepage].map((url) => url && byUrl.get(comparableUrl(url))).find(Boolean);
      if (match)
        report.warn({
          file: entry.file,
          line: entry.lineOf(['name']),
          field: 'project',
          message: `missing: the tool has the ${match.repository && tool.repository && comparableUrl(match.repository) === comparableUrl(tool.repository) ? 'repository' : 'homepage'} of the CNCF project ${match.name}`,
          expected: `project: ${match.id}`,
          hint: `add "project: ${match.id}" (the tool is then that project's page, or one of its tools)`,
        });
    }
  }
}
