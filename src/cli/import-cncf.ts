/**
 * Writes content/cncf/projects.json from the CNCF Landscape export (shared/data/cncf-projects.json).
 * Usage: npm run cncf:import -- [path/to/cncf-projects.json]
 * Data: CNCF Landscape (landscape.yml), Apache-2.0 and CC-BY-4.0: the site credits it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { cncfProjectFileSchema } from '../schemas/cncf-project.ts';
import { toSlug } from '../parse/normalise.ts';

const landscapeProject = z.object({
  name: z.string(),
  maturity: z.string(),
  accepted: z.string().nullable(),
  incubating: z.string().nullable(),
  graduated: z.string().nullable(),
  archived: z.string().nullable(),
  homepage_url: z.string().nullable(),
  repo_url: z.string().nullable(),
  category: z.string(),
  subcategory: z.string(),
});

/** "Open Policy Agent (OPA)" -> "open-policy-agent": the landscape's name without its parenthesis. */
export function projectId(name: string): string {
  return toSlug(name.replace(/\s*\([^)]*\)\s*/g, ' '));
}

const source = resolve(process.argv[2] ?? '../shared/data/cncf-projects.json');
const target = resolve('content/cncf/projects.json');
const projects = z
  .array(landscapeProject)
  .parse(JSON.parse(readFileSync(source, 'utf8')))
  .map((p) =>
    cncfProjectFileSchema.parse({
      id: projectId(p.name),
      name: p.name,
      maturity: p.maturity,
      accepted: p.accepted,
      incubating: p.incubating,
      graduated: p.graduated,
      archived: p.archived,
      // Some landscape URLs are plain http; keep them as given.
      homepage: p.homepage_url,
      repository: p.repo_url,
      category: p.category,
      subcategory: p.subcategory,
    }),
  )
  .sort((a, b) => a.id.localeCompare(b.id));

const ids = new Set(projects.map((p) => p.id));
if (ids.size !== projects.length) throw new Error('two CNCF projects share an id: projectId() must be made finer');
writeFileSync(target, `${JSON.stringify(projects, null, 1)}\n`);
console.log(`wrote ${projects.length} CNCF projects to ${target}`);
